-- An office's own export presets (house styles), chosen per report by name in the report's export settings.
CREATE TABLE export_presets (
    name TEXT PRIMARY KEY NOT NULL,
    definition TEXT NOT NULL,
    source_file TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
