//! Near-duplicate detection: a text is normalised (lower-cased, accents folded, words only)
//! and cut into overlapping word shingles (3 words by default); a MinHash signature of
//! about 128 hashes is split into LSH bands, and two texts sharing any band become candidates, which
//! are then confirmed by the exact Jaccard similarity of their shingle sets (shingles are
//! kept as 64-bit hashes). Use [`DuplicateIndex::find`] for one draft against a library (at
//! import or submission) and [`DuplicateIndex::pairs`] for an editor's report over the
//! whole library. Hashing is our own (FNV-1a and SplitMix64), so signatures are stable
//! across runs, platforms and Rust versions. No I/O.

use std::collections::{BTreeSet, HashMap};

use crate::text::fold;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DuplicateConfig {
    /// Words per shingle.
    pub shingle_words: usize,
    /// MinHash signature length; must equal `bands × rows`.
    pub bands: usize,
    pub rows: usize,
    /// Smallest exact Jaccard similarity for a pair to count as duplicates.
    pub threshold: f64,
}

impl Default for DuplicateConfig {
    /// 3-word shingles, confirmed at Jaccard ≥ 0.5, banded by [`DuplicateConfig::for_threshold`].
    fn default() -> Self {
        DuplicateConfig::for_threshold(0.5)
    }
}

impl DuplicateConfig {
    /// 3-word shingles and about 128 hashes, banded so that a pair at the threshold becomes
    /// a candidate with probability ≥ 0.92 (for thresholds from 0.2): 64 bands of 2 rows
    /// below 0.45, 42 bands of 3 below 0.65, 32 bands of 4 above. At 0.5, for example, a
    /// pair becomes a candidate with probability 0.996, one at 0.2 with 0.29.
    pub fn for_threshold(threshold: f64) -> DuplicateConfig {
        let (bands, rows) = if threshold < 0.45 {
            (64, 2)
        } else if threshold < 0.65 {
            (42, 3)
        } else {
            (32, 4)
        };
        DuplicateConfig {
            shingle_words: 3,
            bands,
            rows,
            threshold,
        }
    }

    /// The probability that a pair of Jaccard similarity `s` becomes a candidate.
    pub fn candidate_probability(&self, s: f64) -> f64 {
        1.0 - (1.0 - s.powi(self.rows as i32)).powi(self.bands as i32)
    }
}

/// Normalised words: lower-cased, accents folded, split on anything but letters and digits.
fn words(text: &str) -> Vec<String> {
    fold(&text.to_lowercase())
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn fnv1a(bytes: &[u8], seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// The set of shingle hashes of a text, sorted. A text shorter than one shingle is one
/// shingle of all its words; an empty text has none.
pub fn shingles(text: &str, shingle_words: usize) -> Vec<u64> {
    let words = words(text);
    let n = shingle_words.max(1);
    let mut set: Vec<u64> = if words.len() < n {
        if words.is_empty() {
            vec![]
        } else {
            vec![fnv1a(words.join(" ").as_bytes(), 0)]
        }
    } else {
        words
            .windows(n)
            .map(|w| fnv1a(w.join(" ").as_bytes(), 0))
            .collect()
    };
    set.sort_unstable();
    set.dedup();
    set
}

/// The exact Jaccard similarity of two sorted sets.
pub fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / (a.len() + b.len() - common) as f64
}

/// The MinHash signature of a shingle set: for each of `len` hash functions, the least
/// hash over the set.
pub fn signature(shingles: &[u64], len: usize) -> Vec<u64> {
    let seeds: Vec<u64> = (1..=len as u64).map(splitmix).collect();
    let mut sig = vec![u64::MAX; len];
    for &s in shingles {
        for (slot, seed) in sig.iter_mut().zip(&seeds) {
            let h = splitmix(s ^ seed);
            if h < *slot {
                *slot = h;
            }
        }
    }
    sig
}

/// A duplicate found: the other text's id and the exact Jaccard similarity.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub id: String,
    pub similarity: f64,
}

/// A pair of likely duplicates within an index (`a` was inserted before `b`).
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub a: String,
    pub b: String,
    pub similarity: f64,
}

struct Entry {
    id: String,
    shingles: Vec<u64>,
}

/// Texts indexed by MinHash bands.
pub struct DuplicateIndex {
    config: DuplicateConfig,
    entries: Vec<Entry>,
    buckets: HashMap<(u16, u64), Vec<u32>>,
}

impl DuplicateIndex {
    pub fn new(config: DuplicateConfig) -> DuplicateIndex {
        assert!(
            config.bands >= 1 && config.rows >= 1,
            "bands and rows must be positive"
        );
        DuplicateIndex {
            config,
            entries: vec![],
            buckets: HashMap::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn band_keys(&self, shingles: &[u64]) -> Vec<(u16, u64)> {
        if shingles.is_empty() {
            return vec![];
        }
        let sig = signature(shingles, self.config.bands * self.config.rows);
        sig.chunks(self.config.rows)
            .enumerate()
            .map(|(b, rows)| {
                let h = rows.iter().fold(b as u64, |acc, &r| splitmix(acc ^ r));
                (b as u16, h)
            })
            .collect()
    }

    /// Adds a text under an id.
    pub fn insert(&mut self, id: impl Into<String>, text: &str) {
        let shingles = shingles(text, self.config.shingle_words);
        let position = self.entries.len() as u32;
        for key in self.band_keys(&shingles) {
            self.buckets.entry(key).or_default().push(position);
        }
        self.entries.push(Entry {
            id: id.into(),
            shingles,
        });
    }

    fn candidates(&self, keys: &[(u16, u64)]) -> BTreeSet<u32> {
        keys.iter()
            .filter_map(|k| self.buckets.get(k))
            .flatten()
            .copied()
            .collect()
    }

    /// The indexed texts that duplicate `text`, most similar first.
    pub fn find(&self, text: &str) -> Vec<Match> {
        let shingles = shingles(text, self.config.shingle_words);
        let mut found: Vec<Match> = self
            .candidates(&self.band_keys(&shingles))
            .into_iter()
            .filter_map(|p| {
                let entry = &self.entries[p as usize];
                let similarity = jaccard(&shingles, &entry.shingles);
                (similarity >= self.config.threshold).then(|| Match {
                    id: entry.id.clone(),
                    similarity,
                })
            })
            .collect();
        found.sort_by(|a, b| {
            b.similarity
                .total_cmp(&a.similarity)
                .then_with(|| a.id.cmp(&b.id))
        });
        found
    }

    /// Every pair of indexed texts that are duplicates, most similar first.
    pub fn pairs(&self) -> Vec<Pair> {
        let mut seen: BTreeSet<(u32, u32)> = BTreeSet::new();
        for bucket in self.buckets.values() {
            for (i, &a) in bucket.iter().enumerate() {
                for &b in &bucket[i + 1..] {
                    seen.insert((a.min(b), a.max(b)));
                }
            }
        }
        let mut pairs: Vec<Pair> = seen
            .into_iter()
            .filter_map(|(a, b)| {
                let (ea, eb) = (&self.entries[a as usize], &self.entries[b as usize]);
                let similarity = jaccard(&ea.shingles, &eb.shingles);
                (similarity >= self.config.threshold).then(|| Pair {
                    a: ea.id.clone(),
                    b: eb.id.clone(),
                    similarity,
                })
            })
            .collect();
        pairs.sort_by(|x, y| {
            y.similarity
                .total_cmp(&x.similarity)
                .then_with(|| (&x.a, &x.b).cmp(&(&y.a, &y.b)))
        });
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const ORIGINAL: &str = "The city council deployed a chatbot that answers residents' questions about \
        building permits, waste collection and parking, in four languages, around the clock, and \
        hands difficult questions to a civil servant during office hours.";

    #[test]
    fn finds_an_edited_copy_and_not_an_unrelated_text() {
        let mut index = DuplicateIndex::new(DuplicateConfig::default());
        index.insert("original", ORIGINAL);
        index.insert(
            "other",
            "A blockchain registry records land titles so that notaries and banks can check \
             ownership without paper certificates or visits to the land office.",
        );
        let edited = ORIGINAL
            .replace("four languages", "five languages")
            .replace("The city", "Our city");
        let found = index.find(&edited);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].id, "original");
        assert!(found[0].similarity > 0.6 && found[0].similarity < 1.0);
        assert!(
            index
                .find("Something else entirely about quantum sensors in forests")
                .is_empty()
        );
        assert!(index.find("").is_empty());
    }

    #[test]
    fn normalisation_ignores_case_accents_and_punctuation() {
        assert_eq!(
            shingles("Innovación pública, abierta!", 3),
            shingles("innovacion   PUBLICA abierta", 3)
        );
        assert_eq!(shingles("two words", 3).len(), 1);
        assert!(shingles(" ,. ", 3).is_empty());
    }

    #[test]
    fn pairs_reports_each_pair_once() {
        let mut index = DuplicateIndex::new(DuplicateConfig::default());
        index.insert("a", ORIGINAL);
        index.insert("b", ORIGINAL);
        index.insert("c", &ORIGINAL.replace("parking", "street parking"));
        index.insert(
            "d",
            "Quantum computers schedule trains for the national railway operator.",
        );
        let pairs = index.pairs();
        let names: Vec<(&str, &str)> = pairs.iter().map(|p| (p.a.as_str(), p.b.as_str())).collect();
        assert_eq!(names, [("a", "b"), ("a", "c"), ("b", "c")]);
        assert_eq!(pairs[0].similarity, 1.0);
    }

    #[test]
    fn candidate_probability_is_an_s_curve() {
        let c = DuplicateConfig::default();
        assert!(c.candidate_probability(0.1) < 0.05);
        assert!(c.candidate_probability(0.5) > 0.99);
        for t in [0.2, 0.3, 0.44, 0.45, 0.6, 0.64, 0.65, 0.8, 0.9] {
            let c = DuplicateConfig::for_threshold(t);
            assert!(
                c.candidate_probability(t) >= 0.92,
                "{t}: {}",
                c.candidate_probability(t)
            );
            assert!((120..=128).contains(&(c.bands * c.rows)));
        }
    }

    proptest! {
        #[test]
        fn jaccard_is_symmetric_bounded_and_one_on_itself(
            a in proptest::collection::vec("[a-e]{1,3}", 0..40),
            b in proptest::collection::vec("[a-e]{1,3}", 0..40),
        ) {
            let (sa, sb) = (shingles(&a.join(" "), 2), shingles(&b.join(" "), 2));
            let j = jaccard(&sa, &sb);
            prop_assert!((0.0..=1.0).contains(&j));
            prop_assert_eq!(j, jaccard(&sb, &sa));
            if !sa.is_empty() {
                prop_assert_eq!(jaccard(&sa, &sa), 1.0);
            }
        }

        #[test]
        fn minhash_agreement_estimates_jaccard(
            common in 20usize..200, only_a in 0usize..200, only_b in 0usize..200,
        ) {
            let set = |range: std::ops::Range<usize>| -> Vec<u64> {
                let mut v: Vec<u64> = range.map(|i| splitmix(i as u64)).collect();
                v.sort_unstable();
                v
            };
            let mut a = set(0..common + only_a);
            let mut b = set(0..common);
            b.extend(set(10_000..10_000 + only_b));
            b.sort_unstable();
            a.dedup();
            let exact = jaccard(&a, &b);
            let (sa, sb) = (signature(&a, 256), signature(&b, 256));
            let agree = sa.iter().zip(&sb).filter(|(x, y)| x == y).count() as f64 / 256.0;
            // 256 hashes: the standard error is at most 1/32; allow four of them.
            prop_assert!((agree - exact).abs() < 0.125, "estimate {} exact {}", agree, exact);
        }
    }
}
