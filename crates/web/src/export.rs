//! Bulk exports of the public cases: `GET /api/v1/export/cases.{csv,jsonl,json}`, with the
//! same search words and filters as the case library, streamed in constant memory.
//!
//! Without words or filters the cases stream straight from the database in id order. With
//! them, the search index gives the ids of every match (8 bytes each), which are sorted and
//! loaded from the database a batch at a time. A task writes batches of encoded records
//! into a small bounded channel that the response body drains, so a slow client slows the
//! export down instead of filling memory.

use axum::body::{Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use futures::{StreamExt as _, TryStreamExt as _};
use observa_domain::Case;
use observa_search::SearchRequest;
use observa_store::{CaseFilter, StoredCase};
use tokio::sync::mpsc;

use crate::error::WebError;
use crate::params::{CaseQuery, Unknown, parse_case_query};
use crate::{AppState, Site};

/// Cases loaded from the database at a time, for a filtered export.
const BATCH: usize = 500;
/// Bytes gathered before they are handed to the response.
const CHUNK: usize = 64 * 1024;
/// Chunks that may wait for the client.
const IN_FLIGHT: usize = 4;

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Csv,
    Jsonl,
    Json,
}

impl Format {
    fn of(file: &str) -> Option<Format> {
        match file {
            "cases.csv" => Some(Format::Csv),
            "cases.jsonl" => Some(Format::Jsonl),
            "cases.json" => Some(Format::Json),
            _ => None,
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Jsonl => "application/jsonl; charset=utf-8",
            Format::Json => "application/json",
        }
    }
}

/// Encodes cases one after another into a buffer.
struct Encoder {
    format: Format,
    buf: Vec<u8>,
    written: u64,
    base_url: String,
}

impl Encoder {
    fn new(format: Format, site: &Site) -> std::io::Result<Encoder> {
        let mut buf = Vec::with_capacity(CHUNK * 2);
        match format {
            Format::Json => buf.push(b'['),
            Format::Csv => {
                let header = observa_interchange::csv::CsvCases::new(buf, &site.public_url)?;
                buf = header.finish()?;
            }
            Format::Jsonl => {}
        }
        Ok(Encoder {
            format,
            buf,
            written: 0,
            base_url: site.public_url.clone(),
        })
    }

    fn push(&mut self, case: &Case) -> std::io::Result<()> {
        match self.format {
            Format::Jsonl => observa_interchange::jsonl::write_case(&mut self.buf, case)?,
            Format::Json => {
                self.buf
                    .extend_from_slice(if self.written == 0 { b"\n" } else { b",\n" });
                serde_json::to_writer(&mut self.buf, case)?;
            }
            Format::Csv => {
                observa_interchange::csv::write_row(&mut self.buf, case, &self.base_url)?
            }
        }
        self.written += 1;
        Ok(())
    }

    /// What is buffered, once there is enough of it.
    fn take(&mut self) -> Option<Bytes> {
        (self.buf.len() >= CHUNK).then(|| Bytes::from(std::mem::take(&mut self.buf)))
    }

    fn finish(mut self) -> std::io::Result<Bytes> {
        if self.format == Format::Json {
            self.buf.extend_from_slice(b"\n]\n");
        }
        Ok(Bytes::from(self.buf))
    }
}

/// A public case as everyone may see it: who submitted it stays private.
fn public(mut stored: StoredCase) -> Option<Case> {
    stored.case.status.is_public().then(|| {
        stored.case.provenance.submitted_by = None;
        stored.case.provenance.collaborators.clear();
        stored.case
    })
}

#[utoipa::path(
    get,
    path = "/api/v1/export/{file}",
    tag = "exports",
    params(
        ("file" = String, Path, description = "cases.csv, cases.jsonl or cases.json", pattern = "^cases\\.(csv|jsonl|json)$"),
        crate::openapi::FilterParams,
        crate::openapi::CaseParams,
    ),
    responses(
        (status = 200, description = "Every matching public case, streamed", content(
            (String = "text/csv"),
            (String = "application/jsonl"),
            (Vec<Case> = "application/json"),
        )),
        (status = 400, description = "A parameter is not valid", body = crate::error::ErrorBody),
        (status = 404, description = "No such export", body = crate::error::ErrorBody),
    )
)]
pub(crate) async fn cases(
    State(state): State<AppState>,
    Path(file): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let format = Format::of(&file).ok_or_else(|| {
        WebError::NotFound(format!(
            "No export is called \"{file}\": try cases.csv, cases.jsonl or cases.json."
        ))
    })?;
    let query = parse_case_query(raw.as_deref(), Unknown::Reject)?;
    // Checks technology and tag filters like a search does (a 400 naming allowed values).
    let ids = if query.text.is_empty() && query.filter == CaseFilter::default() {
        None
    } else {
        Some(matching_ids(&state, &query).await?)
    };
    let (tx, rx) = mpsc::channel::<Result<Bytes, std::io::Error>>(IN_FLIGHT);
    tokio::spawn(produce(state.clone(), ids, format, tx));
    // Fused: the compression layer may poll the body once more after its end.
    let body = Body::from_stream(
        futures::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|item| (item, rx))
        })
        .fuse(),
    );
    let filename = format!(
        "observa-cases-{}.{}",
        chrono::Utc::now().format("%Y-%m-%d"),
        file.rsplit('.').next().unwrap_or("txt")
    );
    Ok((
        [
            (header::CONTENT_TYPE, format.content_type().to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response())
}

/// The ids of every case the query matches, in id order.
async fn matching_ids(state: &AppState, query: &CaseQuery) -> Result<Vec<i64>, WebError> {
    crate::search::check_filter(&*state.store, &query.filter).await?;
    let request = |limit| SearchRequest {
        query: &query.text,
        filter: &query.filter,
        sort: observa_search::Sort::Newest,
        offset: 0,
        limit,
        facets: &[],
        facet_limit: 0,
    };
    let total = state.search.search(&request(0))?.total as usize;
    let mut ids: Vec<i64> = state
        .search
        .search(&request(total))?
        .hits
        .iter()
        .map(|h| h.case_id)
        .collect();
    ids.sort_unstable();
    Ok(ids)
}

/// Why an export stopped before its end.
enum Stop {
    /// The client went away: nothing more to do.
    ClientGone,
    Failed(WebError),
}

impl<E: Into<WebError>> From<E> for Stop {
    fn from(error: E) -> Stop {
        Stop::Failed(error.into())
    }
}

/// Writes the export into `tx`, a chunk at a time.
async fn produce(
    state: AppState,
    ids: Option<Vec<i64>>,
    format: Format,
    tx: mpsc::Sender<Result<Bytes, std::io::Error>>,
) {
    let last = match encode(&state, ids, format, &tx).await {
        Ok(encoder) => encoder.finish(),
        Err(Stop::ClientGone) => return,
        Err(Stop::Failed(error)) => {
            // The status line is gone already: cut the body so the client sees a failure.
            tracing::error!(%error, "an export failed half-way");
            Err(std::io::Error::other("the export failed"))
        }
    };
    let _ = tx.send(last).await;
}

async fn encode(
    state: &AppState,
    ids: Option<Vec<i64>>,
    format: Format,
    tx: &mpsc::Sender<Result<Bytes, std::io::Error>>,
) -> Result<Encoder, Stop> {
    let mut encoder = Encoder::new(format, &state.site)?;
    let push = async |encoder: &mut Encoder, stored: Vec<StoredCase>| -> Result<(), Stop> {
        for case in stored.into_iter().filter_map(public) {
            encoder.push(&case)?;
        }
        match encoder.take() {
            Some(chunk) => tx.send(Ok(chunk)).await.map_err(|_| Stop::ClientGone),
            None => Ok(()),
        }
    };
    match ids {
        None => {
            let mut cases = state.store.public_cases();
            while let Some(stored) = cases.try_next().await? {
                push(&mut encoder, vec![stored]).await?;
            }
        }
        Some(ids) => {
            for batch in ids.chunks(BATCH) {
                push(&mut encoder, state.store.cases_by_ids(batch).await?).await?;
            }
        }
    }
    Ok(encoder)
}

#[cfg(test)]
mod tests {
    use axum::http::{StatusCode, header};

    use crate::tests::{app, get_json, get_with};

    #[tokio::test]
    async fn exports_every_public_case_in_each_format() {
        let t = app(30).await;
        let mut draft = observa_domain::demo::cases(99).next().unwrap();
        draft.slug = "a-draft".into();
        draft.status = observa_domain::CaseStatus::Draft;
        t.store.insert_case(&draft, None).await.unwrap();

        let (status, headers, body) = get_with(&t.app, "/api/v1/export/cases.jsonl", &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            headers[header::CONTENT_DISPOSITION]
                .to_str()
                .unwrap()
                .contains("observa-cases-")
        );
        let cases: Vec<observa_domain::Case> = body
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(cases.len(), 30, "public cases only");
        assert!(cases.iter().all(|c| c.provenance.submitted_by.is_none()));
        let stored = t
            .store
            .case_by_slug(&cases[0].slug)
            .await
            .unwrap()
            .unwrap()
            .case;
        assert_eq!(cases[0].story, stored.story, "every field");

        let (_, headers, body) = get_with(&t.app, "/api/v1/export/cases.json", &[]).await;
        assert_eq!(headers[header::CONTENT_TYPE], "application/json");
        let array: Vec<observa_domain::Case> = serde_json::from_str(&body).unwrap();
        assert_eq!(array, cases, "the same cases, the same order");

        let (_, headers, body) = get_with(&t.app, "/api/v1/export/cases.csv", &[]).await;
        assert!(
            headers[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
        let mut reader = csv::Reader::from_reader(body.as_bytes());
        assert!(reader.headers().unwrap().iter().any(|h| h == "licence"));
        assert_eq!(reader.records().count(), 30);
    }

    #[tokio::test]
    async fn exports_take_the_search_filters() {
        let t = app(40).await;
        let (_, found) =
            get_json(&t.app, "/api/v1/cases?q=digital&sector=health&per_page=100").await;
        let mut expected: Vec<String> = found["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["slug"].as_str().unwrap().to_string())
            .collect();
        expected.sort();
        let (status, _, body) = get_with(
            &t.app,
            "/api/v1/export/cases.jsonl?q=digital&sector=health",
            &[],
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let mut slugs: Vec<String> = body
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["slug"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        slugs.sort();
        assert_eq!(slugs, expected);

        // Found by schemathesis: a compressed, empty export polled its body past the end.
        for encoding in ["gzip", "br"] {
            let (status, headers, _) = get_with(
                &t.app,
                "/api/v1/export/cases.csv?year_to=1950",
                &[("accept-encoding", encoding)],
            )
            .await;
            assert_eq!(status, StatusCode::OK);
            assert_eq!(headers[header::CONTENT_ENCODING], encoding);
        }
        let (_, _, body) = get_with(&t.app, "/api/v1/export/cases.json?q=zzzqqqxx", &[]).await;
        assert_eq!(
            serde_json::from_str::<Vec<serde_json::Value>>(&body)
                .unwrap()
                .len(),
            0
        );

        for (uri, status) in [
            ("/api/v1/export/cases.xml", StatusCode::NOT_FOUND),
            (
                "/api/v1/export/cases.csv?sector=space",
                StatusCode::BAD_REQUEST,
            ),
            (
                "/api/v1/export/cases.csv?technology=telepathy",
                StatusCode::BAD_REQUEST,
            ),
            (
                "/api/v1/export/cases.csv?colour=red",
                StatusCode::BAD_REQUEST,
            ),
        ] {
            let (got, body) = get_json(&t.app, uri).await;
            assert_eq!(got, status, "{uri}: {body}");
            assert!(
                body["errors"][0]["detail"]
                    .as_str()
                    .is_some_and(|d| !d.is_empty())
            );
        }
    }
}
