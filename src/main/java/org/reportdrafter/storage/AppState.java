package org.reportdrafter.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Key/value state of the app kept in the library: what was open, where, in which language. */
public final class AppState {
    public static final String OPEN_REPORT = "session.open_report";
    /** Written before each report kept its own ({@link #selectedIn}); read only for a library from then. */
    public static final String SELECTED_NODE = "session.selected_node";
    public static final String LANGUAGE = "ui.language";

    /** The item last selected in one report, so opening it again goes back there. */
    public static String selectedIn(long reportId) {
        return "report." + reportId + ".selected_node";
    }

    private final Database db;

    public AppState(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM app_state WHERE key=?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        db.inTransaction(c -> {
            if (value == null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM app_state WHERE key=?")) {
                    ps.setString(1, key);
                    ps.executeUpdate();
                }
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO app_state(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
