-- Small key/value state of the app: the report open at exit and the place in it, the UI language.
CREATE TABLE app_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
