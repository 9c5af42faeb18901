//! Observa's search: a tantivy index per node, fed from the SQL outbox.
//!
//! SQL holds the records and decides what is public; the index is a copy that can be
//! rebuilt at any time (`observa reindex`). It answers with case ids, scores, exact
//! disjunctive facet counts and the terms to highlight; callers load the records from SQL.
//!
//! - [`query`] parses what people type; [`matching`] turns it into a tantivy query.
//! - [`analysis`] holds the per-language analysers; [`schema`] the fields and documents.
//! - [`facets`] counts facets and ranks in one pass; [`highlight`] cuts snippets.
//! - [`index`] manages generations and runs searches; [`indexer`] keeps them in step.

pub mod analysis;
pub mod facets;
pub mod highlight;
pub mod index;
pub mod indexer;
pub mod matching;
pub mod query;
pub mod schema;

#[cfg(test)]
mod tests;

pub use facets::{FACETS, Sort};
pub use index::{FacetValues, Highlight, Hit, SearchIndex, SearchRequest, SearchResults};
pub use indexer::{Follower, open_or_rebuild, rebuild};
pub use matching::MatchTerms;
pub use query::{QueryError, UserQuery, parse};

/// What can go wrong in the search layer.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index error: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("search index folder error: {0}")]
    Folder(#[from] tantivy::directory::error::OpenDirectoryError),
    #[error("search index file error: {0}")]
    Io(#[from] std::io::Error),
    #[error("reading the database for the index: {0}")]
    Store(#[from] observa_store::StoreError),
    #[error("index generation {0} was built by another version and must be rebuilt")]
    Stale(String),
    #[error("commit payload: {0}")]
    Payload(#[from] serde_json::Error),
    #[error("indexing task failed: {0}")]
    Task(String),
}

pub type Result<T, E = SearchError> = std::result::Result<T, E>;
