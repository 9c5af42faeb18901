//! Observa's analytics: pure functions over case texts and labels, with no I/O, no async and
//! no global state. Every randomised step takes a seed, so the same input and seed always
//! give the same output.
//!
//! - [`text`]: tokenising, stop words, stemming, a pruned vocabulary and sparse TF-IDF vectors;
//! - [`themes`]: theme discovery by spherical k-means, k chosen by silhouette when not given;
//! - [`emerging`]: items whose share of cases grows in recent years beyond chance;
//! - [`suggest`]: sector, technologies, tags and facets suggested for a draft (kNN over TF-IDF);
//! - [`duplicates`]: near-duplicates by MinHash/LSH over word shingles, confirmed by Jaccard;
//! - [`eval`]: held-out evaluation of suggestion and duplicate detection on PSTW releases.
//!
//! Nothing here fails on bad text (an empty text is simply an empty vector), so the crate has
//! no error type; only [`eval`]'s CSV reading returns `csv::Error`.

#![forbid(unsafe_code)]

pub mod duplicates;
pub mod emerging;
pub mod eval;
pub mod suggest;
pub mod text;
pub mod themes;
