//! A case page: the whole record in the reader's language where it can be, its metadata,
//! similar cases, where it comes from and under which licence, and how to cite it.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use chrono::{DateTime, Utc};
use observa_domain::{Case, CaseSource, Vocabulary};

use super::{CaseCard, Ui, country_names, labels, markdown, shown};
use crate::AppState;
use crate::error::WebError;

/// How many similar cases the page shows.
const SIMILAR: usize = 4;

/// A labelled value in the metadata panel.
pub(crate) struct Fact {
    pub label: String,
    pub value: String,
}

pub(crate) struct Section {
    pub id: &'static str,
    pub heading: String,
    pub text: String,
}

/// The record as the public page shows it: text, story sections and facts. The review
/// page shows a case not yet public through the same partial (`case_body.html`).
pub(crate) struct CaseBody {
    pub case: Case,
    pub title: String,
    pub pitch: String,
    pub overview_html: String,
    /// The language of title, summary and overview as shown.
    pub text_lang: String,
    /// Says the text is a translation, or that it has none in the reader's language.
    pub language_note: Option<String>,
    /// The language of the story sections (always the record's own).
    pub story_lang: String,
    pub facts: Vec<Fact>,
    pub sections: Vec<Section>,
    pub source: Option<String>,
    pub licence: String,
    /// The record in the API (public cases only).
    pub json_url: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "case.html")]
pub(crate) struct CasePage {
    ui: Ui,
    body: CaseBody,
    similar: Vec<CaseCard>,
    citation: String,
    bibtex: String,
    /// schema.org description of the case, for search engines.
    json_ld: String,
    permalink: String,
    json_url: String,
    /// Set when an author previews an unpublished case: where to go back to editing.
    preview: Option<String>,
}

pub(crate) async fn case_page(
    ui: Ui,
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<CasePage, WebError> {
    let stored = crate::api::public_case(&*state.store, &slug).await?;
    render(ui, &state, stored, None).await
}

/// The page of `stored`; with `preview` (the address of the form), marked as a preview of
/// an unpublished case, without similar cases.
pub(crate) async fn render(
    ui: Ui,
    state: &AppState,
    stored: observa_store::StoredCase,
    preview: Option<String>,
) -> Result<CasePage, WebError> {
    let lang = ui.tr.lang;
    let similar = if preview.is_some() {
        Vec::new()
    } else {
        let similar_ids = state.search.similar(stored.id, &stored.case, SIMILAR)?;
        crate::api::public_in_order(&*state.store, &similar_ids)
            .await?
            .iter()
            .map(|s| CaseCard::new(&s.case, lang))
            .collect()
    };
    let json_url = format!("/api/v1/cases/{}", stored.case.slug);
    let mut body = case_body(state, stored.case, &ui).await?;
    if preview.is_none() {
        body.json_url = Some(json_url.clone());
    }
    let case = &body.case;
    let permalink = format!("{}/cases/{}", state.site.public_url, case.slug);
    let accessed = Utc::now();
    Ok(CasePage {
        citation: citation(case, &permalink, &ui.tr.date(accessed.date_naive()), &ui),
        bibtex: bibtex(case, &permalink, accessed),
        json_ld: super::json_ld(&schema_org(case, &permalink)),
        json_url,
        permalink,
        similar,
        body,
        ui,
        preview,
    })
}

/// The case's text and facts in the reader's language, as its public page shows them.
pub(crate) async fn case_body(state: &AppState, case: Case, ui: &Ui) -> Result<CaseBody, WebError> {
    let lang = ui.tr.lang;
    let term_labels = crate::search::term_labels(&*state.store, lang).await?;
    let terms = |slugs: &[String]| {
        slugs
            .iter()
            .map(|t| term_labels.get(t).cloned().unwrap_or(t.clone()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let year = |y: Option<i32>| y.map(|y| y.to_string());
    let mut facts: Vec<(&str, Option<String>)> = vec![
        ("fact-organisation", Some(case.organisation.name.clone())),
        (
            "fact-organisation-type",
            case.organisation.kind.map(|k| k.label(lang).to_string()),
        ),
        ("fact-countries", Some(country_names(&case.countries, lang))),
        ("fact-region", Some(labels(&case.regions(), lang))),
        ("fact-place", case.subnational.clone()),
        ("fact-level", case.level.map(|l| l.label(lang).to_string())),
        ("fact-launched", year(case.year_launched)),
        ("fact-ended", year(case.year_ended)),
        ("fact-stage", case.stage.map(|s| s.label(lang).to_string())),
        (
            "fact-status",
            case.lifecycle.map(|s| s.label(lang).to_string()),
        ),
        ("fact-sectors", Some(labels(&case.sectors, lang))),
        ("fact-technologies", Some(terms(&case.technologies))),
        ("fact-tags", Some(terms(&case.tags))),
        ("fact-facets", Some(labels(&case.facets, lang))),
        (
            "fact-sdgs",
            Some(
                case.sdgs
                    .iter()
                    .map(|g| ui.v("sdg", &g.to_string()))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        ),
        (
            "fact-published",
            case.provenance
                .published_at
                .map(|d| ui.tr.date(d.date_naive())),
        ),
        (
            "fact-updated",
            Some(ui.tr.date(case.provenance.updated_at.date_naive())),
        ),
    ];
    facts.retain(|(_, v)| v.as_ref().is_some_and(|v| !v.trim().is_empty()));
    let facts = facts
        .into_iter()
        .map(|(id, value)| Fact {
            label: ui.t(id),
            value: value.unwrap_or_default(),
        })
        .collect();
    let sections = case
        .story
        .sections()
        .into_iter()
        .filter_map(|(id, _, text)| {
            text.filter(|t| !t.trim().is_empty()).map(|t| Section {
                id,
                heading: ui.t(&format!("section-{id}")),
                text: t.to_string(),
            })
        })
        .collect();
    let source = match &case.provenance.source {
        CaseSource::Imported {
            dataset, record_id, ..
        } => Some(ui.tr.args(
            "case-imported",
            &[
                ("dataset", dataset.to_uppercase().into()),
                ("record", record_id.clone().into()),
            ],
        )),
        CaseSource::Submitted => None,
    };
    let shown = shown(&case, lang);
    let language_note = if shown.translated {
        Some(ui.v("case-translated", &ui.tr.language_name(&case.language)))
    } else if case.language != lang.code() {
        Some(ui.v("case-untranslated", &ui.tr.language_name(&case.language)))
    } else {
        None
    };
    Ok(CaseBody {
        title: shown.title.to_string(),
        pitch: shown.pitch.to_string(),
        overview_html: markdown(shown.overview),
        text_lang: shown.lang.to_string(),
        language_note,
        story_lang: case.language.clone(),
        licence: case.provenance.licence.clone(),
        facts,
        sections,
        source,
        json_url: None,
        case,
    })
}

/// The case as a schema.org `CreativeWork` about a government initiative.
fn schema_org(case: &Case, url: &str) -> serde_json::Value {
    let p = &case.provenance;
    serde_json::json!({
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "@id": url,
        "url": url,
        "name": case.title,
        "description": case.pitch,
        "inLanguage": case.language,
        "author": {"@type": "GovernmentOrganization", "name": case.organisation.name},
        "spatialCoverage": case.countries.iter().map(|c| serde_json::json!({
            "@type": "Country", "name": c.name(observa_domain::Lang::En), "identifier": c.to_string()
        })).collect::<Vec<_>>(),
        "keywords": case.tags.iter().chain(&case.technologies).cloned().collect::<Vec<_>>(),
        "about": case.sectors.iter().map(|s| s.label(observa_domain::Lang::En)).collect::<Vec<_>>(),
        "license": format!("https://spdx.org/licenses/{}", p.licence),
        "creditText": p.attribution,
        "dateCreated": case.year_launched.map(|y| y.to_string()),
        "datePublished": p.published_at.map(|d| d.to_rfc3339()),
        "dateModified": p.updated_at.to_rfc3339(),
        "isPartOf": {"@type": "Collection", "name": "Observa case library"},
    })
}

/// A reference in plain text: who, when, what, where, when seen.
fn citation(case: &Case, url: &str, accessed: &str, ui: &Ui) -> String {
    let year = case
        .year_launched
        .map_or_else(|| ui.t("cite-no-date"), |y| y.to_string());
    ui.tr.args(
        "cite-text",
        &[
            ("author", case.organisation.name.clone().into()),
            ("year", year.into()),
            ("title", case.title.clone().into()),
            ("url", url.to_string().into()),
            ("accessed", accessed.to_string().into()),
        ],
    )
}

/// A BibTeX `@misc` entry; values have BibTeX's special characters escaped.
fn bibtex(case: &Case, url: &str, accessed: DateTime<Utc>) -> String {
    let mut entry = format!("@misc{{observa-{},\n", case.slug);
    let mut field = |name: &str, value: &str| {
        entry.push_str(&format!("  {name} = {{{value}}},\n"));
    };
    // Braces keep an organisation's name whole instead of read as "Last, First".
    field(
        "author",
        &format!("{{{}}}", bibtex_escape(&case.organisation.name)),
    );
    field("title", &format!("{{{}}}", bibtex_escape(&case.title)));
    if let Some(year) = case.year_launched {
        field("year", &year.to_string());
    }
    field("howpublished", "Observa case library");
    field("url", url);
    field("urldate", &accessed.format("%Y-%m-%d").to_string());
    entry.push('}');
    entry
}

fn bibtex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bibtex_escapes_and_keeps_names_whole() {
        let mut case = observa_domain::demo::cases(1).next().unwrap();
        case.slug = "data-lab".into();
        case.title = "50% faster {permits} & more_data".into();
        case.organisation.name = "Ministry of Finance, Chile".into();
        case.year_launched = Some(2021);
        let accessed = DateTime::parse_from_rfc3339("2026-11-28T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let entry = bibtex(&case, "https://example.org/cases/data-lab", accessed);
        assert!(entry.starts_with("@misc{observa-data-lab,\n"), "{entry}");
        assert!(
            entry.contains("title = {{50\\% faster \\{permits\\} \\& more\\_data}},"),
            "{entry}"
        );
        assert!(entry.contains("author = {{Ministry of Finance, Chile}},"));
        assert!(entry.contains("year = {2021},"));
        assert!(entry.contains("urldate = {2026-11-28},"));
        assert!(entry.ends_with("}"));
    }
}
