//! The API's reads of everything that is not a case: publications, toolkits, calls for
//! innovations and the vocabularies (each value with its label in the four languages).

use axum::Json;
use axum::Router;
use axum::extract::{Path, RawQuery, State};
use axum::routing::get;
use observa_domain::vocab::{Discipline, Purpose, ToolkitType};
use observa_domain::{
    Call, CountryCode, GovLevel, InnovationFacet, Lang, Lifecycle, OrgType, Publication, Region,
    Sector, Stage, TermKind, Toolkit, Vocabulary,
};
use serde::Serialize;
use serde_json::{Value, json};

use crate::AppState;
use crate::error::WebError;

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/publications", get(publications))
        .route("/publications/{slug}", get(publication))
        .route("/toolkits", get(toolkits))
        .route("/toolkits/{slug}", get(toolkit))
        .route("/calls", get(calls))
        .route("/vocabularies", get(vocabularies))
        .route("/vocabularies/{name}", get(vocabulary))
}

/// A list and its length.
#[derive(Serialize, utoipa::ToSchema)]
pub(crate) struct Items<T> {
    total: usize,
    items: Vec<T>,
}

impl<T> Items<T> {
    fn of(items: Vec<T>) -> Json<Items<T>> {
        Json(Items {
            total: items.len(),
            items,
        })
    }
}

#[utoipa::path(get, path = "/api/v1/publications", tag = "library",
    responses((status = 200, description = "Every publication", body = Items<Publication>)))]
pub(crate) async fn publications(
    State(state): State<AppState>,
) -> Result<Json<Items<Publication>>, WebError> {
    Ok(Items::of(state.store.publications().await?))
}

#[utoipa::path(get, path = "/api/v1/publications/{slug}", tag = "library",
    params(("slug" = String, Path, description = "The publication's address")),
    responses(
        (status = 200, description = "The publication", body = Publication),
        (status = 404, description = "No publication has this address", body = crate::error::ErrorBody),
    ))]
pub(crate) async fn publication(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Publication>, WebError> {
    state
        .store
        .publication_by_slug(&slug)
        .await?
        .map(Json)
        .ok_or_else(|| WebError::NotFound(format!("No publication has the address \"{slug}\".")))
}

/// Toolkits, filtered like the navigator: `discipline`, `purpose`, `facet`, `type`, each
/// repeatable (values of one filter ORed, filters ANDed).
#[utoipa::path(get, path = "/api/v1/toolkits", tag = "library",
    params(
        ("discipline" = Option<Vec<observa_domain::vocab::Discipline>>, Query, explode),
        ("purpose" = Option<Vec<observa_domain::vocab::Purpose>>, Query, explode),
        ("facet" = Option<Vec<observa_domain::InnovationFacet>>, Query, explode),
        ("type" = Option<Vec<observa_domain::vocab::ToolkitType>>, Query, explode),
        ("sort" = Option<String>, Query, description = "name (the default) or newest", pattern = "^(name|newest)$"),
    ),
    responses(
        (status = 200, description = "The toolkits that pass every filter", body = Items<Toolkit>),
        (status = 400, description = "A value is not in its vocabulary", body = crate::error::ErrorBody),
    ))]
pub(crate) async fn toolkits(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Items<Toolkit>>, WebError> {
    let (chosen, newest) = crate::pages::ToolkitFilter::parse(raw.as_deref())?;
    let mut toolkits: Vec<Toolkit> = state
        .store
        .toolkits()
        .await?
        .into_iter()
        .filter(|t| chosen.admits(t, None))
        .collect();
    if newest {
        toolkits.sort_by(|a, b| b.year.cmp(&a.year).then_with(|| a.name.cmp(&b.name)));
    }
    Ok(Items::of(toolkits))
}

#[utoipa::path(get, path = "/api/v1/toolkits/{slug}", tag = "library",
    params(("slug" = String, Path, description = "The toolkit's address")),
    responses(
        (status = 200, description = "The toolkit", body = Toolkit),
        (status = 404, description = "No toolkit has this address", body = crate::error::ErrorBody),
    ))]
pub(crate) async fn toolkit(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Json<Toolkit>, WebError> {
    state
        .store
        .toolkits()
        .await?
        .into_iter()
        .find(|t| t.slug == slug)
        .map(Json)
        .ok_or_else(|| WebError::NotFound(format!("No toolkit has the address \"{slug}\".")))
}

/// Calls for innovations, each saying whether it is open today.
#[utoipa::path(get, path = "/api/v1/calls", tag = "library",
    responses((status = 200, description = "Every call for innovations, each with `open` (today)", body = Items<Object>)))]
pub(crate) async fn calls(State(state): State<AppState>) -> Result<Json<Items<Value>>, WebError> {
    let today = chrono::Utc::now().date_naive();
    let calls: Vec<Value> = state
        .store
        .calls()
        .await?
        .into_iter()
        .map(|call: Call| {
            let open = call.is_open_on(today);
            let mut value = serde_json::to_value(call).unwrap_or_default();
            value["open"] = json!(open);
            value
        })
        .collect();
    Ok(Items::of(calls))
}

/// The names `GET /vocabularies/{name}` knows, in the order `/vocabularies` lists them.
const VOCABULARIES: [&str; 14] = [
    "country",
    "region",
    "sector",
    "stage",
    "lifecycle",
    "level",
    "innovation_facet",
    "organisation_type",
    "technology",
    "tag",
    "discipline",
    "purpose",
    "toolkit_type",
    "language",
];

fn labels(label: impl Fn(Lang) -> String) -> Value {
    Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), json!(label(*l))))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

fn closed<V: Vocabulary>() -> Vec<Value> {
    V::ALL
        .iter()
        .map(|v| json!({"value": v.slug(), "labels": labels(|l| v.label(l).to_string())}))
        .collect()
}

async fn values_of(state: &AppState, name: &str) -> Result<Vec<Value>, WebError> {
    Ok(match name {
        "country" => CountryCode::all()
            .into_iter()
            .map(|c| {
                json!({"value": c.to_string(), "region": c.region().map(|r| r.slug()), "labels": labels(|l| c.name(l))})
            })
            .collect(),
        "region" => closed::<Region>(),
        "sector" => closed::<Sector>(),
        "stage" => closed::<Stage>(),
        "lifecycle" => closed::<Lifecycle>(),
        "level" => closed::<GovLevel>(),
        "innovation_facet" => closed::<InnovationFacet>(),
        "organisation_type" => closed::<OrgType>(),
        "discipline" => closed::<Discipline>(),
        "purpose" => closed::<Purpose>(),
        "toolkit_type" => closed::<ToolkitType>(),
        "language" => Lang::ALL
            .iter()
            .map(|l| json!({"value": l.code(), "labels": labels(|r| crate::i18n::Tr::new(r).language_name(l.code()))}))
            .collect(),
        "technology" | "tag" => {
            let kind = if name == "tag" { TermKind::Tag } else { TermKind::Technology };
            state
                .store
                .terms(kind)
                .await?
                .into_iter()
                .map(|t| json!({"value": t.slug, "parent": t.parent, "labels": t.labels}))
                .collect()
        }
        other => {
            return Err(WebError::NotFound(format!(
                "No vocabulary is called \"{other}\"; there are: {}.",
                VOCABULARIES.join(", ")
            )));
        }
    })
}

#[utoipa::path(get, path = "/api/v1/vocabularies", tag = "library",
    responses((status = 200, description = "Every vocabulary by name: its values, each with its labels in en, es, fr and pt", body = Object)))]
pub(crate) async fn vocabularies(State(state): State<AppState>) -> Result<Json<Value>, WebError> {
    let mut all = serde_json::Map::new();
    for name in VOCABULARIES {
        all.insert(name.to_string(), json!(values_of(&state, name).await?));
    }
    Ok(Json(Value::Object(all)))
}

#[utoipa::path(get, path = "/api/v1/vocabularies/{name}", tag = "library",
    params(("name" = String, Path, description = "The vocabulary's name",
        pattern = "^(country|region|sector|stage|lifecycle|level|innovation_facet|organisation_type|technology|tag|discipline|purpose|toolkit_type|language)$")),
    responses(
        (status = 200, description = "The vocabulary's values, each with its labels", body = Items<Object>),
        (status = 404, description = "No vocabulary has this name", body = crate::error::ErrorBody),
    ))]
pub(crate) async fn vocabulary(
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<Json<Items<Value>>, WebError> {
    Ok(Items::of(values_of(&state, &name).await?))
}

#[cfg(test)]
mod tests {
    use axum::http::StatusCode;

    use crate::tests::{app, get_json};

    #[tokio::test]
    async fn publications_toolkits_and_calls_read_as_json() {
        let t = app(0).await;
        for toolkit in observa_domain::demo::toolkits() {
            t.store.upsert_toolkit(&toolkit).await.unwrap();
        }
        let (status, all) = get_json(&t.app, "/api/v1/toolkits").await;
        assert_eq!(status, StatusCode::OK);
        let count = observa_domain::demo::toolkits().len();
        assert_eq!(all["total"], count);
        let (_, guides) = get_json(&t.app, "/api/v1/toolkits?type=guide&discipline=design").await;
        let n = guides["total"].as_u64().unwrap() as usize;
        assert!(n > 0 && n < count);
        assert!(guides["items"].as_array().unwrap().iter().all(|t| {
            t["type"] == "guide"
                && t["disciplines"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|d| d == "design")
        }));
        let slug = all["items"][0]["slug"].as_str().unwrap();
        let (status, one) = get_json(&t.app, &format!("/api/v1/toolkits/{slug}")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(one["slug"], slug);
        let (status, bad) = get_json(&t.app, "/api/v1/toolkits?type=poster").await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(
            bad["errors"][0]["detail"]
                .as_str()
                .unwrap()
                .contains("method_card_deck")
        );

        let (_, publications) = get_json(&t.app, "/api/v1/publications").await;
        assert_eq!(publications["total"], 0);
        assert_eq!(
            get_json(&t.app, "/api/v1/publications/nope").await.0,
            StatusCode::NOT_FOUND
        );

        let call: observa_domain::Call = serde_json::from_value(serde_json::json!({
            "slug": "call-2026", "title": "Call 2026", "description": "Share your innovation.",
            "opens": "2026-01-01", "closes": "2099-12-31"
        }))
        .unwrap();
        t.store.upsert_call(&call).await.unwrap();
        let (_, calls) = get_json(&t.app, "/api/v1/calls").await;
        assert_eq!(calls["items"][0]["slug"], "call-2026");
        assert_eq!(calls["items"][0]["open"], true);
    }

    #[tokio::test]
    async fn vocabularies_list_values_with_four_labels() {
        let t = app(0).await;
        let (status, all) = get_json(&t.app, "/api/v1/vocabularies").await;
        assert_eq!(status, StatusCode::OK);
        let sectors = all["sector"].as_array().unwrap();
        assert_eq!(sectors.len(), 13);
        let health = sectors.iter().find(|s| s["value"] == "health").unwrap();
        assert_eq!(health["labels"]["fr"], "Santé");
        let countries = all["country"].as_array().unwrap();
        assert!(countries.len() >= 193);
        let france = countries.iter().find(|c| c["value"] == "FR").unwrap();
        assert_eq!(france["region"], "europe_central_asia");
        assert!(
            all["technology"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t["value"] == "artificial_intelligence")
        );
        let (_, stages) = get_json(&t.app, "/api/v1/vocabularies/stage").await;
        assert_eq!(stages["total"], stages["items"].as_array().unwrap().len());
        let (status, body) = get_json(&t.app, "/api/v1/vocabularies/colours").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(
            body["errors"][0]["detail"]
                .as_str()
                .unwrap()
                .contains("innovation_facet")
        );
    }
}
