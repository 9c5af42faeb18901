//! The toolkit navigator, after OPSI's: method guides and tools filtered by discipline,
//! purpose, innovation facet and type, each filter showing how many toolkits it would
//! leave; and a page per toolkit. The filters are a plain GET form of checkboxes.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, RawQuery, State};
use observa_domain::vocab::{Discipline, Purpose, ToolkitType};
use observa_domain::{InnovationFacet, Lang, Toolkit, Vocabulary};

use super::{Ui, labels};
use crate::AppState;
use crate::error::WebError;

/// The navigator's filters: query key, then the message naming it.
const FILTERS: [(&str, &str); 4] = [
    ("discipline", "toolkit-filter-discipline"),
    ("purpose", "toolkit-filter-purpose"),
    ("facet", "toolkit-filter-facet"),
    ("type", "toolkit-filter-type"),
];

/// The chosen values of each filter, in `FILTERS` order, as slugs.
#[derive(Default)]
pub(crate) struct ToolkitFilter([Vec<String>; 4]);

impl ToolkitFilter {
    /// The filters and whether to sort newest first, from a query string.
    pub(crate) fn parse(raw: Option<&str>) -> Result<(ToolkitFilter, bool), WebError> {
        let mut chosen = ToolkitFilter::default();
        let mut newest = false;
        for (key, value) in url::form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
            let value = value.trim();
            if key == "sort" {
                newest = match value {
                    "newest" => true,
                    "" | "name" => false,
                    other => {
                        return Err(WebError::bad_request(
                            "bad_sort",
                            format!("Unknown sort \"{other}\"; allowed: name, newest."),
                        ));
                    }
                };
                continue;
            }
            let Some(i) = FILTERS.iter().position(|(k, _)| *k == key) else {
                continue;
            };
            let checked = match i {
                0 => check::<Discipline>(value),
                1 => check::<Purpose>(value),
                2 => check::<InnovationFacet>(value),
                _ => check::<ToolkitType>(value),
            };
            let slug = checked.map_err(|e| WebError::bad_request("unknown_value", e))?;
            if !chosen.0[i].iter().any(|v| *v == slug) {
                chosen.0[i].push(slug.to_string());
            }
        }
        Ok((chosen, newest))
    }

    /// Whether the toolkit passes every filter but `skip` (to count that one's values).
    pub(crate) fn admits(&self, toolkit: &Toolkit, skip: Option<usize>) -> bool {
        (0..FILTERS.len())
            .filter(|i| Some(*i) != skip && !self.0[*i].is_empty())
            .all(|i| {
                values_of(toolkit, i)
                    .iter()
                    .any(|v| self.0[i].iter().any(|c| c == v))
            })
    }
}

fn check<V: Vocabulary>(value: &str) -> Result<&'static str, String> {
    V::parse(value).map(V::slug).map_err(|e| e.to_string())
}

/// A toolkit's values for filter `i`, as slugs.
fn values_of(toolkit: &Toolkit, i: usize) -> Vec<&'static str> {
    match i {
        0 => toolkit.disciplines.iter().map(|v| v.slug()).collect(),
        1 => toolkit.purposes.iter().map(|v| v.slug()).collect(),
        2 => toolkit.facets.iter().map(|v| v.slug()).collect(),
        _ => vec![toolkit.kind.slug()],
    }
}

/// Every value of filter `i`: slug and label.
fn options_of(i: usize, lang: Lang) -> Vec<(&'static str, &'static str)> {
    fn all<V: Vocabulary>(lang: Lang) -> Vec<(&'static str, &'static str)> {
        V::ALL.iter().map(|v| (v.slug(), v.label(lang))).collect()
    }
    match i {
        0 => all::<Discipline>(lang),
        1 => all::<Purpose>(lang),
        2 => all::<InnovationFacet>(lang),
        _ => all::<ToolkitType>(lang),
    }
}

struct Checkbox {
    id: String,
    value: &'static str,
    label: &'static str,
    count: usize,
    checked: bool,
}

struct Filter {
    key: &'static str,
    title: String,
    options: Vec<Checkbox>,
}

struct ToolkitCard {
    slug: String,
    name: String,
    publisher: String,
    year: i32,
    kind: &'static str,
    disciplines: String,
    description: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "toolkits.html")]
pub(crate) struct ToolkitListPage {
    ui: Ui,
    filters: Vec<Filter>,
    newest: bool,
    summary: String,
    any_chosen: bool,
    cards: Vec<ToolkitCard>,
}

pub(crate) async fn toolkit_list(
    ui: Ui,
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<ToolkitListPage, WebError> {
    let lang = ui.tr.lang;
    let (chosen, newest) = ToolkitFilter::parse(raw.as_deref())?;
    let toolkits = state.store.toolkits().await?;
    let filters = FILTERS
        .iter()
        .enumerate()
        .map(|(i, (key, title))| Filter {
            key,
            title: ui.t(title),
            options: options_of(i, lang)
                .into_iter()
                .map(|(value, label)| Checkbox {
                    id: format!("{key}-{value}"),
                    count: toolkits
                        .iter()
                        .filter(|t| chosen.admits(t, Some(i)) && values_of(t, i).contains(&value))
                        .count(),
                    checked: chosen.0[i].iter().any(|c| c == value),
                    value,
                    label,
                })
                .collect(),
        })
        .collect();
    let mut shown: Vec<&Toolkit> = toolkits.iter().filter(|t| chosen.admits(t, None)).collect();
    if newest {
        shown.sort_by(|a, b| b.year.cmp(&a.year).then_with(|| a.name.cmp(&b.name)));
    } else {
        shown.sort_by_key(|t| t.name.to_lowercase());
    }
    Ok(ToolkitListPage {
        summary: ui.n("count-toolkits", shown.len() as i64),
        any_chosen: chosen.0.iter().any(|c| !c.is_empty()),
        cards: shown
            .into_iter()
            .map(|t| ToolkitCard {
                slug: t.slug.clone(),
                name: t.name.clone(),
                publisher: t.publisher.clone(),
                year: t.year,
                kind: t.kind.label(lang),
                disciplines: labels(&t.disciplines, lang),
                description: observa_domain::publication::excerpt(&t.description, 240),
            })
            .collect(),
        filters,
        newest,
        ui,
    })
}

#[derive(Template, WebTemplate)]
#[template(path = "toolkit.html")]
pub(crate) struct ToolkitPage {
    ui: Ui,
    toolkit: Toolkit,
    /// (label, value) rows of the metadata list.
    facts: Vec<(String, String)>,
}

pub(crate) async fn toolkit_page(
    ui: Ui,
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<ToolkitPage, WebError> {
    let lang = ui.tr.lang;
    let toolkit = state
        .store
        .toolkits()
        .await?
        .into_iter()
        .find(|t| t.slug == slug)
        .ok_or_else(|| WebError::NotFound(format!("No toolkit has the address \"{slug}\".")))?;
    let languages = toolkit
        .languages
        .iter()
        .map(|code| ui.tr.language_name(code))
        .collect::<Vec<_>>()
        .join(", ");
    let mut facts = vec![
        ("toolkit-publisher", toolkit.publisher.clone()),
        ("toolkit-year", toolkit.year.to_string()),
        ("toolkit-type", toolkit.kind.label(lang).to_string()),
        (
            "toolkit-filter-discipline",
            labels(&toolkit.disciplines, lang),
        ),
        ("toolkit-filter-purpose", labels(&toolkit.purposes, lang)),
        ("toolkit-filter-facet", labels(&toolkit.facets, lang)),
        ("toolkit-format", toolkit.format.clone().unwrap_or_default()),
        ("toolkit-languages", languages),
        (
            "toolkit-cost",
            toolkit.cost.as_deref().map_or_else(String::new, |cost| {
                ui.tr
                    .try_t(&format!("cost-{cost}"))
                    .unwrap_or(cost.to_string())
            }),
        ),
        (
            "toolkit-licence",
            toolkit.licence.clone().unwrap_or_default(),
        ),
    ];
    facts.retain(|(_, v)| !v.is_empty());
    Ok(ToolkitPage {
        facts: facts.into_iter().map(|(id, v)| (ui.t(id), v)).collect(),
        toolkit,
        ui,
    })
}
