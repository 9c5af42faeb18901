-- Observa's schema on PostgreSQL. Each record's canonical form is its JSON document in
-- `record`; the other columns and `case_values` are projections of it, written in the
-- same statement, for filtering and counting. `cases` holds the current version of each
-- case (written by `written_by` at `written_at`); `case_revisions` every earlier one.

CREATE TABLE users (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email          TEXT NOT NULL,
    display_name   TEXT NOT NULL,
    role           TEXT NOT NULL,
    password_hash  TEXT NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX users_email ON users (lower(email));

CREATE TABLE cases (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug              TEXT NOT NULL UNIQUE,
    status            TEXT NOT NULL,
    title             TEXT NOT NULL,
    language          TEXT NOT NULL,
    year_launched     BIGINT,
    source_dataset    TEXT,
    source_record_id  TEXT,
    record            TEXT NOT NULL,
    revision          BIGINT NOT NULL,
    written_by        BIGINT REFERENCES users (id),
    written_at        TIMESTAMPTZ NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    published_at      TIMESTAMPTZ
);
CREATE UNIQUE INDEX cases_source ON cases (source_dataset, source_record_id)
    WHERE source_dataset IS NOT NULL;
CREATE INDEX cases_public ON cases (status, published_at, id);

CREATE TABLE case_values (
    case_id  BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    field    TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (case_id, field, value)
);
CREATE INDEX case_values_lookup ON case_values (field, value, case_id);

CREATE TABLE case_revisions (
    case_id     BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    revision    BIGINT NOT NULL,
    author_id   BIGINT REFERENCES users (id),
    created_at  TIMESTAMPTZ NOT NULL,
    record      TEXT NOT NULL,
    PRIMARY KEY (case_id, revision)
);

CREATE TABLE outbox (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity      TEXT NOT NULL,
    entity_id   BIGINT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE publications (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    year        BIGINT NOT NULL,
    record      TEXT NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE toolkits (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    record      TEXT NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE calls (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    opens       DATE NOT NULL,
    closes      DATE NOT NULL,
    record      TEXT NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE terms (
    kind        TEXT NOT NULL,
    slug        TEXT NOT NULL,
    parent      TEXT,
    record      TEXT NOT NULL,
    PRIMARY KEY (kind, slug)
);

CREATE TABLE audit_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    actor_id    BIGINT REFERENCES users (id),
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   BIGINT NOT NULL,
    detail      TEXT NOT NULL
);
