-- Observa's schema on SQLite. Each record's canonical form is its JSON document in
-- `record`; the other columns and `case_values` are projections of it, written in the
-- same statement, for filtering and counting. `cases` holds the current version of each
-- case (written by `written_by` at `written_at`); `case_revisions` every earlier one.

CREATE TABLE users (
    id             INTEGER PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name   TEXT NOT NULL,
    role           TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    created_at     TEXT NOT NULL
);

CREATE TABLE cases (
    id                INTEGER PRIMARY KEY,
    slug              TEXT NOT NULL UNIQUE,
    status            TEXT NOT NULL,
    title             TEXT NOT NULL,
    language          TEXT NOT NULL,
    year_launched     INTEGER,
    source_dataset    TEXT,
    source_record_id  TEXT,
    record            TEXT NOT NULL,
    revision          INTEGER NOT NULL,
    written_by        INTEGER REFERENCES users (id),
    written_at        TEXT NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    published_at      TEXT
);
CREATE UNIQUE INDEX cases_source ON cases (source_dataset, source_record_id)
    WHERE source_dataset IS NOT NULL;
CREATE INDEX cases_public ON cases (status, published_at, id);

CREATE TABLE case_values (
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    field    TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (case_id, field, value)
);
CREATE INDEX case_values_lookup ON case_values (field, value, case_id);

CREATE TABLE case_revisions (
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    revision    INTEGER NOT NULL,
    author_id   INTEGER REFERENCES users (id),
    created_at  TEXT NOT NULL,
    record      TEXT NOT NULL,
    PRIMARY KEY (case_id, revision)
);

CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE publications (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    year        INTEGER NOT NULL,
    record      TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE toolkits (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    record      TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE calls (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    opens       TEXT NOT NULL,
    closes      TEXT NOT NULL,
    record      TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE terms (
    kind        TEXT NOT NULL,
    slug        TEXT NOT NULL,
    parent      TEXT,
    record      TEXT NOT NULL,
    PRIMARY KEY (kind, slug)
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor_id    INTEGER REFERENCES users (id),
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    detail      TEXT NOT NULL
);
