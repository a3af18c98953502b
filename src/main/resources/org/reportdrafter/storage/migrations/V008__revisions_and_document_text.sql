-- Revisions: every write of a report carries the editor's revision, and the store refuses to replace a
-- newer revision with an older one (a queued autosave that lost the race must not win).
ALTER TABLE reports ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

-- The text of a report outside its outline (前言, 结尾, the parts of an official document, attachments,
-- tables), one row per piece, so search finds it as it finds sections. In node_fts its rowid is
-- the negated id of the row here (node rowids are positive), see storage/SearchIndex.
CREATE TABLE document_text (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    path      TEXT    NOT NULL,
    heading   TEXT    NOT NULL DEFAULT '',
    body      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX document_text_report ON document_text(report_id);
