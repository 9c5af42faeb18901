-- Calls for innovations and named trends.
--
-- The call a case answered (`provenance.call` in its record) is a projection like its
-- countries and sectors: a `case_values` row with field `call`, which `write_case` keeps up
-- to date (see `query::case_values`). Filters, facet counts and a call's intake by status
-- read it. Cases stored before this migration get theirs from their JSON here.
INSERT OR IGNORE INTO case_values (case_id, field, value)
SELECT id, 'call', json_extract(record, '$.provenance.call')
FROM cases
WHERE json_extract(record, '$.provenance.call') IS NOT NULL
  AND json_extract(record, '$.provenance.call') <> '';

-- A theme an editor renamed and kept from the trends page: the record is the JSON of
-- `observa_domain::NamedTrend`; who made it and when, who changed it last and when.
CREATE TABLE named_trends (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    record      TEXT NOT NULL,
    created_by  INTEGER REFERENCES users (id),
    created_at  TEXT NOT NULL,
    updated_by  INTEGER REFERENCES users (id),
    updated_at  TEXT NOT NULL
);
