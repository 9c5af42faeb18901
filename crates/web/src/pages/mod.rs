//! The HTML pages, in the reader's language (see `i18n`). Each handler gathers plain
//! display values; templates (in `templates/`) only lay them out, and askama escapes
//! everything that is not explicitly sanitised HTML. Every page carries a [`Ui`]: the
//! language, the site's identity and the address of the page itself.
//!
//! - `library`: the case library (search, facets, pagination);
//! - `trends`: the same search as charts, a map and tables, and their CSV;
//! - `case`: a case page, with similar cases and citations;
//! - `publications`, `toolkits`: their lists and pages;
//! - `about`: the about page, how to check the site's data, and error pages;
//! - `assets`: the static files.

use std::sync::Arc;

use askama::Template;
use askama_web::WebTemplate;
use axum::Router;
use axum::extract::{FromRef, FromRequestParts, State};
use axum::http::request::Parts;
use axum::routing::get;
use observa_domain::publication::excerpt;
use observa_domain::{Case, CountryCode, Lang, Publication, Vocabulary};
use observa_search::{SearchRequest, Sort, UserQuery};
use observa_store::CaseFilter;

use crate::error::WebError;
use crate::i18n::Tr;
use crate::{AppState, Site};

mod about;
mod api_reference;
mod assets;
pub(crate) mod case;
mod library;
mod publications;
mod toolkits;
mod trends;

pub(crate) use about::error_page;
pub(crate) use toolkits::ToolkitFilter;
pub use trends::report_html;

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/cases", get(library::case_list))
        .route("/cases/{slug}", get(case::case_page))
        .route("/trends", get(trends::trends))
        .route("/trends/report", get(trends::report))
        .route("/trends/{file}", get(trends::csv))
        .route("/publications", get(publications::publication_list))
        .route("/publications/{slug}", get(publications::publication_page))
        .route("/toolkits", get(toolkits::toolkit_list))
        .route("/toolkits/{slug}", get(toolkits::toolkit_page))
        .route("/about", get(about::about))
        .route("/about/data", get(about::data))
        .route("/api", get(api_reference::page))
        .route("/api/try", get(api_reference::try_it))
        .route("/static/{file}", get(assets::serve))
}

/// What every page needs besides its own content.
pub(crate) struct Ui {
    pub tr: Tr,
    pub site: Arc<Site>,
    /// This page's path and query, for the language switch.
    pub here: String,
}

/// A link of the language switch.
pub(crate) struct LanguageLink {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

impl Ui {
    pub fn new(tr: Tr, site: Arc<Site>, here: String) -> Self {
        Ui { tr, site, here }
    }

    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    pub fn n(&self, id: &str, count: impl Into<i64>) -> String {
        self.tr.n(id, count)
    }

    pub fn v(&self, id: &str, value: &str) -> String {
        self.tr.v(id, value)
    }

    pub fn num(&self, n: impl Into<i64>) -> String {
        self.tr.num(n)
    }

    /// What a new password needs, beside its field.
    pub fn password_hint(&self) -> String {
        self.n("account-password-hint", crate::passwords::MIN_CHARS as i64)
    }

    pub fn decimal(&self, x: f64, places: usize) -> String {
        self.tr.decimal(x, places)
    }

    /// The message `id` followed by a colon.
    pub fn colon(&self, id: &str) -> String {
        self.tr.colon(&self.tr.t(id))
    }

    pub fn lang(&self) -> &'static str {
        self.tr.lang.code()
    }

    pub fn asset(&self, name: &str) -> String {
        assets::url(name)
    }

    /// The page in each language: its own address with `lang=xx` added.
    pub fn languages(&self) -> Vec<LanguageLink> {
        let separator = if self.here.contains('?') { '&' } else { '?' };
        Lang::ALL
            .into_iter()
            .map(|lang| LanguageLink {
                code: lang.code(),
                name: match lang {
                    Lang::En => "English",
                    Lang::Es => "Español",
                    Lang::Fr => "Français",
                    Lang::Pt => "Português",
                },
                href: format!("{}{separator}lang={}", self.here, lang.code()),
                current: lang == self.tr.lang,
            })
            .collect()
    }
}

impl<S> FromRequestParts<S> for Ui
where
    S: Send + Sync,
    Arc<Site>: FromRef<S>,
{
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let here = parts
            .uri
            .path_and_query()
            .map_or("/", |pq| pq.as_str())
            .to_string();
        Ok(Ui::new(
            Tr::new(crate::i18n::negotiate(&parts.headers)),
            Arc::<Site>::from_ref(state),
            here,
        ))
    }
}

/// A title, summary and overview in the language they are shown in.
pub(crate) struct Shown<'a> {
    pub title: &'a str,
    pub pitch: &'a str,
    pub overview: &'a str,
    /// The ISO 639-1 code of the text shown.
    pub lang: &'a str,
    pub translated: bool,
}

/// The case's texts in the reader's language when it has that translation, else as written.
pub(crate) fn shown(case: &Case, lang: Lang) -> Shown<'_> {
    match case.translations.get(lang.code()) {
        Some(t) if case.language != lang.code() && !t.title.trim().is_empty() => Shown {
            title: &t.title,
            pitch: if t.pitch.is_empty() {
                &case.pitch
            } else {
                &t.pitch
            },
            overview: if t.overview.is_empty() {
                &case.overview
            } else {
                &t.overview
            },
            lang: lang.code(),
            translated: true,
        },
        _ => Shown {
            title: &case.title,
            pitch: &case.pitch,
            overview: &case.overview,
            lang: &case.language,
            translated: false,
        },
    }
}

/// A case as a result card.
pub(crate) struct CaseCard {
    slug: String,
    title: String,
    pitch: String,
    countries: String,
    year: String,
    organisation: String,
    /// The language of the title and summary shown, when it is not the page's.
    lang: Option<String>,
    sectors: String,
    /// The title with the searched words marked: escaped HTML from the search index.
    title_html: Option<String>,
    /// The passage that best matches the search, marked: escaped HTML from the index.
    snippet_html: Option<String>,
}

impl CaseCard {
    fn new(case: &Case, lang: Lang) -> Self {
        let shown = shown(case, lang);
        CaseCard {
            slug: case.slug.clone(),
            title: shown.title.to_string(),
            pitch: excerpt(shown.pitch, 300),
            lang: (shown.lang != lang.code()).then(|| shown.lang.to_string()),
            countries: country_names(&case.countries, lang),
            year: case
                .year_launched
                .map(|y| y.to_string())
                .unwrap_or_default(),
            organisation: case.organisation.name.clone(),
            sectors: labels(&case.sectors, lang),
            title_html: None,
            snippet_html: None,
        }
    }
}

pub(crate) fn country_names(countries: &[CountryCode], lang: Lang) -> String {
    countries
        .iter()
        .map(|c| c.name(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Vocabulary values as their labels, joined with commas.
pub(crate) fn labels<V: Vocabulary>(values: &[V], lang: Lang) -> String {
    values
        .iter()
        .map(|v| v.label(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A publication as a card, its summary cut at a word boundary.
pub(crate) struct PublicationCard {
    slug: String,
    title: String,
    kind: String,
    year: i32,
    publisher: String,
    summary: String,
}

impl PublicationCard {
    fn new(p: &Publication) -> Self {
        PublicationCard {
            slug: p.slug.clone(),
            title: p.title.clone(),
            kind: p.kind.clone(),
            year: p.year,
            publisher: p.publisher.clone(),
            summary: p.summary_excerpt(220),
        }
    }
}

/// JSON for a `<script type="application/ld+json">` block: `<`, `>` and `&` are written as
/// `\u` escapes, so no text in it can close the element.
pub(crate) fn json_ld(value: &serde_json::Value) -> String {
    serde_json::to_string(value)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// Markdown to HTML, always sanitised: no script, no style, no event handlers.
pub(crate) fn markdown(text: &str) -> String {
    let parser = pulldown_cmark::Parser::new(text);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    ammonia::clean(&html)
}

/// (label, link, count) of a facet value on the home page.
type Entry = (String, String, String);

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
struct HomePage {
    ui: Ui,
    /// "1,084 initiatives from 94 countries".
    headline: String,
    all_cases: String,
    sectors: Vec<Entry>,
    technologies: Vec<Entry>,
    years: Vec<Entry>,
    featured: Vec<CaseCard>,
    latest: Vec<CaseCard>,
    publications: Vec<PublicationCard>,
}

/// How many cases the home page features and lists as latest.
const HOME_CARDS: u32 = 3;

/// Everything on the home page is counted by the search index (the same counts the case
/// library shows), not by SQL, so it stays fast on a large library.
async fn home(ui: Ui, State(state): State<AppState>) -> Result<HomePage, WebError> {
    let store = &*state.store;
    let lang = ui.tr.lang;
    let query = crate::params::parse_case_query(
        Some(&format!(
            "sort=newest&per_page={HOME_CARDS}&facets=country,year,sector,technology&facet_limit=400"
        )),
        crate::params::Unknown::Reject,
    )?;
    let found = crate::search::run(&state, &query, lang).await?;
    let facet = |name: &str| {
        found
            .facets
            .iter()
            .find(|f| f.facet == name)
            .map_or(&[][..], |f| f.values.as_slice())
    };
    let entries = |name: &str, limit: usize, href: &dyn Fn(&str) -> String| {
        facet(name)
            .iter()
            .take(limit)
            .map(|e| (e.label.clone(), href(&e.value), ui.num(e.count)))
            .collect::<Vec<Entry>>()
    };
    let sectors = entries("sector", 13, &|v| format!("/cases?sector={v}"));
    let technologies = entries("technology", 6, &|v| format!("/cases?technology={v}"));
    let mut years = facet("year").to_vec();
    years.sort_by(|a, b| b.value.cmp(&a.value));
    let years = years
        .iter()
        .take(5)
        .map(|e| {
            let href = format!("/cases?year_from={0}&year_to={0}", e.value);
            (e.value.clone(), href, ui.num(e.count))
        })
        .collect();
    let cases = i64::try_from(found.total).unwrap_or(i64::MAX);
    let countries = facet("country").len() as i64;
    let latest_slugs: Vec<&str> = found
        .hits
        .iter()
        .map(|h| h.stored.case.slug.as_str())
        .collect();
    let featured = featured(&state, lang, &latest_slugs).await?;
    let publications = store.publications().await?;
    Ok(HomePage {
        headline: ui.tr.args(
            "home-counts",
            &[
                ("cases", cases.into()),
                ("cases_n", ui.num(cases).into()),
                ("countries", countries.into()),
                ("countries_n", ui.num(countries).into()),
            ],
        ),
        all_cases: ui.n("home-all-cases", cases),
        sectors,
        technologies,
        years,
        featured,
        latest: found
            .hits
            .iter()
            .map(|h| CaseCard::new(&h.stored.case, lang))
            .collect(),
        publications: publications
            .iter()
            .take(3)
            .map(PublicationCard::new)
            .collect(),
        ui,
    })
}

/// The cases the operator features (`--featured`), else among the 60 newest public cases
/// those whose stories are the most complete. Cases in `exclude` (the latest ones, already
/// on the page) are not featured again.
async fn featured(
    state: &AppState,
    lang: Lang,
    exclude: &[&str],
) -> Result<Vec<CaseCard>, WebError> {
    let store = &*state.store;
    let mut cards = Vec::new();
    for slug in &state.site.featured {
        if let Some(stored) = store.case_by_slug(slug).await?
            && stored.case.status.is_public()
        {
            cards.push(CaseCard::new(&stored.case, lang));
        }
    }
    if !cards.is_empty() {
        return Ok(cards);
    }
    let newest = state.search.search(&SearchRequest {
        query: &UserQuery::default(),
        filter: &CaseFilter::default(),
        sort: Sort::Newest,
        offset: 0,
        limit: 60,
        facets: &[],
        facet_limit: 0,
    })?;
    let ids: Vec<i64> = newest.hits.iter().map(|h| h.case_id).collect();
    let recent = crate::api::public_in_order(store, &ids).await?;
    let mut candidates: Vec<&Case> = recent
        .iter()
        .map(|s| &s.case)
        .filter(|c| !exclude.contains(&c.slug.as_str()))
        .collect();
    let answered = |c: &Case| {
        c.story
            .sections()
            .iter()
            .filter(|(_, _, text)| text.is_some_and(|t| !t.trim().is_empty()))
            .count()
    };
    candidates.sort_by_key(|c| std::cmp::Reverse(answered(c)));
    Ok(candidates
        .into_iter()
        .take(HOME_CARDS as usize)
        .map(|c| CaseCard::new(c, lang))
        .collect())
}
