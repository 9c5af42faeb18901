//! The case form's steps and fields: which fields each step shows (following the
//! record's groups), how a field is drawn (label, example answer, limit, choices, the
//! value to show, its error), and how a step's submitted form changes the case. Parsing
//! problems (a year "abc", an unknown country, a choice that was not offered) and the
//! domain's own rules (`Case::validate_for`) come back as one list of field errors, so a
//! step with any problem stores nothing.

use std::collections::HashMap;

use observa_domain::case::{MAX_OVERVIEW, MAX_PITCH, MAX_STORY, MAX_TITLE};
use observa_domain::{
    Call, Case, CaseStatus, CountryCode, GovLevel, InnovationFacet, Lang, Lifecycle, Link, OrgType,
    Sector, Stage, Term, ValidationErrors, Vocabulary,
};

use crate::pages::Ui;

/// Limits on texts the domain does not bound itself.
const MAX_NAME: usize = 250;
const MAX_URL: usize = 2_000;
const MAX_NUTS: usize = 10;
const MAX_LINKS: usize = 4_000;

/// The steps of the case form, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    Identity,
    Who,
    What,
    When,
    Story,
    Materials,
    Collaborators,
    Submit,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::Identity,
        Step::Who,
        Step::What,
        Step::When,
        Step::Story,
        Step::Materials,
        Step::Collaborators,
        Step::Submit,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Step::Identity => "identity",
            Step::Who => "who",
            Step::What => "what",
            Step::When => "when",
            Step::Story => "story",
            Step::Materials => "materials",
            Step::Collaborators => "collaborators",
            Step::Submit => "submit",
        }
    }

    pub fn parse(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn number(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    pub fn next(self) -> Step {
        Step::ALL
            .get(self.number())
            .copied()
            .unwrap_or(Step::Submit)
    }

    /// The names of the form fields this step edits (see [`fields`]).
    fn field_names(self) -> &'static [&'static str] {
        match self {
            Step::Identity => &["title", "pitch", "overview", "website", "language", "call"],
            Step::Who => &[
                "organisation_name",
                "organisation_type",
                "countries",
                "subnational",
                "nuts",
                "level",
            ],
            Step::What => &["sectors", "tags", "technologies", "facets", "sdgs"],
            Step::When => &["year_launched", "year_ended", "stage", "lifecycle"],
            Step::Story => &[
                "story_innovation",
                "story_partners",
                "story_beneficiaries",
                "story_results",
                "story_challenges",
                "story_conditions",
                "story_replication",
                "story_lessons",
            ],
            Step::Materials => &["links", "videos", "images", "documents"],
            Step::Collaborators | Step::Submit => &[],
        }
    }

    /// The step that edits the form field `name`.
    pub fn of_field(name: &str) -> Step {
        Step::ALL
            .into_iter()
            .find(|s| s.field_names().contains(&name))
            .unwrap_or(Step::Identity)
    }
}

/// The form field (and element id) a domain field path is shown beside:
/// `organisation.name` → `organisation_name`, `links.2.url` → `links`.
pub(crate) fn form_name(path: &str) -> String {
    let first = path.split('.').next().unwrap_or(path);
    match first {
        "links" | "videos" | "images" | "documents" | "sdgs" => first.to_string(),
        "organisation" if path == "organisation.kind" => "organisation_type".into(),
        _ => path.replace('.', "_"),
    }
}

/// One choice of a select or a group of checkboxes.
pub(crate) struct Choice {
    pub value: String,
    pub label: String,
    pub chosen: bool,
    /// Said when the insight model suggests this choice for the case's texts.
    pub note: Option<String>,
}

/// One field as the page draws it.
pub(crate) struct Field {
    /// The form name and element id.
    pub name: &'static str,
    pub label: String,
    /// A realistic answer, shown under the label.
    pub example: String,
    /// What the field takes ("At most 500 characters.", "Names or codes, …").
    pub hint: String,
    /// `text`, `url`, `year`, `textarea`, `select` or `checkboxes`.
    pub kind: &'static str,
    pub value: String,
    pub choices: Vec<Choice>,
    /// The most characters it takes (0: no counter).
    pub max: usize,
    /// Whether submission needs it.
    pub needed: bool,
    pub error: Option<String>,
}

impl Field {
    /// Whether the field has a hint, an example or an error to be described by.
    pub fn described_by(&self) -> String {
        let mut ids = vec![format!("{}-example", self.name)];
        if !self.hint.is_empty() {
            ids.push(format!("{}-hint", self.name));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.name));
        }
        ids.join(" ")
    }
}

/// What the form's choices come from besides the closed vocabularies.
pub(crate) struct Context<'a> {
    pub tags: &'a [Term],
    pub technologies: &'a [Term],
    /// Calls open today (and the case's own call, open or not).
    pub calls: Vec<&'a Call>,
    /// Choices the insight model suggests for the case's texts, as
    /// (form field, value) → confidence from 0 to 1.
    pub suggested: HashMap<(&'static str, String), f64>,
}

/// The submitted form: every (name, value) pair, in order.
pub(crate) struct Submitted(pub Vec<(String, String)>);

impl Submitted {
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }
}

fn choices<V: Vocabulary>(lang: Lang, chosen: &[String]) -> Vec<Choice> {
    V::ALL
        .iter()
        .map(|v| Choice {
            value: v.slug().into(),
            label: v.label(lang).into(),
            chosen: chosen.iter().any(|c| c == v.slug()),
            note: None,
        })
        .collect()
}

fn term_choices(terms: &[Term], lang: Lang, chosen: &[String]) -> Vec<Choice> {
    terms
        .iter()
        .map(|t| Choice {
            value: t.slug.clone(),
            label: t.labels.get(lang).to_string(),
            chosen: chosen.contains(&t.slug),
            note: None,
        })
        .collect()
}

fn slugs<V: Vocabulary>(values: impl IntoIterator<Item = V>) -> Vec<String> {
    values.into_iter().map(|v| v.slug().to_string()).collect()
}

fn lines(links: &[Link]) -> String {
    links
        .iter()
        .map(|l| format!("{} | {}", l.title, l.url))
        .collect::<Vec<_>>()
        .join("\n")
}

/// How a field is drawn: (label message id, kind, stored value, chosen values, choices,
/// most characters, needed to submit).
type Spec = (
    String,
    &'static str,
    String,
    Vec<String>,
    Option<Vec<Choice>>,
    usize,
    bool,
);

/// The fields of `step`, showing `case`, or what was `submitted` when the form is shown
/// again with its errors.
pub(crate) fn fields(
    step: Step,
    ui: &Ui,
    case: &Case,
    ctx: &Context<'_>,
    submitted: Option<&Submitted>,
    errors: &ValidationErrors,
) -> Vec<Field> {
    let lang = ui.tr.lang;
    let year = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
    let one = |s: Option<&'static str>| s.map(String::from).into_iter().collect::<Vec<_>>();
    let story: HashMap<&str, String> = case
        .story
        .sections()
        .into_iter()
        .map(|(name, _, text)| (name, text.unwrap_or("").to_string()))
        .collect();
    step.field_names()
        .iter()
        .filter(|name| !matches!(**name, "images" | "documents"))
        .map(|&name| {
            let (label, kind, value, chosen, options, max, needed): Spec = match name {
                "title" => (
                    "field-title".into(),
                    "text",
                    case.title.clone(),
                    vec![],
                    None,
                    MAX_TITLE,
                    true,
                ),
                "pitch" => (
                    "field-pitch".into(),
                    "textarea",
                    case.pitch.clone(),
                    vec![],
                    None,
                    MAX_PITCH,
                    true,
                ),
                "overview" => (
                    "field-overview".into(),
                    "textarea",
                    case.overview.clone(),
                    vec![],
                    None,
                    MAX_OVERVIEW,
                    true,
                ),
                "website" => (
                    "fact-website".into(),
                    "url",
                    case.website.clone().unwrap_or_default(),
                    vec![],
                    None,
                    MAX_URL,
                    false,
                ),
                "language" => {
                    let mut options: Vec<Choice> = Lang::ALL
                        .iter()
                        .map(|l| Choice {
                            value: l.code().into(),
                            label: ui.tr.language_name(l.code()),
                            chosen: false,
                            note: None,
                        })
                        .collect();
                    if Lang::from_code(&case.language).is_none() {
                        options.push(Choice {
                            value: case.language.clone(),
                            label: ui.tr.language_name(&case.language),
                            chosen: false,
                            note: None,
                        });
                    }
                    (
                        "contribute-language".into(),
                        "select",
                        String::new(),
                        vec![case.language.clone()],
                        Some(options),
                        0,
                        true,
                    )
                }
                "call" => {
                    let options = ctx
                        .calls
                        .iter()
                        .map(|c| Choice {
                            value: c.slug.clone(),
                            label: c.title.clone(),
                            chosen: false,
                            note: None,
                        })
                        .collect();
                    (
                        "contribute-call".into(),
                        "select",
                        String::new(),
                        case.provenance.call.clone().into_iter().collect(),
                        Some(options),
                        0,
                        false,
                    )
                }
                "organisation_name" => (
                    "fact-organisation".into(),
                    "text",
                    case.organisation.name.clone(),
                    vec![],
                    None,
                    MAX_NAME,
                    true,
                ),
                "organisation_type" => (
                    "fact-organisation-type".into(),
                    "select",
                    String::new(),
                    one(case.organisation.kind.map(|k| k.slug())),
                    Some(choices::<OrgType>(
                        lang,
                        &one(case.organisation.kind.map(|k| k.slug())),
                    )),
                    0,
                    false,
                ),
                "countries" => (
                    "fact-countries".into(),
                    "text",
                    case.countries
                        .iter()
                        .map(|c| c.as_str().to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                    vec![],
                    None,
                    MAX_NAME,
                    true,
                ),
                "subnational" => (
                    "fact-place".into(),
                    "text",
                    case.subnational.clone().unwrap_or_default(),
                    vec![],
                    None,
                    MAX_NAME,
                    false,
                ),
                "nuts" => (
                    "field-nuts".into(),
                    "text",
                    case.nuts.clone().unwrap_or_default(),
                    vec![],
                    None,
                    MAX_NUTS,
                    false,
                ),
                "level" => (
                    "fact-level".into(),
                    "select",
                    String::new(),
                    one(case.level.map(|l| l.slug())),
                    Some(choices::<GovLevel>(lang, &[])),
                    0,
                    false,
                ),
                "sectors" => (
                    "fact-sectors".into(),
                    "checkboxes",
                    String::new(),
                    slugs(case.sectors.iter().copied()),
                    Some(choices::<Sector>(lang, &[])),
                    0,
                    true,
                ),
                "tags" => (
                    "fact-tags".into(),
                    "checkboxes",
                    String::new(),
                    case.tags.clone(),
                    Some(term_choices(ctx.tags, lang, &[])),
                    0,
                    false,
                ),
                "technologies" => (
                    "fact-technologies".into(),
                    "checkboxes",
                    String::new(),
                    case.technologies.clone(),
                    Some(term_choices(ctx.technologies, lang, &[])),
                    0,
                    false,
                ),
                "facets" => (
                    "fact-facets".into(),
                    "checkboxes",
                    String::new(),
                    slugs(case.facets.iter().copied()),
                    Some(choices::<InnovationFacet>(lang, &[])),
                    0,
                    false,
                ),
                "sdgs" => {
                    let options = (1..=17)
                        .map(|g: u8| Choice {
                            value: g.to_string(),
                            label: ui.v("sdg", &g.to_string()),
                            chosen: false,
                            note: None,
                        })
                        .collect();
                    (
                        "fact-sdgs".into(),
                        "checkboxes",
                        String::new(),
                        case.sdgs.iter().map(u8::to_string).collect(),
                        Some(options),
                        0,
                        false,
                    )
                }
                "year_launched" => (
                    "fact-launched".into(),
                    "year",
                    year(case.year_launched),
                    vec![],
                    None,
                    0,
                    true,
                ),
                "year_ended" => (
                    "fact-ended".into(),
                    "year",
                    year(case.year_ended),
                    vec![],
                    None,
                    0,
                    false,
                ),
                "stage" => (
                    "fact-stage".into(),
                    "select",
                    String::new(),
                    one(case.stage.map(|s| s.slug())),
                    Some(choices::<Stage>(lang, &[])),
                    0,
                    true,
                ),
                "lifecycle" => (
                    "fact-status".into(),
                    "select",
                    String::new(),
                    one(case.lifecycle.map(|s| s.slug())),
                    Some(choices::<Lifecycle>(lang, &[])),
                    0,
                    false,
                ),
                "links" => (
                    "case-links".into(),
                    "textarea",
                    lines(&case.links),
                    vec![],
                    None,
                    MAX_LINKS,
                    false,
                ),
                "videos" => (
                    "field-videos".into(),
                    "textarea",
                    lines(&case.videos),
                    vec![],
                    None,
                    MAX_LINKS,
                    false,
                ),
                story_field => {
                    let section = story_field.trim_start_matches("story_");
                    (
                        format!("section-{section}"),
                        "textarea",
                        story.get(section).cloned().unwrap_or_default(),
                        vec![],
                        None,
                        MAX_STORY,
                        true,
                    )
                }
            };
            let (value, chosen) = match submitted {
                Some(form) if kind == "checkboxes" || kind == "select" => (
                    value,
                    form.all(name).into_iter().map(String::from).collect(),
                ),
                Some(form) => (form.get(name).to_string(), chosen),
                None => (value, chosen),
            };
            let choices = options
                .unwrap_or_default()
                .into_iter()
                .map(|c| Choice {
                    chosen: chosen.contains(&c.value),
                    note: ctx
                        .suggested
                        .get(&(name, c.value.clone()))
                        .map(|confidence| {
                            ui.v(
                                "contribute-suggested",
                                &format!("{:.0} %", confidence * 100.0),
                            )
                        }),
                    ..c
                })
                .collect();
            let hint = match name {
                "overview" => format!(
                    "{} {}",
                    ui.n("contribute-max-chars", max as i64),
                    ui.t("hint-overview")
                ),
                "countries" => ui.t("hint-countries"),
                "links" | "videos" => ui.t("hint-links"),
                "year_launched" | "year_ended" => ui.t("hint-year"),
                "call" => ui.t("contribute-call-hint"),
                _ if max > 0 => ui.n("contribute-max-chars", max as i64),
                _ => String::new(),
            };
            let error = errors
                .0
                .iter()
                .find(|e| form_name(&e.field) == name)
                .map(|e| message(ui, e, max));
            Field {
                name,
                label: ui.t(&label),
                example: ui.t(&format!("example-{name}")),
                hint,
                kind,
                value,
                choices,
                max,
                needed,
                error,
            }
        })
        .collect()
}

/// A field error in the reader's language (the domain's English message when there is no
/// translation for its code).
pub(crate) fn message(ui: &Ui, error: &observa_domain::FieldError, max: usize) -> String {
    let id = format!("contribute-error-{}", error.code);
    match error.code {
        "too_long" => ui.n(&id, max as i64),
        "unknown_country" | "call_closed" => {
            ui.v(&id, error.message.rsplit(": ").next().unwrap_or(""))
        }
        _ => ui.tr.try_t(&id).unwrap_or_else(|| error.message.clone()),
    }
}

/// The most characters the form field `name` takes (0: no limit).
pub(crate) fn max_of(name: &str) -> usize {
    match name {
        "title" => MAX_TITLE,
        "pitch" => MAX_PITCH,
        "overview" => MAX_OVERVIEW,
        "website" => MAX_URL,
        "organisation_name" | "countries" | "subnational" => MAX_NAME,
        "nuts" => MAX_NUTS,
        "links" | "videos" => MAX_LINKS,
        n if n.starts_with("story_") => MAX_STORY,
        _ => 0,
    }
}

fn text(form: &Submitted, name: &str, errors: &mut ValidationErrors) -> String {
    let value = form.get(name).trim().to_string();
    let max = max_of(name);
    if max > 0 && value.chars().count() > max {
        errors.add(name, "too_long", format!("At most {max} characters."));
    }
    value
}

fn optional(value: String) -> Option<String> {
    (!value.is_empty()).then_some(value)
}

fn pick<V: Vocabulary>(form: &Submitted, name: &str, errors: &mut ValidationErrors) -> Option<V> {
    let value = form.get(name).trim();
    if value.is_empty() {
        return None;
    }
    V::parse(value)
        .map_err(|_| errors.add(name, "invalid_choice", "Choose one of the options given."))
        .ok()
}

fn pick_all<V: Vocabulary + PartialEq>(
    form: &Submitted,
    name: &str,
    errors: &mut ValidationErrors,
) -> Vec<V> {
    let mut out: Vec<V> = Vec::new();
    for value in form.all(name) {
        match V::parse(value) {
            Ok(v) if !out.contains(&v) => out.push(v),
            Ok(_) => {}
            Err(_) => errors.add(name, "invalid_choice", "Choose one of the options given."),
        }
    }
    out
}

fn pick_terms(
    form: &Submitted,
    name: &str,
    terms: &[Term],
    errors: &mut ValidationErrors,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for value in form.all(name) {
        if !terms.iter().any(|t| t.slug == value) {
            errors.add(name, "invalid_choice", "Choose one of the options given.");
        } else if !out.iter().any(|v| v == value) {
            out.push(value.to_string());
        }
    }
    out
}

fn year(form: &Submitted, name: &str, errors: &mut ValidationErrors) -> Option<i32> {
    let value = form.get(name).trim();
    if value.is_empty() {
        return None;
    }
    match value.parse::<i32>() {
        Ok(y) => Some(y),
        Err(_) => {
            errors.add(
                name,
                "not_a_year",
                "Enter a year as four digits, such as 2021.",
            );
            None
        }
    }
}

fn links(form: &Submitted, name: &str, errors: &mut ValidationErrors) -> Vec<Link> {
    let all = text(form, name, errors);
    let mut out = Vec::new();
    for line in all.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match line.rsplit_once('|') {
            Some((title, url)) if !title.trim().is_empty() && !url.trim().is_empty() => {
                out.push(Link {
                    title: title.trim().to_string(),
                    url: url.trim().to_string(),
                })
            }
            _ => {
                errors.add(
                    name,
                    "bad_link",
                    "Write one link per line: a title, a vertical bar |, then the address.",
                );
                break;
            }
        }
    }
    out
}

fn countries(form: &Submitted, errors: &mut ValidationErrors) -> Vec<CountryCode> {
    let all = text(form, "countries", errors);
    let mut out: Vec<CountryCode> = Vec::new();
    for name in all
        .split([',', ';', '\n'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        match CountryCode::parse(name).or_else(|_| CountryCode::from_name(name)) {
            Ok(code) if !out.contains(&code) => out.push(code),
            Ok(_) => {}
            Err(_) => {
                errors.add(
                    "countries",
                    "unknown_country",
                    format!("Unknown country: {name}"),
                );
                break;
            }
        }
    }
    out
}

/// Sets the fields of `step` on `case` from the submitted form. Returns every problem:
/// the form's own (unreadable values) and the domain's rules for a draft.
pub(crate) fn apply(
    step: Step,
    case: &mut Case,
    form: &Submitted,
    ctx: &Context<'_>,
    today: chrono::NaiveDate,
) -> ValidationErrors {
    let mut errors = ValidationErrors::default();
    let e = &mut errors;
    match step {
        Step::Identity => {
            case.title = text(form, "title", e);
            case.pitch = text(form, "pitch", e);
            case.overview = text(form, "overview", e);
            case.website = optional(text(form, "website", e));
            let language = form.get("language").trim();
            if language.is_empty() {
                e.add("language", "invalid_language", "Choose a language.");
            } else {
                case.language = language.to_string();
            }
            let call = optional(form.get("call").trim().to_string());
            if call != case.provenance.call {
                match &call {
                    Some(slug) => match ctx.calls.iter().find(|c| &c.slug == slug) {
                        Some(c) if c.is_open_on(today) => case.provenance.call = call.clone(),
                        Some(c) => e.add(
                            "call",
                            "call_closed",
                            format!("This call is closed: {}", c.title),
                        ),
                        None => e.add("call", "invalid_choice", "Choose one of the options given."),
                    },
                    None => case.provenance.call = None,
                }
            }
        }
        Step::Who => {
            case.organisation.name = text(form, "organisation_name", e);
            case.organisation.kind = pick::<OrgType>(form, "organisation_type", e);
            case.countries = countries(form, e);
            case.subnational = optional(text(form, "subnational", e));
            case.nuts = optional(text(form, "nuts", e));
            case.level = pick::<GovLevel>(form, "level", e);
        }
        Step::What => {
            case.sectors = pick_all::<Sector>(form, "sectors", e);
            case.tags = pick_terms(form, "tags", ctx.tags, e);
            case.technologies = pick_terms(form, "technologies", ctx.technologies, e);
            case.facets = pick_all::<InnovationFacet>(form, "facets", e);
            let mut sdgs = Vec::new();
            for value in form.all("sdgs") {
                match value.parse::<u8>() {
                    Ok(g) if (1..=17).contains(&g) && !sdgs.contains(&g) => sdgs.push(g),
                    _ => e.add("sdgs", "invalid_choice", "Choose one of the options given."),
                }
            }
            case.sdgs = sdgs;
        }
        Step::When => {
            case.year_launched = year(form, "year_launched", e);
            case.year_ended = year(form, "year_ended", e);
            case.stage = pick::<Stage>(form, "stage", e);
            case.lifecycle = pick::<Lifecycle>(form, "lifecycle", e);
        }
        Step::Story => {
            for (name, section) in case.story.sections_mut() {
                *section = optional(text(form, &format!("story_{name}"), e));
            }
        }
        Step::Materials => {
            case.links = links(form, "links", e);
            case.videos = links(form, "videos", e);
        }
        Step::Collaborators | Step::Submit => {}
    }
    if let Err(rules) = case.validate_for(CaseStatus::Draft) {
        for error in rules.0 {
            // One message per field: the form's own comes first.
            if !errors
                .0
                .iter()
                .any(|e| form_name(&e.field) == form_name(&error.field))
            {
                errors.0.push(error);
            }
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_belongs_to_one_step_and_errors_find_their_field() {
        assert_eq!(Step::of_field("story_lessons"), Step::Story);
        assert_eq!(Step::of_field("images"), Step::Materials);
        assert_eq!(form_name("organisation.name"), "organisation_name");
        assert_eq!(form_name("links.3.url"), "links");
        assert_eq!(form_name("images.0.alt"), "images");
        assert_eq!(form_name("story.results"), "story_results");
        assert_eq!(Step::parse("who"), Some(Step::Who));
        assert_eq!(Step::parse("nope"), None);
        assert_eq!(Step::Identity.next(), Step::Who);
        assert_eq!(Step::Submit.next(), Step::Submit);
    }
}
