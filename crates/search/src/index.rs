//! The index on disk: generations, the live view searches read, and the searches.
//!
//! The index folder holds one subfolder per generation and a `CURRENT` file naming the
//! live one. A rebuild writes a new generation beside the live one and then replaces
//! `CURRENT`, so a running server swaps it in on its next tick. Each commit records, in its
//! payload, the last outbox sequence it applied and the schema version.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use observa_domain::Case;
use observa_store::CaseFilter;
use serde::{Deserialize, Serialize};
use tantivy::directory::MmapDirectory;
use tantivy::index::SegmentId;
use tantivy::query::{BooleanQuery, BoostQuery, MoreLikeThisQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, OwnedValue};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term};

use crate::analysis::{self, Analysers, terms};
use crate::facets::{
    FACETS, FacetCollector, FilterPlan, Harvest, Interner, SegmentData, Sort, facet_index,
};
use crate::matching::{self, MatchTerms};
use crate::query::UserQuery;
use crate::schema::{Fields, Part, SCHEMA_VERSION};
use crate::{Result, SearchError};

const CURRENT: &str = "CURRENT";
/// Memory for the writer that follows the outbox (tantivy's minimum is 15 MB).
const FOLLOW_WRITER_BYTES: usize = 32_000_000;

/// What each commit records.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
pub struct Payload {
    pub seq: i64,
    pub schema: u32,
}

/// A change to apply to the index.
pub enum Change {
    Upsert(i64, Box<TantivyDocument>),
    Delete(i64),
}

/// What searches read: one searcher and the facet arrays of its segments.
struct View {
    searcher: Searcher,
    segments: Arc<HashMap<SegmentId, Arc<SegmentData>>>,
    interner: Arc<Interner>,
    seq: i64,
}

/// One generation of the index.
pub struct Generation {
    pub name: String,
    index: Index,
    reader: IndexReader,
    pub fields: Fields,
    view: RwLock<Arc<View>>,
    writer: Mutex<Option<IndexWriter>>,
}

impl Generation {
    fn open(root: &Path, name: &str) -> Result<Generation> {
        let index = Index::open(MmapDirectory::open(root.join(name))?)?;
        let fields = Fields::new();
        let payload = payload(&index)?;
        if index.schema() != fields.schema || payload.is_none_or(|p| p.schema != SCHEMA_VERSION) {
            return Err(SearchError::Stale(name.to_string()));
        }
        Self::with_index(name, index, fields)
    }

    /// A new, empty generation in a fresh folder under `root`.
    pub fn create(root: &Path) -> Result<Generation> {
        let name = format!(
            "g{}",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default()
                .as_micros()
        );
        let path = root.join(&name);
        std::fs::create_dir_all(&path)?;
        let fields = Fields::new();
        let index = Index::create_in_dir(&path, fields.schema.clone())?;
        Self::with_index(&name, index, fields)
    }

    fn with_index(name: &str, index: Index, fields: Fields) -> Result<Generation> {
        analysis::register(index.tokenizers());
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let view = build_view(&reader, &index, None)?;
        Ok(Generation {
            name: name.to_string(),
            index,
            reader,
            fields,
            view: RwLock::new(Arc::new(view)),
            writer: Mutex::new(None),
        })
    }

    /// The last outbox sequence this generation has applied.
    pub fn seq(&self) -> i64 {
        self.view().seq
    }

    fn view(&self) -> Arc<View> {
        self.view.read().expect("view lock").clone()
    }

    /// A writer for bulk loading (a rebuild), with `threads` indexing threads.
    pub fn bulk_writer(&self, threads: usize, bytes: usize) -> Result<IndexWriter> {
        Ok(self.index.writer_with_num_threads(threads, bytes)?)
    }

    /// Commits `writer` recording `seq`, then refreshes what searches see.
    pub fn commit(&self, writer: &mut IndexWriter, seq: i64) -> Result<()> {
        let payload = serde_json::to_string(&Payload {
            seq,
            schema: SCHEMA_VERSION,
        })?;
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(&payload);
        prepared.commit()?;
        self.refresh()
    }

    /// Applies `changes` and commits them as having reached outbox sequence `seq`.
    pub fn apply(&self, changes: Vec<Change>, seq: i64) -> Result<()> {
        let mut guard = self.writer.lock().expect("writer lock");
        if guard.is_none() {
            *guard = Some(self.index.writer_with_num_threads(1, FOLLOW_WRITER_BYTES)?);
        }
        let writer = guard.as_mut().expect("writer just opened");
        for change in changes {
            let id = match &change {
                Change::Upsert(id, _) | Change::Delete(id) => *id,
            };
            writer.delete_term(Term::from_field_u64(self.fields.id, id as u64));
            if let Change::Upsert(_, doc) = change {
                writer.add_document(*doc)?;
            }
        }
        self.commit(writer, seq)
    }

    /// Picks up new segments (after a commit or a merge).
    pub fn refresh(&self) -> Result<()> {
        self.reader.reload()?;
        let old = self.view();
        let view = build_view(&self.reader, &self.index, Some(&old))?;
        *self.view.write().expect("view lock") = Arc::new(view);
        Ok(())
    }

    /// Makes this generation the live one for every process using `root`.
    pub fn make_current(&self, root: &Path) -> Result<()> {
        let tmp = root.join(format!("{CURRENT}.tmp"));
        std::fs::write(&tmp, &self.name)?;
        std::fs::rename(tmp, root.join(CURRENT))?;
        Ok(())
    }

    pub fn num_docs(&self) -> u64 {
        self.view().searcher.num_docs()
    }

    /// Lets go of the writer (and its lock on the folder), waiting for merges to finish.
    pub fn close_writer(&self) -> Result<()> {
        if let Some(writer) = self.writer.lock().expect("writer lock").take() {
            writer.wait_merging_threads()?;
        }
        Ok(())
    }
}

fn payload(index: &Index) -> Result<Option<Payload>> {
    Ok(index
        .load_metas()?
        .payload
        .and_then(|p| serde_json::from_str(&p).ok()))
}

fn build_view(reader: &IndexReader, index: &Index, old: Option<&View>) -> Result<View> {
    let searcher = reader.searcher();
    let mut interner = old.map(|v| (*v.interner).clone()).unwrap_or_default();
    let mut segments = HashMap::new();
    for segment in searcher.segment_readers() {
        let id = segment.segment_id();
        let data = match old.and_then(|v| v.segments.get(&id)) {
            Some(data) => data.clone(),
            None => Arc::new(SegmentData::load(segment, &mut interner)?),
        };
        segments.insert(id, data);
    }
    Ok(View {
        searcher,
        segments: Arc::new(segments),
        interner: Arc::new(interner),
        seq: payload(index)?.map_or(0, |p| p.seq),
    })
}

/// A search: the parsed query, the facet filters, the order and the page.
pub struct SearchRequest<'a> {
    pub query: &'a UserQuery,
    pub filter: &'a CaseFilter,
    pub sort: Sort,
    pub offset: usize,
    pub limit: usize,
    /// Which facets to count, by name (see [`FACETS`]).
    pub facets: &'a [&'a str],
    pub facet_limit: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub case_id: i64,
    pub score: f32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValues {
    pub facet: &'static str,
    /// `(value, count)`, by count then value.
    pub values: Vec<(String, u32)>,
}

pub struct SearchResults {
    pub total: u64,
    pub hits: Vec<Hit>,
    pub facets: Vec<FacetValues>,
    /// What the query matched, for [`SearchIndex::highlight`].
    pub terms: MatchTerms,
}

/// Highlighted HTML (escaped, matches in `<mark>`) for one result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Highlight {
    pub title: String,
    pub text: String,
}

/// The search index of one node.
pub struct SearchIndex {
    root: PathBuf,
    live: RwLock<Arc<Generation>>,
    analysers: Analysers,
}

impl SearchIndex {
    /// Opens the live generation under `root`, or `None` when there is none usable
    /// (never built, or built by an older version): then it must be rebuilt.
    pub fn open(root: &Path) -> Result<Option<SearchIndex>> {
        let Ok(name) = std::fs::read_to_string(root.join(CURRENT)) else {
            return Ok(None);
        };
        match Generation::open(root, name.trim()) {
            Ok(generation) => Ok(Some(Self::with(root, generation))),
            Err(SearchError::Stale(_) | SearchError::Index(_)) => Ok(None),
            Err(other) => Err(other),
        }
    }

    pub fn with(root: &Path, generation: Generation) -> SearchIndex {
        SearchIndex {
            root: root.to_path_buf(),
            live: RwLock::new(Arc::new(generation)),
            analysers: Analysers::default(),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn live(&self) -> Arc<Generation> {
        self.live.read().expect("live lock").clone()
    }

    /// Switches to the generation `CURRENT` names if another process made a new one.
    /// Returns whether it switched; older generations are then deleted.
    pub fn follow_current(&self) -> Result<bool> {
        let name = std::fs::read_to_string(self.root.join(CURRENT))?;
        let name = name.trim();
        if name == self.live().name {
            return Ok(false);
        }
        let next = Arc::new(Generation::open(&self.root, name)?);
        let previous = std::mem::replace(&mut *self.live.write().expect("live lock"), next);
        previous.close_writer()?;
        drop(previous);
        self.remove_other_generations(&[name]);
        Ok(true)
    }

    /// Deletes generation folders other than `keep` (best effort: a folder another process
    /// still reads stays readable until it closes it).
    pub fn remove_other_generations(&self, keep: &[&str]) {
        remove_generations_except(&self.root, keep);
    }

    pub fn seq(&self) -> i64 {
        self.live().seq()
    }

    pub fn num_docs(&self) -> u64 {
        self.live().num_docs()
    }

    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        let generation = self.live();
        let view = generation.view();
        let mut analysers = self.analysers.clone();
        let compiled = matching::compile(
            request.query,
            &generation.fields,
            &view.searcher,
            &mut analysers,
        );
        let sort = match request.sort {
            Sort::Relevance if request.query.is_empty() || request.query.only_exclusions() => {
                Sort::Newest
            }
            sort => sort,
        };
        let counted: Vec<usize> = request
            .facets
            .iter()
            .filter_map(|name| facet_index(name))
            .collect();
        let plan = FilterPlan::new(
            &view.interner,
            &selections(&view.interner, request.filter),
            &counted,
        );
        let harvest: Harvest = view.searcher.search(
            &*compiled.query,
            &FacetCollector {
                segments: view.segments.clone(),
                plan: Arc::new(plan),
                sort,
                keep: request.offset + request.limit,
            },
        )?;
        let facets = counted
            .into_iter()
            .map(|facet| {
                let mut values: Vec<(String, u32)> = view
                    .interner
                    .values_of(facet)
                    .map(|(id, value)| (value.to_string(), harvest.counts[id as usize]))
                    .filter(|(_, count)| *count > 0)
                    .collect();
                values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                values.truncate(request.facet_limit);
                FacetValues {
                    facet: FACETS[facet],
                    values,
                }
            })
            .collect();
        Ok(SearchResults {
            total: harvest.total,
            hits: harvest
                .top
                .iter()
                .skip(request.offset)
                .map(|r| Hit {
                    case_id: r.case_id as i64,
                    score: r.score,
                })
                .collect(),
            facets,
            terms: compiled.terms,
        })
    }

    /// Highlights a result's title and the best passage of its summary texts (the pitch,
    /// else the overview).
    pub fn highlight(&self, case: &Case, terms: &MatchTerms) -> Highlight {
        const SNIPPET_CHARS: usize = 220;
        let mut analysers = self.analysers.clone();
        let lang = case.language.as_str();
        let mut mark = |text: &str| matching::marks(text, lang, terms, &mut analysers);
        let title = crate::highlight::mark_all(&case.title, &mark(&case.title));
        let text = [case.pitch.as_str(), case.overview.as_str()]
            .into_iter()
            .find_map(|candidate| {
                let marks = mark(candidate);
                (!marks.is_empty())
                    .then(|| crate::highlight::snippet(candidate, &marks, SNIPPET_CHARS))
            })
            .unwrap_or_else(|| crate::highlight::snippet(&case.pitch, &[], SNIPPET_CHARS));
        Highlight { title, text }
    }

    /// Cases whose title has the words typed so far, the last one possibly unfinished.
    pub fn suggest(&self, input: &str, limit: usize) -> Result<Vec<i64>> {
        let generation = self.live();
        let view = generation.view();
        let mut analysers = self.analysers.clone();
        let mut words = terms(&mut analysers.fold, input);
        let Some(last) = words.pop() else {
            return Ok(Vec::new());
        };
        let title = generation.fields.folded(Part::Title);
        let mut must: Vec<(Occur, Box<dyn Query>)> = words
            .iter()
            .map(|w| (Occur::Must, term(title, w)))
            .collect();
        let finished = input.ends_with(char::is_whitespace);
        let completions: Vec<(Occur, Box<dyn Query>)> = if finished {
            vec![(Occur::Should, term(title, &last))]
        } else {
            prefix_terms(&view.searcher, title, &last, 64)
                .iter()
                .map(|t| (Occur::Should, term(title, t)))
                .collect()
        };
        if completions.is_empty() {
            return Ok(Vec::new());
        }
        must.push((Occur::Must, Box::new(BooleanQuery::new(completions))));
        self.ranked(&view, Box::new(BooleanQuery::new(must)), limit)
    }

    /// Cases most like `case` (stored under `case_id`) by text and vocabularies.
    pub fn similar(&self, case_id: i64, case: &Case, limit: usize) -> Result<Vec<i64>> {
        let generation = self.live();
        let view = generation.view();
        let fields = &generation.fields;
        let body = [case.overview.as_str()]
            .into_iter()
            .chain(case.story.sections().into_iter().filter_map(|(_, _, t)| t))
            .collect::<Vec<_>>()
            .join("\n");
        let text = |part: Part, value: &str| {
            (
                fields.folded(part),
                vec![OwnedValue::Str(value.to_string())],
            )
        };
        let like = MoreLikeThisQuery::builder()
            .with_min_doc_frequency(2)
            .with_max_doc_frequency((view.searcher.num_docs() / 5).max(2))
            .with_min_term_frequency(1)
            .with_min_word_length(3)
            .with_max_query_terms(30)
            .with_document_fields(vec![
                text(Part::Title, &case.title),
                text(Part::Pitch, &case.pitch),
                text(Part::Body, &body),
            ]);
        let mut should: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Should, Box::new(like))];
        for (field, value) in observa_store::query::case_values(case) {
            let boost = match field {
                "technology" | "sector" => 2.0,
                "tag" | "innovation_facet" => 1.5,
                "country" | "region" => 0.5,
                _ => continue,
            };
            should.push((
                Occur::Should,
                Box::new(BoostQuery::new(
                    term(fields.values, &format!("{field}:{value}")),
                    boost,
                )),
            ));
        }
        let query = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(BooleanQuery::new(should)) as Box<dyn Query>,
            ),
            (
                Occur::MustNot,
                Box::new(TermQuery::new(
                    Term::from_field_u64(fields.id, case_id as u64),
                    IndexRecordOption::Basic,
                )),
            ),
        ]);
        self.ranked(&view, Box::new(query), limit)
    }

    fn ranked(&self, view: &View, query: Box<dyn Query>, limit: usize) -> Result<Vec<i64>> {
        let harvest = view.searcher.search(
            &*query,
            &FacetCollector {
                segments: view.segments.clone(),
                plan: Arc::new(FilterPlan::new(&view.interner, &[], &[])),
                sort: Sort::Relevance,
                keep: limit,
            },
        )?;
        Ok(harvest.top.iter().map(|r| r.case_id as i64).collect())
    }
}

fn term(field: tantivy::schema::Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

/// Up to `max` terms of `field` starting with `prefix`, across segments.
fn prefix_terms(
    searcher: &Searcher,
    field: tantivy::schema::Field,
    prefix: &str,
    max: usize,
) -> Vec<String> {
    let mut upper = prefix.as_bytes().to_vec();
    upper.push(0xFF);
    let mut found: Vec<String> = Vec::new();
    for segment in searcher.segment_readers() {
        let Ok(index) = segment.inverted_index(field) else {
            continue;
        };
        let Ok(mut stream) = index.terms().range().ge(prefix).lt(&upper).into_stream() else {
            continue;
        };
        while stream.advance() && found.len() < max {
            if let Ok(t) = std::str::from_utf8(stream.key())
                && !found.iter().any(|f| f == t)
            {
                found.push(t.to_string());
            }
        }
    }
    found
}

/// The facet filters as value ids per facet: each field of the filter and the year range.
fn selections(interner: &Interner, filter: &CaseFilter) -> Vec<(usize, Vec<u32>)> {
    let mut out: Vec<(usize, Vec<u32>)> = filter
        .value_conditions()
        .into_iter()
        .filter_map(|(field, values)| {
            let facet = facet_index(field)?;
            Some((
                facet,
                values
                    .iter()
                    .filter_map(|v| interner.get(field, v))
                    .collect(),
            ))
        })
        .collect();
    if filter.year_from.is_some() || filter.year_to.is_some() {
        let facet = facet_index("year").expect("year is a facet");
        let from = filter.year_from.unwrap_or(i32::MIN);
        let to = filter.year_to.unwrap_or(i32::MAX);
        let years = interner
            .values_of(facet)
            .filter(|(_, v)| v.parse::<i32>().is_ok_and(|y| (from..=to).contains(&y)))
            .map(|(id, _)| id)
            .collect();
        out.push((facet, years));
    }
    out
}

/// Deletes generation folders under `root` other than `keep`.
pub fn remove_generations_except(root: &Path, keep: &[&str]) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if entry.path().is_dir()
            && name.starts_with('g')
            && !keep.contains(&name.as_str())
            && let Err(e) = std::fs::remove_dir_all(entry.path())
        {
            tracing::warn!("could not remove old index generation {name}: {e}");
        }
    }
}

/// The name of the generation `CURRENT` names, if any.
pub fn current_name(root: &Path) -> Option<String> {
    std::fs::read_to_string(root.join(CURRENT))
        .ok()
        .map(|s| s.trim().to_string())
}
