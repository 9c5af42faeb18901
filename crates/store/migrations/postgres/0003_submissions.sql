-- Contributions: files uploaded to cases (stored under the data directory by the SHA-256
-- of their content; this table says what each one is and who sent it first) and the
-- invitations a case's owner sends to collaborators (only the SHA-256 of each emailed
-- token is kept). `expires_at` is whole seconds since 1970 (UTC), as for email tokens.

CREATE TABLE media (
    hash         TEXT PRIMARY KEY,
    media_type   TEXT NOT NULL,
    extension    TEXT NOT NULL,
    size         BIGINT NOT NULL,
    uploaded_by  BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE case_invitations (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    email        TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    invited_by   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   BIGINT NOT NULL,
    -- pending, accepted or withdrawn (a pending one past expires_at has expired)
    state        TEXT NOT NULL DEFAULT 'pending',
    accepted_by  BIGINT REFERENCES users (id) ON DELETE SET NULL,
    decided_at   TIMESTAMPTZ
);
CREATE INDEX case_invitations_case ON case_invitations (case_id, id);
