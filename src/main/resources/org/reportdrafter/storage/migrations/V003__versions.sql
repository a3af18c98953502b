-- Versions of a report: automatic (at most one per 10 minutes of editing, one per day), named (保存版本),
-- the state before a restore, and versions brought in by a portable .json. Content is the JSON of `show`.
CREATE TABLE versions (
    id         INTEGER PRIMARY KEY,
    report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    created_at TEXT    NOT NULL,
    name       TEXT    NOT NULL DEFAULT '',
    kind       TEXT    NOT NULL,
    chars      INTEGER NOT NULL DEFAULT 0,
    content    TEXT    NOT NULL
);
CREATE INDEX versions_report ON versions(report_id, created_at);
