//! Keeping the index in step with SQL: a rebuild from the public records, and a follower
//! that applies the outbox.
//!
//! The follower reads outbox entries after the last sequence the index recorded, reloads
//! those cases from SQL, deletes and re-adds their documents (deleting those no longer
//! public) and commits with the new sequence in the payload, so that after a crash it
//! resumes where the last commit ended. PostgreSQL may make sequence numbers visible out
//! of order, so it re-reads a window behind the cursor and skips what it already applied.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use futures::TryStreamExt;
use observa_domain::{Labels, TermKind};
use observa_store::Store;

use crate::index::{Change, Generation, SearchIndex, current_name, remove_generations_except};
use crate::{Result, SearchError};

/// How far behind the cursor the follower looks again for late sequence numbers.
const WINDOW: i64 = 256;
/// The most outbox entries applied in one commit.
const BATCH: i64 = 5_000;
/// Documents handed to the writer at once during a rebuild.
const REBUILD_CHUNK: usize = 2_000;

/// Labels of the open vocabularies (tags and technologies) by slug.
pub async fn term_labels(store: &dyn Store) -> Result<HashMap<String, Labels>> {
    let mut labels = HashMap::new();
    for kind in [TermKind::Tag, TermKind::Technology] {
        for term in store.terms(kind).await? {
            labels.insert(term.slug, term.labels);
        }
    }
    Ok(labels)
}

pub struct Rebuilt {
    pub cases: u64,
    pub seq: i64,
    pub generation: String,
}

/// Builds a fresh generation from every public case and makes it the live one. Readers of
/// the previous generation keep it until they switch; older ones are deleted.
pub async fn rebuild(
    root: &Path,
    store: &dyn Store,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<(Generation, Rebuilt)> {
    std::fs::create_dir_all(root)?;
    let seq = store.last_outbox_seq().await?;
    let labels = term_labels(store).await?;
    let generation = Arc::new(Generation::create(root)?);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4);
    let mut writer = Some(generation.bulk_writer(threads, 128_000_000 * threads)?);
    let mut cases = store.public_cases();
    let mut count = 0;
    loop {
        let mut chunk = Vec::with_capacity(REBUILD_CHUNK);
        while chunk.len() < REBUILD_CHUNK {
            match cases.try_next().await? {
                Some(stored) => {
                    chunk.push(generation.fields.document(stored.id, &stored.case, &labels))
                }
                None => break,
            }
        }
        let last = chunk.len() < REBUILD_CHUNK;
        count += chunk.len() as u64;
        let mut w = writer
            .take()
            .expect("writer is handed back after each chunk");
        w = tokio::task::spawn_blocking(move || -> Result<_> {
            for doc in chunk {
                w.add_document(doc)?;
            }
            Ok(w)
        })
        .await??;
        progress(count);
        writer = Some(w);
        if last {
            break;
        }
    }
    drop(cases);
    let mut w = writer.take().expect("writer");
    let g = generation.clone();
    tokio::task::spawn_blocking(move || -> Result<()> {
        g.commit(&mut w, seq)?;
        w.wait_merging_threads()?;
        g.refresh()
    })
    .await??;
    let previous = current_name(root);
    generation.make_current(root)?;
    let keep: Vec<&str> = [Some(generation.name.as_str()), previous.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    remove_generations_except(root, &keep);
    let generation = Arc::into_inner(generation).expect("the rebuild holds the only reference");
    let report = Rebuilt {
        cases: count,
        seq,
        generation: generation.name.clone(),
    };
    Ok((generation, report))
}

/// Opens the index under `root`, rebuilding it first when there is none usable.
pub async fn open_or_rebuild(root: &Path, store: &dyn Store) -> Result<SearchIndex> {
    if let Some(index) = SearchIndex::open(root)? {
        return Ok(index);
    }
    tracing::info!("building the search index in {}", root.display());
    let (generation, report) = rebuild(root, store, &|_| {}).await?;
    tracing::info!("search index built: {} cases", report.cases);
    let index = SearchIndex::with(root, generation);
    index.remove_other_generations(&[&report.generation]);
    Ok(index)
}

/// Applies the outbox to the index, one batch per commit.
pub struct Follower {
    index: Arc<SearchIndex>,
    store: Arc<dyn Store>,
    generation: String,
    cursor: i64,
    applied: BTreeSet<i64>,
}

impl Follower {
    pub fn new(index: Arc<SearchIndex>, store: Arc<dyn Store>) -> Follower {
        let live = index.live();
        Follower {
            generation: live.name.clone(),
            cursor: live.seq(),
            index,
            store,
            applied: BTreeSet::new(),
        }
    }

    /// Applies everything the outbox holds beyond what the index has; returns how many
    /// cases were re-indexed or removed.
    pub async fn catch_up(&mut self) -> Result<usize> {
        // Switching waits for the old writer's merges: not on the async threads.
        let index = self.index.clone();
        let switched = tokio::task::spawn_blocking(move || index.follow_current()).await??;
        if switched || self.index.live().name != self.generation {
            let live = self.index.live();
            self.generation = live.name.clone();
            self.cursor = live.seq();
            self.applied.clear();
        }
        let mut changed = 0;
        loop {
            let from = (self.cursor - WINDOW).max(0);
            let fresh: Vec<_> = self
                .store
                .outbox_after(from, BATCH)
                .await?
                .into_iter()
                .filter(|e| !self.applied.contains(&e.seq))
                .collect();
            let Some(last) = fresh.iter().map(|e| e.seq).max() else {
                return Ok(changed);
            };
            let ids: Vec<i64> = fresh
                .iter()
                .filter(|e| e.entity == "case")
                .map(|e| e.entity_id)
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect();
            let labels = term_labels(&*self.store).await?;
            let generation = self.index.live();
            let mut found: HashMap<i64, _> = self
                .store
                .cases_by_ids(&ids)
                .await?
                .into_iter()
                .map(|s| (s.id, s))
                .collect();
            let changes: Vec<Change> = ids
                .iter()
                .map(|id| match found.remove(id) {
                    Some(s) if s.case.status.is_public() => Change::Upsert(
                        *id,
                        Box::new(generation.fields.document(*id, &s.case, &labels)),
                    ),
                    _ => Change::Delete(*id),
                })
                .collect();
            changed += changes.len();
            let seq = last.max(self.cursor);
            tokio::task::spawn_blocking(move || generation.apply(changes, seq)).await??;
            self.applied.extend(fresh.iter().map(|e| e.seq));
            self.cursor = seq;
            let floor = self.cursor - WINDOW;
            self.applied.retain(|s| *s > floor);
        }
    }

    /// Follows the outbox forever, checking every `every`.
    pub async fn run(mut self, every: Duration) {
        loop {
            if let Err(e) = self.catch_up().await {
                tracing::error!("search index could not catch up: {e}");
            }
            tokio::time::sleep(every).await;
        }
    }
}

impl From<tokio::task::JoinError> for SearchError {
    fn from(e: tokio::task::JoinError) -> Self {
        SearchError::Task(e.to_string())
    }
}
