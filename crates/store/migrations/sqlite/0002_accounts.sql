-- Accounts: email confirmation, the account's language, sessions shared by every server
-- process, single-use email tokens and the mail outbox. Expiry times (`expires_at`,
-- `claimed_until`) are whole seconds since 1970 (UTC) on both backends, so that
-- comparisons with the current time are the same in SQLite and PostgreSQL.

ALTER TABLE users ADD COLUMN confirmed_at TEXT;
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
-- Accounts made before confirmation existed were made by the operator (observa user add).
UPDATE users SET confirmed_at = created_at;

-- A session: only the SHA-256 of its cookie's id is kept; `data` is the session's
-- JSON (the CSRF secret, the signed-in account); `user_id` repeats the account so that
-- a password reset can end every session of it.
CREATE TABLE sessions (
    id_hash       TEXT PRIMARY KEY,
    user_id       INTEGER REFERENCES users (id) ON DELETE CASCADE,
    data          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    last_seen_at  TEXT NOT NULL,
    expires_at    INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Links sent by email (`confirm` an address, `reset` a password): only the SHA-256 of
-- the token is kept; using one deletes it.
CREATE TABLE email_tokens (
    token_hash  TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX email_tokens_user ON email_tokens (user_id, purpose);

-- Every email the site writes, in the transaction of what caused it. With SMTP
-- configured a sender delivers pending ones (claiming each for a while, so that several
-- processes do not send it twice) and forgets the body once sent; without SMTP they stay
-- here for administrators to read.
CREATE TABLE mail_outbox (
    id             INTEGER PRIMARY KEY,
    recipient      TEXT NOT NULL,
    subject        TEXT NOT NULL,
    body           TEXT,
    created_at     TEXT NOT NULL,
    attempts       INTEGER NOT NULL DEFAULT 0,
    claimed_until  INTEGER,
    sent_at        TEXT,
    last_error     TEXT
);
CREATE INDEX mail_outbox_pending ON mail_outbox (sent_at, id);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
