-- Reports and their outline nodes. The place of a node is its parent_id and position (ids follow document order
-- only for rows inserted together: later writes update rows in place; decision 12).
CREATE TABLE reports (
    id             INTEGER PRIMARY KEY,
    title          TEXT    NOT NULL DEFAULT '',
    organization   TEXT    NOT NULL DEFAULT '',
    year           INTEGER,
    kind           TEXT    NOT NULL DEFAULT 'other',
    status         TEXT    NOT NULL DEFAULT 'past',
    date_of_issue  TEXT,
    preamble       TEXT    NOT NULL DEFAULT '[]',
    trailer        TEXT    NOT NULL DEFAULT '[]',
    clutter_before INTEGER NOT NULL DEFAULT 0,
    clutter_after  INTEGER NOT NULL DEFAULT 0,
    settings       TEXT    NOT NULL DEFAULT '{}',
    source_file    TEXT,
    imported_at    TEXT,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);
CREATE INDEX reports_status_year ON reports(status, year);

CREATE TABLE nodes (
    id           INTEGER PRIMARY KEY,
    report_id    INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    parent_id    INTEGER REFERENCES nodes(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    uid          TEXT    NOT NULL,
    heading      TEXT    NOT NULL DEFAULT '',
    body         TEXT    NOT NULL DEFAULT '',
    label_mode   TEXT    NOT NULL DEFAULT 'AUTO',
    rank_skip    INTEGER NOT NULL DEFAULT 0,
    run_in       INTEGER NOT NULL DEFAULT 0,
    guidance     INTEGER NOT NULL DEFAULT 0,
    source_label TEXT    NOT NULL DEFAULT '',
    provenance   TEXT,
    -- label and heading path as computed at save time, for search results
    path         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX nodes_report ON nodes(report_id);
CREATE INDEX nodes_parent ON nodes(parent_id);

-- Contentless full-text index over pre-segmented text (CJK bigrams + a closing unigram per run),
-- rowid = nodes.id. See docs/decisions/0003-chinese-full-text-search.md.
CREATE VIRTUAL TABLE node_fts USING fts5(
    heading, body,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
