-- Editorial review: editors' comments to authors (with the acceptance checklist ticked
-- for the decision they came with), notifications on the people's dashboards, requests
-- to withdraw a published case, and the projections the editors' queue filters on.

-- A comment to the case's authors; `decision` is the step it came with (a status such
-- as `changes_requested`, or `withdrawal_declined`), `checklist` the JSON list of the
-- acceptance criteria the editor ticked.
CREATE TABLE review_comments (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    author_id   BIGINT REFERENCES users (id),
    decision    TEXT,
    body        TEXT NOT NULL,
    checklist   TEXT NOT NULL DEFAULT '[]',
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX review_comments_case ON review_comments (case_id, id);

-- What someone should know about a case (a decision, a withdrawal request); `message`
-- is the editor's comment or the author's reason (Markdown), `read_at` set once read.
CREATE TABLE notifications (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    case_id     BIGINT REFERENCES cases (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    message     TEXT NOT NULL DEFAULT '',
    created_at  TIMESTAMPTZ NOT NULL,
    read_at     TIMESTAMPTZ
);
CREATE INDEX notifications_user ON notifications (user_id, id);

-- An author's request to withdraw a published case: open while `outcome` is NULL
-- (at most one open request a case), then `withdrawn` or `declined`.
CREATE TABLE withdrawal_requests (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id       BIGINT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    requested_by  BIGINT NOT NULL REFERENCES users (id),
    reason        TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    outcome       TEXT,
    decided_by    BIGINT REFERENCES users (id),
    decided_at    TIMESTAMPTZ
);
CREATE UNIQUE INDEX withdrawal_requests_open ON withdrawal_requests (case_id) WHERE outcome IS NULL;

-- The queue lists cases by status, oldest change first.
CREATE INDEX cases_queue ON cases (status, written_at, id);
-- The audit log is read newest first, by action.
CREATE INDEX audit_log_action ON audit_log (action, id);
