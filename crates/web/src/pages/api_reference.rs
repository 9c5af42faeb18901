//! The API reference at `/api`: the OpenAPI document laid out as a page, with a form per
//! operation to try it in the browser. Operations with path parameters go through
//! `/api/try`, which fills the path and redirects, so the page needs no JavaScript.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::Query;
use axum::response::Redirect;
use serde_json::Value;
use std::collections::HashMap;

use super::Ui;
use crate::error::WebError;

struct Param {
    name: String,
    location: String,
    kind: String,
    required: bool,
    description: String,
    /// Allowed values, for a select in the form.
    choices: Vec<String>,
    /// Several values may be given.
    repeated: bool,
    id: String,
}

struct Outcome {
    status: String,
    description: String,
}

struct Operation {
    id: String,
    method: String,
    path: String,
    summary: String,
    params: Vec<Param>,
    responses: Vec<Outcome>,
    /// Where the form goes: the path itself, or `/api/try` when it has path parameters.
    action: String,
}

struct Section {
    tag: String,
    description: String,
    operations: Vec<Operation>,
}

#[derive(Template, WebTemplate)]
#[template(path = "api.html")]
pub(crate) struct ApiPage {
    ui: Ui,
    sections: Vec<Section>,
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

/// The enum values a schema (or the schema it refers to, or its items') allows.
fn choices(schema: &Value, doc: &Value) -> Vec<String> {
    let resolve = |s: &Value| -> Value {
        match s.get("$ref").and_then(Value::as_str) {
            Some(r) => doc["components"]["schemas"][r.rsplit('/').next().unwrap_or("")].clone(),
            None => s.clone(),
        }
    };
    let target = resolve(schema);
    let target = if target["type"] == "array" {
        resolve(&target["items"])
    } else {
        target
    };
    target["enum"]
        .as_array()
        .map(|values| values.iter().map(text).collect())
        .unwrap_or_default()
}

fn kind(schema: &Value) -> String {
    match (
        schema["type"].as_str(),
        schema.get("$ref").and_then(Value::as_str),
    ) {
        (Some("array"), _) => {
            let inner = &schema["items"];
            let name = inner["$ref"]
                .as_str()
                .map(|r| r.rsplit('/').next().unwrap_or("").to_string())
                .unwrap_or_else(|| text(&inner["type"]));
            format!("{name}[]")
        }
        (Some(t), _) => t.to_string(),
        (None, Some(r)) => r.rsplit('/').next().unwrap_or("").to_string(),
        _ => String::new(),
    }
}

pub(crate) async fn page(ui: Ui) -> ApiPage {
    let doc = crate::openapi::as_json();
    let mut sections: Vec<Section> = doc["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| Section {
            tag: text(&t["name"]),
            description: text(&t["description"]),
            operations: Vec::new(),
        })
        .collect();
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            let id = text(&op["operationId"]);
            let params: Vec<Param> = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| Param {
                    id: format!("{id}-{}", text(&p["name"])),
                    name: text(&p["name"]),
                    location: text(&p["in"]),
                    kind: kind(&p["schema"]),
                    required: p["required"].as_bool().unwrap_or(false),
                    description: text(&p["description"]),
                    choices: choices(&p["schema"], doc),
                    repeated: p["schema"]["type"] == "array",
                })
                .collect();
            let has_path_params = params.iter().any(|p| p.location == "path");
            let operation = Operation {
                summary: [text(&op["summary"]), text(&op["description"])]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" "),
                responses: op["responses"]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(status, r)| Outcome {
                        status: status.clone(),
                        description: text(&r["description"]),
                    })
                    .collect(),
                action: if has_path_params {
                    "/api/try".into()
                } else {
                    path.clone()
                },
                method: method.to_uppercase(),
                path: path.clone(),
                params,
                id,
            };
            let tag = text(&op["tags"][0]);
            if let Some(section) = sections.iter_mut().find(|s| s.tag == tag) {
                section.operations.push(operation);
            }
        }
    }
    ApiPage { ui, sections }
}

/// `GET /api/try?path=/api/v1/cases/{slug}&slug=…&…`: fills a documented path's
/// parameters and redirects there with the rest as its query.
pub(crate) async fn try_it(
    Query(mut params): Query<HashMap<String, String>>,
) -> Result<Redirect, WebError> {
    let template = params.remove("path").unwrap_or_default();
    if crate::openapi::as_json()["paths"].get(&template).is_none() {
        return Err(WebError::bad_request(
            "unknown_path",
            format!("\"{template}\" is not an operation of the API."),
        ));
    }
    let mut path = template.clone();
    while let Some(start) = path.find('{') {
        let end = start + path[start..].find('}').unwrap_or(0);
        let name = path[start + 1..end].to_string();
        let value = params
            .remove(&name)
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| {
                WebError::bad_request("missing_value", format!("{name} is required."))
            })?;
        let encoded: String =
            url::form_urlencoded::byte_serialize(value.trim().as_bytes()).collect();
        path.replace_range(start..=end, &encoded);
    }
    let query: Vec<(String, String)> = params.into_iter().filter(|(_, v)| !v.is_empty()).collect();
    if !query.is_empty() {
        path.push('?');
        path.push_str(
            &url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(query)
                .finish(),
        );
    }
    Ok(Redirect::to(&path))
}
