//! Exact disjunctive facet counts and the ranked page, in one pass over the matching
//! documents.
//!
//! Each segment's facet values are read once from the `values` fast column into flat
//! arrays of interned value ids (segments never change, so this is cached by segment id).
//! The arrays are kept per facet, so a search only touches the facets it filters or counts.
//! For each document matching the text query, the collector checks which facet filters it
//! fails: a document failing none is a result and counts for every facet; a document
//! failing exactly one facet's filter counts for that facet only, which is what makes
//! choosing one country still show the other countries' counts.

use std::collections::{BinaryHeap, HashMap};
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::index::SegmentId;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// The facets a search counts, in the order the API lists them.
pub const FACETS: [&str; 11] = [
    "country",
    "region",
    "year",
    "sector",
    "stage",
    "technology",
    "tag",
    "level",
    "innovation_facet",
    "organisation_type",
    "call",
];

pub fn facet_index(name: &str) -> Option<usize> {
    FACETS.iter().position(|f| *f == name)
}

/// Every `facet:value` seen in the index, numbered densely.
#[derive(Debug, Clone, Default)]
pub struct Interner {
    ids: HashMap<String, u32>,
    /// For each id: its facet's index in [`FACETS`] and its value.
    entries: Vec<(u8, String)>,
}

impl Interner {
    fn intern(&mut self, key: &str) -> Option<u32> {
        if let Some(&id) = self.ids.get(key) {
            return Some(id);
        }
        let (facet, value) = key.split_once(':')?;
        let facet = facet_index(facet)? as u8;
        let id = self.entries.len() as u32;
        self.entries.push((facet, value.to_string()));
        self.ids.insert(key.to_string(), id);
        Some(id)
    }

    pub fn get(&self, facet: &str, value: &str) -> Option<u32> {
        self.ids.get(&format!("{facet}:{value}")).copied()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn entry(&self, id: u32) -> (usize, &str) {
        let (facet, value) = &self.entries[id as usize];
        (*facet as usize, value)
    }

    /// The ids of one facet's values.
    pub fn values_of(&self, facet: usize) -> impl Iterator<Item = (u32, &str)> {
        self.entries
            .iter()
            .enumerate()
            .filter(move |(_, (f, _))| *f as usize == facet)
            .map(|(id, (_, v))| (id as u32, v.as_str()))
    }
}

/// One facet's values for every document of a segment, as a flat array.
#[derive(Default)]
struct FacetColumn {
    offsets: Vec<u32>,
    values: Vec<u32>,
}

impl FacetColumn {
    #[inline]
    fn of(&self, doc: DocId) -> &[u32] {
        let d = doc as usize;
        &self.values[self.offsets[d] as usize..self.offsets[d + 1] as usize]
    }
}

/// One segment's documents as flat arrays, indexed by segment-local doc id.
pub struct SegmentData {
    /// By facet index (see [`FACETS`]).
    columns: Vec<FacetColumn>,
    pub case_id: Vec<u64>,
    published: Vec<i64>,
    year: Vec<i64>,
}

impl SegmentData {
    pub fn load(segment: &SegmentReader, interner: &mut Interner) -> tantivy::Result<SegmentData> {
        let fast = segment.fast_fields();
        let max_doc = segment.max_doc();
        let mut columns: Vec<FacetColumn> = FACETS.iter().map(|_| FacetColumn::default()).collect();
        for column in &mut columns {
            column.offsets.reserve(max_doc as usize + 1);
            column.offsets.push(0);
        }
        let source = fast.str("values")?;
        let mut ord_to_id = Vec::new();
        if let Some(source) = &source {
            let mut terms = source.dictionary().stream()?;
            while terms.advance() {
                let key = String::from_utf8_lossy(terms.key());
                ord_to_id.push(interner.intern(&key));
            }
        }
        for doc in 0..max_doc {
            if let Some(source) = &source {
                for id in source
                    .term_ords(doc)
                    .filter_map(|ord| ord_to_id[ord as usize])
                {
                    columns[interner.entry(id).0].values.push(id);
                }
            }
            for column in &mut columns {
                column.offsets.push(column.values.len() as u32);
            }
        }
        let column = |name: &str| -> tantivy::Result<Vec<i64>> {
            let col = fast.i64(name)?;
            Ok((0..max_doc).map(|d| col.first(d).unwrap_or(0)).collect())
        };
        let ids = fast.u64("id")?;
        Ok(SegmentData {
            columns,
            case_id: (0..max_doc).map(|d| ids.first(d).unwrap_or(0)).collect(),
            published: column("published")?,
            year: column("year")?,
        })
    }
}

/// How results are ordered; ties always go to the lower case id, so pages are stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Relevance,
    Newest,
    /// Most recent year launched first, then newest.
    Year,
}

/// The facet filters of one search and the facets it counts.
pub struct FilterPlan {
    /// For each value id: whether a filter selects it.
    selected: Vec<bool>,
    /// The facets that have a filter.
    filtered: Vec<usize>,
    /// The facets to count.
    counted: Vec<usize>,
    /// Number of value ids.
    values: usize,
}

impl FilterPlan {
    /// `selected` lists, per facet index, the value ids a document may have to pass;
    /// `counted` the facets (by index) whose counts are wanted.
    pub fn new(
        interner: &Interner,
        selected: &[(usize, Vec<u32>)],
        counted: &[usize],
    ) -> FilterPlan {
        let mut plan = FilterPlan {
            selected: vec![false; interner.len()],
            filtered: Vec::new(),
            counted: counted.to_vec(),
            values: interner.len(),
        };
        for (facet, ids) in selected {
            if !plan.filtered.contains(facet) {
                plan.filtered.push(*facet);
            }
            for &id in ids {
                plan.selected[id as usize] = true;
            }
        }
        plan
    }
}

/// A result before its record is loaded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    pub case_id: u64,
    pub score: Score,
    primary: f64,
}

impl Eq for Ranked {}
impl Ord for Ranked {
    /// Better results are smaller: higher primary key first, then lower case id.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        other
            .primary
            .total_cmp(&self.primary)
            .then(self.case_id.cmp(&other.case_id))
    }
}
impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

pub struct Harvest {
    pub total: u64,
    /// Per value id.
    pub counts: Vec<u32>,
    /// The best `keep` results, best first.
    pub top: Vec<Ranked>,
}

pub struct FacetCollector {
    pub segments: Arc<HashMap<SegmentId, Arc<SegmentData>>>,
    pub plan: Arc<FilterPlan>,
    pub sort: Sort,
    pub keep: usize,
}

impl Collector for FacetCollector {
    type Fruit = Harvest;
    type Child = SegmentFacetCollector;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        let data = self
            .segments
            .get(&segment.segment_id())
            .cloned()
            .ok_or_else(|| {
                tantivy::TantivyError::InternalError("segment not loaded for facets".into())
            })?;
        Ok(SegmentFacetCollector {
            data,
            plan: self.plan.clone(),
            sort: self.sort,
            keep: self.keep,
            docs: Vec::new(),
            scores: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.sort == Sort::Relevance
    }

    fn merge_fruits(&self, fruits: Vec<Harvest>) -> tantivy::Result<Harvest> {
        let mut merged = Harvest {
            total: 0,
            counts: vec![0; self.plan.values],
            top: Vec::new(),
        };
        for fruit in fruits {
            merged.total += fruit.total;
            merged
                .counts
                .iter_mut()
                .zip(fruit.counts)
                .for_each(|(a, b)| *a += b);
            merged.top.extend(fruit.top);
        }
        merged.top.sort_unstable();
        merged.top.truncate(self.keep);
        Ok(merged)
    }
}

/// Gathers the matching documents of one segment, then filters, counts and ranks them
/// column by column when harvested (tight loops over one facet's arrays at a time).
pub struct SegmentFacetCollector {
    data: Arc<SegmentData>,
    plan: Arc<FilterPlan>,
    sort: Sort,
    keep: usize,
    docs: Vec<DocId>,
    scores: Vec<Score>,
}

/// In `failed`: the document passes every filter / fails two or more.
const PASSES: u8 = u8::MAX;
const FAILS_SEVERAL: u8 = u8::MAX - 1;

impl SegmentCollector for SegmentFacetCollector {
    type Fruit = Harvest;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.docs.push(doc);
        if self.sort == Sort::Relevance {
            self.scores.push(score);
        }
    }

    fn harvest(self) -> Harvest {
        let plan = &*self.plan;
        let data = &*self.data;
        let docs = &self.docs;
        // Which filter each document fails, if any.
        let mut failed = vec![PASSES; docs.len()];
        for &facet in &plan.filtered {
            let column = &data.columns[facet];
            for (state, &doc) in failed.iter_mut().zip(docs) {
                if *state != FAILS_SEVERAL
                    && !column.of(doc).iter().any(|&v| plan.selected[v as usize])
                {
                    *state = if *state == PASSES {
                        facet as u8
                    } else {
                        FAILS_SEVERAL
                    };
                }
            }
        }
        let mut counts = vec![0u32; plan.values];
        for &facet in &plan.counted {
            let column = &data.columns[facet];
            for (&state, &doc) in failed.iter().zip(docs) {
                // A document failing only this facet's own filter still counts here.
                if state == PASSES || usize::from(state) == facet {
                    column.of(doc).iter().for_each(|&v| counts[v as usize] += 1);
                }
            }
        }
        let mut total = 0;
        let mut heap: BinaryHeap<Ranked> = BinaryHeap::with_capacity(self.keep + 1);
        for (i, (&state, &doc)) in failed.iter().zip(docs).enumerate() {
            if state != PASSES {
                continue;
            }
            total += 1;
            if self.keep == 0 {
                continue;
            }
            let d = doc as usize;
            let score = self.scores.get(i).copied().unwrap_or(0.0);
            let primary = match self.sort {
                Sort::Relevance => f64::from(score),
                Sort::Newest => data.published[d] as f64,
                Sort::Year => data.year[d] as f64 * 1e10 + data.published[d] as f64,
            };
            let ranked = Ranked {
                case_id: data.case_id[d],
                score,
                primary,
            };
            if heap.len() < self.keep {
                heap.push(ranked);
            } else if heap.peek().is_some_and(|worst| ranked < *worst) {
                heap.pop();
                heap.push(ranked);
            }
        }
        Harvest {
            total,
            counts,
            top: heap.into_vec(),
        }
    }
}
