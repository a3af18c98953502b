-- 术语表: protected terms no proofreading rule touches, and the office's preferred wording.
-- kind 'protect': term is the protected name; kind 'prefer': write preferred, not term (before_date: only where a date follows).
CREATE TABLE terms (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('protect', 'prefer')),
    term        TEXT NOT NULL,
    preferred   TEXT NOT NULL DEFAULT '',
    before_date INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, term)
);
INSERT INTO terms (kind, term, preferred, before_date) VALUES ('prefer', '截止', '截至', 1);
