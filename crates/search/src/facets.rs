//! Exact disjunctive facet counts and the ranked page, in one pass over the matching
//! documents.
//!
//! Each segment's facet values are read once from the `values` fast column into flat
//! arrays of interned value ids (segments never change, so this is cached by segment id).
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
pub const FACETS: [&str; 10] = [
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

/// One segment's documents as flat arrays, indexed by segment-local doc id.
pub struct SegmentData {
    offsets: Vec<u32>,
    values: Vec<u32>,
    pub case_id: Vec<u64>,
    published: Vec<i64>,
    year: Vec<i64>,
}

impl SegmentData {
    pub fn load(segment: &SegmentReader, interner: &mut Interner) -> tantivy::Result<SegmentData> {
        let fast = segment.fast_fields();
        let max_doc = segment.max_doc();
        let mut offsets = Vec::with_capacity(max_doc as usize + 1);
        let mut values = Vec::new();
        offsets.push(0);
        match fast.str("values")? {
            Some(column) => {
                let mut ord_to_id = Vec::with_capacity(column.num_terms());
                let mut terms = column.dictionary().stream()?;
                while terms.advance() {
                    let key = String::from_utf8_lossy(terms.key());
                    ord_to_id.push(interner.intern(&key));
                }
                for doc in 0..max_doc {
                    values.extend(
                        column
                            .term_ords(doc)
                            .filter_map(|ord| ord_to_id[ord as usize]),
                    );
                    offsets.push(values.len() as u32);
                }
            }
            None => offsets.resize(max_doc as usize + 1, 0),
        }
        let column = |name: &str| -> tantivy::Result<Vec<i64>> {
            let col = fast.i64(name)?;
            Ok((0..max_doc).map(|d| col.first(d).unwrap_or(0)).collect())
        };
        let ids = fast.u64("id")?;
        Ok(SegmentData {
            offsets,
            values,
            case_id: (0..max_doc).map(|d| ids.first(d).unwrap_or(0)).collect(),
            published: column("published")?,
            year: column("year")?,
        })
    }

    fn values(&self, doc: DocId) -> &[u32] {
        let d = doc as usize;
        &self.values[self.offsets[d] as usize..self.offsets[d + 1] as usize]
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

/// The facet filters of one search, as bit masks over interned value ids.
pub struct FilterPlan {
    /// For each value id: its facet's bit if the value is selected, else 0.
    selected: Vec<u16>,
    /// For each value id: its facet's bit.
    facet_bit: Vec<u16>,
    /// The facets that have a filter.
    active: u16,
}

impl FilterPlan {
    /// `selected` lists, per facet index, the value ids a document may have to pass.
    pub fn new(interner: &Interner, selected: &[(usize, Vec<u32>)]) -> FilterPlan {
        let facet_bit: Vec<u16> = interner.entries.iter().map(|(f, _)| 1 << f).collect();
        let mut plan = FilterPlan {
            selected: vec![0; interner.len()],
            facet_bit,
            active: 0,
        };
        for (facet, ids) in selected {
            plan.active |= 1 << facet;
            for &id in ids {
                plan.selected[id as usize] = 1 << facet;
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
            total: 0,
            counts: vec![0; self.plan.selected.len()],
            heap: BinaryHeap::with_capacity(self.keep + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        self.sort == Sort::Relevance
    }

    fn merge_fruits(&self, fruits: Vec<Harvest>) -> tantivy::Result<Harvest> {
        let mut merged = Harvest {
            total: 0,
            counts: vec![0; self.plan.selected.len()],
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

pub struct SegmentFacetCollector {
    data: Arc<SegmentData>,
    plan: Arc<FilterPlan>,
    sort: Sort,
    keep: usize,
    total: u64,
    counts: Vec<u32>,
    heap: BinaryHeap<Ranked>,
}

impl SegmentCollector for SegmentFacetCollector {
    type Fruit = Harvest;

    fn collect(&mut self, doc: DocId, score: Score) {
        let plan = &*self.plan;
        let values = self.data.values(doc);
        let passed = values
            .iter()
            .fold(0, |acc, &v| acc | plan.selected[v as usize]);
        let failed = plan.active & !passed;
        if failed == 0 {
            values.iter().for_each(|&v| self.counts[v as usize] += 1);
            self.total += 1;
            if self.keep > 0 {
                let d = doc as usize;
                let primary = match self.sort {
                    Sort::Relevance => f64::from(score),
                    Sort::Newest => self.data.published[d] as f64,
                    Sort::Year => self.data.year[d] as f64 * 1e10 + self.data.published[d] as f64,
                };
                let ranked = Ranked {
                    case_id: self.data.case_id[d],
                    score,
                    primary,
                };
                if self.heap.len() < self.keep {
                    self.heap.push(ranked);
                } else if self.heap.peek().is_some_and(|worst| ranked < *worst) {
                    self.heap.pop();
                    self.heap.push(ranked);
                }
            }
        } else if failed.is_power_of_two() {
            for &v in values {
                if plan.facet_bit[v as usize] == failed {
                    self.counts[v as usize] += 1;
                }
            }
        }
    }

    fn harvest(self) -> Harvest {
        Harvest {
            total: self.total,
            counts: self.counts,
            top: self.heap.into_vec(),
        }
    }
}
