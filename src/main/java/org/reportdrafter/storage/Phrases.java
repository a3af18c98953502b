package org.reportdrafter.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The phrase library (常用语). */
public final class Phrases {
    private final Database db;

    public Phrases(Database db) {
        this.db = db;
    }

    public void add(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return;
        }
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO phrases (text, created_at) VALUES (?, ?)")) {
                ps.setString(1, t);
                ps.setString(2, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Phrases containing the filter text, most used first. */
    public List<String> find(String filter) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT text FROM phrases WHERE instr(text, ?) > 0 ORDER BY used DESC, id DESC LIMIT 200")) {
                ps.setString(1, filter == null ? "" : filter.strip());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    public void used(String text) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE phrases SET used = used + 1 WHERE text = ?")) {
                ps.setString(1, text);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void remove(String text) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM phrases WHERE text = ?")) {
                ps.setString(1, text);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
