package org.reportdrafter.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.reportdrafter.cycle.TermRarity;

/**
 * Rarity of terms across the library: the number of outline nodes whose search-index text holds the
 * term (the index's own 2-character tokens, read from node_fts_vocab), as ln(1 + N / df).
 */
public final class LibraryTermRarity implements TermRarity {
    private final Database db;

    public LibraryTermRarity(Database db) {
        this.db = db;
    }

    @Override
    public Map<String, Double> weights(Set<String> terms) {
        return db.read(c -> {
            Map<String, Double> out = new HashMap<>();
            long n;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM node_fts"); ResultSet rs = ps.executeQuery()) {
                n = rs.next() ? rs.getLong(1) : 0;
            }
            if (n < 50) {
                return out; // too small a library says nothing about the genre: the documents' own counts do better
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT doc FROM node_fts_vocab WHERE term = ?")) {
                for (String t : terms) {
                    ps.setString(1, t);
                    try (ResultSet rs = ps.executeQuery()) {
                        int df = rs.next() ? rs.getInt(1) : 0;
                        out.put(t, Math.log(1 + (double) n / Math.max(1, df)));
                    }
                }
            }
            return out;
        });
    }
}
