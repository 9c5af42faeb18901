//! Observa's domain: the records an observatory keeps (cases, publications, toolkits,
//! calls for innovations, users), their vocabularies, validation rules and workflow.
//!
//! Pure data and rules: nothing here does I/O or is async. Errors are
//! [`ValidationErrors`] (field-level problems with a record) and [`UnknownValue`]
//! (a value outside a closed vocabulary).

#![forbid(unsafe_code)]

pub mod call;
pub mod case;
pub mod country;
pub mod demo;
pub mod diff;
pub mod lang;
pub mod publication;
pub mod slug;
pub mod terms;
pub mod toolkit;
pub mod trend;
pub mod user;
pub mod validate;
pub mod vocab;

pub use call::{Call, CallState};
pub use case::{Case, CaseSource, Link, Media, Organisation, Provenance, Story, Translation};
pub use country::CountryCode;
pub use country::Region;
pub use diff::{FieldChange, Segment, diff};
pub use lang::{Labels, Lang};
pub use publication::Publication;
pub use terms::{Term, TermKind};
pub use toolkit::Toolkit;
pub use trend::NamedTrend;
pub use user::{Role, User};
pub use validate::{FieldError, ValidationErrors};
pub use vocab::{
    CaseStatus, GovLevel, InnovationFacet, Lifecycle, OrgType, Sector, Stage, UnknownValue,
    Vocabulary,
};
