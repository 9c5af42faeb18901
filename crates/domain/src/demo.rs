//! Deterministic synthetic demo corpus (see generator).
