-- Contributions: files uploaded to cases (stored under the data directory by the SHA-256
-- of their content; this table says what each one is and who sent it first) and the
-- invitations a case's owner sends to collaborators (only the SHA-256 of each emailed
-- token is kept). `expires_at` is whole seconds since 1970 (UTC), as for email tokens.

CREATE TABLE media (
    hash         TEXT PRIMARY KEY,
    media_type   TEXT NOT NULL,
    extension    TEXT NOT NULL,
    size         INTEGER NOT NULL,
    uploaded_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL
);

CREATE TABLE case_invitations (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    email        TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    invited_by   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL,
    expires_at   INTEGER NOT NULL,
    -- pending, accepted or withdrawn (a pending one past expires_at has expired)
    state        TEXT NOT NULL DEFAULT 'pending',
    accepted_by  INTEGER REFERENCES users (id) ON DELETE SET NULL,
    decided_at   TEXT
);
CREATE INDEX case_invitations_case ON case_invitations (case_id, id);
