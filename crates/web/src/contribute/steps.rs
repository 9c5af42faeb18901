//! The case form's pages: `GET /contribute/{id}/{step}` draws a step, `POST` saves it as
//! a new revision (or shows it again with every problem beside its field, storing
//! nothing), the last step checks the case for submission and submits it, and
//! `/contribute/{id}/preview` shows the case as its public page would.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use observa_domain::{Call, CaseStatus, TermKind, ValidationErrors};
use observa_store::{StoreError, StoredCase};
use serde::Deserialize;

use super::form::{self, Context, Field, Step, Submitted};
use super::{Access, load, load_for_edit};
use crate::AppState;
use crate::accounts::SignedIn;
use crate::error::WebError;
use crate::limits::AccountAction;
use crate::pages::Ui;

/// A link in the list of steps.
pub(crate) struct StepLink {
    pub slug: &'static str,
    pub label: String,
    pub current: bool,
}

/// A problem in the summary at the top: its message and where to fix it.
pub(crate) struct Problem {
    pub message: String,
    pub href: String,
}

/// An attached image or document, with the button that removes it.
pub(crate) struct Attachment {
    pub index: usize,
    pub url: String,
    pub text: String,
}

/// A person working on the case, by display name (never by address).
pub(crate) struct Person {
    pub name: String,
    pub role: String,
}

/// An invitation as its case's owner sees it.
pub(crate) struct InvitationRow {
    pub id: i64,
    pub email: String,
    pub state: String,
    pub pending: bool,
}

/// What the materials and collaborators steps show besides their fields.
#[derive(Default)]
pub(crate) struct Extras {
    pub images: Vec<Attachment>,
    pub documents: Vec<Attachment>,
    pub upload_action: String,
    pub image_alt: String,
    pub document_title: String,
    pub image_error: Option<String>,
    pub document_error: Option<String>,
    pub image_limit: String,
    pub document_limit: String,
    pub people: Vec<Person>,
    pub invitations: Vec<InvitationRow>,
    pub may_invite: bool,
    pub invite_email: String,
    pub invite_error: Option<String>,
    /// The submit step: what is still missing, the acceptance criteria, the confirmation.
    pub missing: Vec<Problem>,
    /// Published cases whose texts nearly match this one's: (title, address, similarity).
    pub look_alikes: Vec<(String, String, String)>,
    pub criteria: Vec<String>,
    pub confirm_error: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "contribute_step.html")]
pub(crate) struct StepPage {
    pub ui: Ui,
    pub csrf: String,
    pub id: i64,
    pub revision: i64,
    pub case_title: String,
    pub step: &'static str,
    pub step_label: String,
    pub step_of: String,
    pub steps: Vec<StepLink>,
    pub fields: Vec<Field>,
    pub problems: Vec<Problem>,
    /// A problem with the page as a whole (someone saved meanwhile, a closed call).
    pub notice: Option<String>,
    /// A success message (saved, uploaded, invited…).
    pub status: Option<String>,
    pub extras: Extras,
    /// The editors' comments, shown while they ask for changes.
    pub comments: Vec<crate::review::CommentView>,
}

#[derive(Deserialize)]
pub(crate) struct Done {
    done: Option<String>,
}

/// What a step's page needs from the store: terms and the calls the form may offer.
pub(crate) struct Choices {
    tags: Vec<observa_domain::Term>,
    technologies: Vec<observa_domain::Term>,
    calls: Vec<Call>,
}

impl Choices {
    pub async fn load(state: &AppState) -> Result<Choices, WebError> {
        Ok(Choices {
            tags: state.store.terms(TermKind::Tag).await?,
            technologies: state.store.terms(TermKind::Technology).await?,
            calls: state.store.calls().await?,
        })
    }

    /// The form's context for `case`: calls open today and the case's own call.
    pub fn context(&self, case: &observa_domain::Case) -> Context<'_> {
        let today = today();
        Context {
            tags: &self.tags,
            technologies: &self.technologies,
            calls: self
                .calls
                .iter()
                .filter(|c| c.is_open_on(today) || case.provenance.call.as_ref() == Some(&c.slug))
                .collect(),
            suggested: Default::default(),
        }
    }
}

pub(crate) fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

fn step_or_404(step: &str) -> Result<Step, WebError> {
    Step::parse(step)
        .ok_or_else(|| WebError::NotFound(format!("The case form has no step \"{step}\".")))
}

/// Everything needed to draw one step.
pub(crate) struct Draw<'a> {
    pub step: Step,
    pub stored: &'a StoredCase,
    pub access: Access,
    pub submitted: Option<&'a Submitted>,
    pub errors: &'a ValidationErrors,
    pub notice: Option<String>,
    pub status: Option<String>,
    pub extras: Extras,
}

impl<'a> Draw<'a> {
    /// The step as stored, without problems or messages.
    pub fn new(step: Step, stored: &'a StoredCase, access: Access) -> Self {
        const NONE: &ValidationErrors = &ValidationErrors(Vec::new());
        Draw {
            step,
            stored,
            access,
            submitted: None,
            errors: NONE,
            notice: None,
            status: None,
            extras: Extras::default(),
        }
    }

    /// Draws the step, answering with `status`.
    pub async fn answer(
        self,
        ui: Ui,
        csrf: String,
        state: &AppState,
        status: StatusCode,
    ) -> Result<Response, WebError> {
        Ok((status, page(ui, csrf, state, self).await?).into_response())
    }
}

/// Draws a step of the case form.
pub(crate) async fn page(
    ui: Ui,
    csrf: String,
    state: &AppState,
    draw: Draw<'_>,
) -> Result<StepPage, WebError> {
    let Draw {
        step,
        stored,
        access,
        submitted,
        errors,
        notice,
        status,
        mut extras,
    } = draw;
    let choices = Choices::load(state).await?;
    let mut ctx = choices.context(&stored.case);
    if step == Step::What {
        ctx.suggested = suggestions(state, &stored.case).await?;
    }
    let fields = form::fields(step, &ui, &stored.case, &ctx, submitted, errors);
    let id = stored.id;
    let problems = errors
        .0
        .iter()
        .map(|e| {
            let name = form::form_name(&e.field);
            Problem {
                message: form::message(&ui, e, form::max_of(&name)),
                href: format!("/contribute/{id}/{}#{name}", Step::of_field(&name).slug()),
            }
        })
        .collect();
    match step {
        Step::Materials => super::media::extras(&ui, &csrf, stored, &mut extras),
        Step::Collaborators => {
            super::collaborators::extras(&ui, state, stored, access, &mut extras).await?
        }
        Step::Submit => {
            submit_extras(&ui, stored, &choices, &mut extras);
            extras.look_alikes = look_alikes(state, &stored.case).await?;
        }
        _ => {}
    }
    let comments = if stored.case.status == CaseStatus::ChangesRequested {
        crate::review::comment_views(&ui, state.store.review_comments(id).await?)
    } else {
        Vec::new()
    };
    let steps = Step::ALL
        .into_iter()
        .map(|s| StepLink {
            slug: s.slug(),
            label: ui.t(&format!("contribute-step-{}", s.slug())),
            current: s == step,
        })
        .collect();
    Ok(StepPage {
        step_label: ui.t(&format!("contribute-step-{}", step.slug())),
        step_of: ui.tr.args(
            "contribute-step-of",
            &[
                ("step", (step.number() as i64).into()),
                ("steps", (Step::ALL.len() as i64).into()),
            ],
        ),
        csrf,
        id,
        revision: stored.revision,
        case_title: stored.case.title.clone(),
        comments,
        step: step.slug(),
        steps,
        fields,
        problems,
        notice,
        status,
        extras,
        ui,
    })
}

/// The least confidence at which the what step mentions a suggestion.
const SUGGESTION_FLOOR: f64 = 0.1;

/// Sectors, technologies, tags and facets the insight model (the one behind
/// `POST /api/v1/suggest-tags`) suggests for the case's title, pitch and overview.
pub(crate) async fn suggestions(
    state: &AppState,
    case: &observa_domain::Case,
) -> Result<std::collections::HashMap<(&'static str, String), f64>, WebError> {
    use observa_insight::suggest::{FACETS, SECTOR, TAGS, TECHNOLOGIES};
    let mut found = std::collections::HashMap::new();
    if case.pitch.trim().is_empty() && case.overview.trim().is_empty() {
        return Ok(found);
    }
    let model = crate::insight::suggester(state).await?;
    let text = crate::insight::draft_text(&[&case.title, &case.pitch, &case.overview]);
    for (field, suggested) in model.suggester.suggest(&text, &case.language) {
        let name = match field.as_str() {
            SECTOR => "sectors",
            TECHNOLOGIES => "technologies",
            TAGS => "tags",
            FACETS => "facets",
            _ => continue,
        };
        for s in suggested
            .into_iter()
            .filter(|s| s.confidence >= SUGGESTION_FLOOR)
        {
            found.insert((name, s.label), s.confidence);
        }
    }
    Ok(found)
}

/// The reader's-language message for a `?done=` word after a redirect.
fn done_message(ui: &Ui, done: Option<&str>) -> Option<String> {
    let id = match done? {
        "saved" => "contribute-saved",
        "uploaded" => "contribute-uploaded",
        "removed" => "contribute-removed",
        "invited" => "contribute-invited",
        "withdrawn" => "contribute-withdrawn",
        _ => return None,
    };
    Some(ui.t(id))
}

pub(crate) async fn show(
    ui: Ui,
    SignedIn { visitor, user }: SignedIn,
    State(state): State<AppState>,
    Path((id, step)): Path<(String, String)>,
    Query(done): Query<Done>,
) -> Result<Response, WebError> {
    let (stored, access) = load(&state, &id, &user).await?;
    let step = step_or_404(&step)?;
    if !access.may_edit(stored.case.status) {
        // Read-only for this person: the preview shows everything.
        return Ok(Redirect::to(&format!("/contribute/{}/preview", stored.id)).into_response());
    }
    let mut draw = Draw::new(step, &stored, access);
    draw.status = done_message(&ui, done.done.as_deref());
    draw.answer(ui, visitor.csrf, &state, StatusCode::OK).await
}

/// `GET /contribute/{id}`: where a notification leads; the form's first step (or the
/// preview for someone who may only read the case).
pub(crate) async fn start(Path(id): Path<String>) -> Redirect {
    Redirect::to(&format!("/contribute/{id}/{}", Step::ALL[0].slug()))
}

/// The page answering a form sent from a version of the case that is no longer the
/// current one: 409, the person's values kept on the page, nothing saved.
pub(crate) fn conflict_notice(ui: &Ui) -> Option<String> {
    Some(ui.t("contribute-conflict"))
}

/// Whether the form was built from the current revision.
pub(crate) fn is_current(form_revision: &str, stored: &StoredCase) -> bool {
    form_revision.trim().parse::<i64>() == Ok(stored.revision)
}

pub(crate) async fn save(
    ui: Ui,
    SignedIn { visitor, user }: SignedIn,
    State(state): State<AppState>,
    Path((id, step)): Path<(String, String)>,
    headers: HeaderMap,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let (stored, access) = load_for_edit(&state, &id, &user).await?;
    let step = step_or_404(&step)?;
    let form = Submitted(pairs);
    if step == Step::Submit {
        return submit(ui, visitor, user, &state, stored, access, &headers, &form).await;
    }
    if step == Step::Collaborators {
        // This step's changes are its own forms (invite, withdraw).
        return Ok(
            Redirect::to(&format!("/contribute/{}/{}", stored.id, step.next().slug()))
                .into_response(),
        );
    }
    let mut draw = Draw::new(step, &stored, access);
    draw.submitted = Some(&form);
    if !is_current(form.get("revision"), &stored) {
        draw.notice = conflict_notice(&ui);
        return draw
            .answer(ui, visitor.csrf, &state, StatusCode::CONFLICT)
            .await;
    }
    let choices = Choices::load(&state).await?;
    let mut case = stored.case.clone();
    let mut errors = form::apply(
        step,
        &mut case,
        &form,
        &choices.context(&stored.case),
        today(),
    );
    if errors.is_empty() {
        case.provenance.updated_at = chrono::Utc::now();
        match state.store.update_case(&case, Some(user.id)).await {
            Ok(_) => {}
            Err(StoreError::Invalid(invalid)) => errors = invalid,
            Err(e) => return Err(e.into()),
        }
    }
    if !errors.is_empty() {
        draw.errors = &errors;
        return draw
            .answer(ui, visitor.csrf, &state, StatusCode::UNPROCESSABLE_ENTITY)
            .await;
    }
    let to = if form.get("action") == "continue" {
        format!("/contribute/{}/{}", stored.id, step.next().slug())
    } else {
        format!("/contribute/{}/{}?done=saved", stored.id, step.slug())
    };
    Ok(Redirect::to(&to).into_response())
}

/// The acceptance criteria an editor checks, in the reader's language.
pub(crate) fn criteria(ui: &Ui) -> Vec<String> {
    ["innovation", "plain", "complete", "standalone", "personal"]
        .iter()
        .map(|c| ui.t(&format!("criterion-{c}")))
        .collect()
}

/// Why `case` cannot go to review yet: every missing or wrong field (with the step that
/// fixes it) and a call that has closed.
fn missing(ui: &Ui, stored: &StoredCase, calls: &[Call]) -> Vec<Problem> {
    let id = stored.id;
    let mut problems: Vec<Problem> = match stored.case.validate_for(CaseStatus::Submitted) {
        Ok(()) => Vec::new(),
        Err(errors) => errors
            .0
            .iter()
            .map(|e| {
                let name = form::form_name(&e.field);
                let step = Step::of_field(&name);
                Problem {
                    message: format!(
                        "{} — {}: {}",
                        ui.t(&format!("contribute-step-{}", step.slug())),
                        field_label(ui, &name),
                        form::message(ui, e, form::max_of(&name))
                    ),
                    href: format!("/contribute/{id}/{}#{name}", step.slug()),
                }
            })
            .collect(),
    };
    if let Some(slug) = &stored.case.provenance.call {
        let call = calls.iter().find(|c| &c.slug == slug);
        if !call.is_some_and(|c| c.is_open_on(today())) {
            problems.push(Problem {
                message: ui.v(
                    "contribute-call-closed",
                    call.map_or(slug.as_str(), |c| c.title.as_str()),
                ),
                href: format!("/contribute/{id}/identity#call"),
            });
        }
    }
    problems
}

/// The label of a form field, for the list of what is missing.
fn field_label(ui: &Ui, name: &str) -> String {
    let id = match name {
        "title" | "pitch" | "overview" | "nuts" | "videos" => format!("field-{name}"),
        "organisation_name" => "fact-organisation".into(),
        "countries" => "fact-countries".into(),
        "sectors" => "fact-sectors".into(),
        "year_launched" => "fact-launched".into(),
        "year_ended" => "fact-ended".into(),
        "stage" => "fact-stage".into(),
        "images" => "contribute-images".into(),
        "links" => "case-links".into(),
        n if n.starts_with("story_") => format!("section-{}", &n["story_".len()..]),
        n => return n.to_string(),
    };
    ui.t(&id)
}

/// The least similarity (Jaccard over 3-word shingles, as `observa duplicates`) at which
/// the submit step says a case looks like a published one.
const LOOK_ALIKE: f64 = 0.5;
/// Above this many published cases the submit step does not look for duplicates (it
/// reads every published case's text each time).
const MAX_COMPARED: i64 = 20_000;

/// Published cases that look like `case` (insight's near-duplicate detector), most
/// similar first, at most three.
async fn look_alikes(
    state: &AppState,
    case: &observa_domain::Case,
) -> Result<Vec<(String, String, String)>, WebError> {
    use observa_insight::duplicates::{DuplicateConfig, DuplicateIndex};
    if state.store.counts().await?.cases > MAX_COMPARED {
        return Ok(Vec::new());
    }
    let mut index = DuplicateIndex::new(DuplicateConfig::for_threshold(LOOK_ALIKE));
    let mut titles = std::collections::HashMap::new();
    let mut public = state.store.public_cases();
    while let Some(stored) = futures::StreamExt::next(&mut public).await {
        let stored = stored?;
        if stored.case.slug == case.slug {
            continue;
        }
        index.insert(
            stored.case.slug.clone(),
            &observa_insight::text::case_text(&stored.case),
        );
        titles.insert(stored.case.slug.clone(), stored.case.title.clone());
    }
    Ok(index
        .find(&observa_insight::text::case_text(case))
        .into_iter()
        .take(3)
        .map(|m| {
            let title = titles.get(&m.id).cloned().unwrap_or_default();
            (
                title,
                format!("/cases/{}", m.id),
                format!("{:.0} %", m.similarity * 100.0),
            )
        })
        .collect())
}

fn submit_extras(ui: &Ui, stored: &StoredCase, choices: &Choices, extras: &mut Extras) {
    extras.missing = missing(ui, stored, &choices.calls);
    extras.criteria = criteria(ui);
}

#[expect(
    clippy::too_many_arguments,
    reason = "one request's parts, passed on once"
)]
async fn submit(
    ui: Ui,
    visitor: crate::accounts::Visitor,
    user: observa_domain::User,
    state: &AppState,
    stored: StoredCase,
    access: Access,
    headers: &HeaderMap,
    form: &Submitted,
) -> Result<Response, WebError> {
    let mut draw = Draw::new(Step::Submit, &stored, access);
    if !is_current(form.get("revision"), &stored) {
        draw.notice = conflict_notice(&ui);
        return draw
            .answer(ui, visitor.csrf, state, StatusCode::CONFLICT)
            .await;
    }
    if form.get("confirm") != "yes" {
        draw.extras.confirm_error = Some(ui.t("contribute-error-confirm"));
        return draw
            .answer(ui, visitor.csrf, state, StatusCode::UNPROCESSABLE_ENTITY)
            .await;
    }
    let calls = state.store.calls().await?;
    if !missing(&ui, &stored, &calls).is_empty() {
        draw.notice = Some(ui.t("contribute-not-ready"));
        return draw
            .answer(ui, visitor.csrf, state, StatusCode::UNPROCESSABLE_ENTITY)
            .await;
    }
    state.account_limits.check(
        AccountAction::Submit,
        visitor.peer,
        headers,
        Some(&format!("user:{}", user.id)),
    )?;
    match state
        .store
        .transition_case(
            stored.id,
            Some(stored.revision),
            CaseStatus::Submitted,
            user.id,
            None,
        )
        .await
    {
        Ok(_) => Ok(Redirect::to(&format!("/contribute?submitted={}", stored.id)).into_response()),
        Err(StoreError::Conflict { .. }) => {
            draw.notice = conflict_notice(&ui);
            draw.answer(ui, visitor.csrf, state, StatusCode::CONFLICT)
                .await
        }
        Err(StoreError::Invalid(_)) => {
            draw.notice = Some(ui.t("contribute-not-ready"));
            draw.answer(ui, visitor.csrf, state, StatusCode::UNPROCESSABLE_ENTITY)
                .await
        }
        Err(e) => Err(e.into()),
    }
}

/// `GET /contribute/{id}/preview`: the case as its public page would show it.
pub(crate) async fn preview(
    ui: Ui,
    SignedIn { user, .. }: SignedIn,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let (mut stored, access) = load(&state, &id, &user).await?;
    let back = if access.may_edit(stored.case.status) {
        format!("/contribute/{}/identity", stored.id)
    } else {
        "/contribute".to_string()
    };
    // As the public page: who wrote it is not shown.
    stored.case.provenance.submitted_by = None;
    stored.case.provenance.collaborators.clear();
    Ok(crate::pages::case::render(ui, &state, stored, Some(back))
        .await?
        .into_response())
}
