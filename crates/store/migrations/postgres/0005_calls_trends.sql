-- Calls for innovations and named trends.
--
-- The call a case answered (`provenance.call` in its record) is a projection like its
-- countries and sectors: a `case_values` row with field `call`, which `write_case` keeps up
-- to date (see `query::case_values`). Filters, facet counts and a call's intake by status
-- read it. Cases stored before this migration get theirs from their JSON here.
INSERT INTO case_values (case_id, field, value)
SELECT id, 'call', record::jsonb #>> '{provenance,call}'
FROM cases
WHERE COALESCE(record::jsonb #>> '{provenance,call}', '') <> ''
ON CONFLICT DO NOTHING;

-- A theme an editor renamed and kept from the trends page: the record is the JSON of
-- `observa_domain::NamedTrend`; who made it and when, who changed it last and when.
CREATE TABLE named_trends (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    record      TEXT NOT NULL,
    created_by  BIGINT REFERENCES users (id),
    created_at  TIMESTAMPTZ NOT NULL,
    updated_by  BIGINT REFERENCES users (id),
    updated_at  TIMESTAMPTZ NOT NULL
);
