package org.reportdrafter.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.reportdrafter.checks.TermList;

/**
 * The library's 术语表 (migration 7): protected terms and preferred wording for proofreading. A new
 * library starts with 用“截至”不用“截止”（后接日期时）. Shared between offices as a text file
 * ({@link TermList#format()}).
 */
public final class TermStore {
    private final Database db;

    public TermStore(Database db) {
        this.db = db;
    }

    public TermList load() {
        return db.read(c -> {
            List<String> protect = new ArrayList<>();
            List<TermList.Wording> words = new ArrayList<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT kind, term, preferred, before_date FROM terms ORDER BY id")) {
                while (rs.next()) {
                    if (rs.getString(1).equals("protect")) {
                        protect.add(rs.getString(2));
                    } else {
                        words.add(new TermList.Wording(rs.getString(3), rs.getString(2), rs.getInt(4) != 0));
                    }
                }
            }
            return new TermList(protect, words);
        });
    }

    /** Replaces the whole list, in one transaction. */
    public void save(TermList list) {
        db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM terms");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO terms (kind, term, preferred, before_date) VALUES (?, ?, ?, ?)")) {
                for (String t : list.protectedTerms()) {
                    ps.setString(1, "protect");
                    ps.setString(2, t);
                    ps.setString(3, "");
                    ps.setInt(4, 0);
                    ps.executeUpdate();
                }
                for (TermList.Wording w : list.wordings()) {
                    ps.setString(1, "prefer");
                    ps.setString(2, w.avoid());
                    ps.setString(3, w.prefer());
                    ps.setInt(4, w.beforeDate() ? 1 : 0);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Adds the entries of a shared file to the library's list; returns the merged list. */
    public TermList importText(String fileText) {
        TermList merged = load().merge(TermList.parse(fileText));
        save(merged);
        return merged;
    }

    /** The file an office shares. */
    public String exportText() {
        return load().format();
    }
}
