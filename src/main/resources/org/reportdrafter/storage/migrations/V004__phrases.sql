-- 常用语: phrases saved from any text, inserted from a searchable list.
CREATE TABLE phrases (
    id         INTEGER PRIMARY KEY,
    text       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    used       INTEGER NOT NULL DEFAULT 0
);
