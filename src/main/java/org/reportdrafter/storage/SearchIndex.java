package org.reportdrafter.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.DocumentParts;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.SearchFilter;
import org.reportdrafter.domain.SectionHit;
import org.reportdrafter.domain.Table;

/**
 * The full-text index ({@code node_fts}, pre-segmented CJK bigrams, decision 3) and the queries on it:
 * search as writers expect it and similar sections. Outline nodes are indexed under their own id; the
 * text outside the outline (前言, 结尾, the parts of an official document, attachments, tables) under the
 * negated id of a {@code document_text} row, so a search finds a phrase wherever in a report it stands.
 */
final class SearchIndex {
    /** Candidates ranked for a top-N search list (see searchSections). */
    static final int CANDIDATES = 2000;
    static final int CANDIDATE_LIMIT_THRESHOLD = 500;
    /** How many of a heading's rarest character pairs similar-section suggestions look up. */
    static final int SIMILAR_PAIRS = 6;

    /** One indexed outline node. */
    record Row(long id, String heading, String body) {
    }

    /** A piece of a report's text outside the outline, with the path search results show for it. */
    record Piece(String path, String heading, String body) {
    }

    /** Indexes stored nodes under their own ids. */
    void indexNodes(Connection c, List<Row> nodes) throws SQLException {
        if (nodes.isEmpty()) {
            return;
        }
        try (PreparedStatement fts = c.prepareStatement("INSERT INTO node_fts (rowid, heading, body) VALUES (?,?,?)")) {
            for (Row n : nodes) {
                fts.setLong(1, n.id());
                fts.setString(2, CjkSegmenter.segment(n.heading()));
                fts.setString(3, CjkSegmenter.segment(n.body()));
                fts.executeUpdate();
            }
        }
    }

    /** Drops the index rows of nodes (before their rows go, or before they are indexed again). */
    void unindexNodes(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM node_fts WHERE rowid=?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
    }

    /**
     * Indexes a report's text outside the outline. For a report indexed before ({@code replace}), its
     * stored pieces are compared first and rewritten only when they changed: most autosaves change none.
     */
    void indexDocumentText(Connection c, long reportId, Report r, Map<OutlineNode, String> labels, boolean replace)
            throws SQLException {
        List<Piece> pieces = pieces(r, labels);
        if (replace) {
            if (storedPieces(c, reportId).equals(pieces)) {
                return;
            }
            removeDocumentText(c, reportId);
        }
        addDocumentText(c, reportId, pieces);
    }

    private static List<Piece> storedPieces(Connection c, long reportId) throws SQLException {
        List<Piece> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT path, heading, body FROM document_text WHERE report_id=? ORDER BY position")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Piece(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    private static void addDocumentText(Connection c, long reportId, List<Piece> pieces) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO document_text (report_id, position, path, heading, body) VALUES (?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement fts = c.prepareStatement("INSERT INTO node_fts (rowid, heading, body) VALUES (?,?,?)")) {
            int position = 0;
            for (Piece p : pieces) {
                ps.setLong(1, reportId);
                ps.setInt(2, position++);
                ps.setString(3, p.path());
                ps.setString(4, p.heading());
                ps.setString(5, p.body());
                ps.executeUpdate();
                long id;
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                fts.setLong(1, -id);
                fts.setString(2, CjkSegmenter.segment(p.heading()));
                fts.setString(3, CjkSegmenter.segment(p.body()));
                fts.executeUpdate();
            }
        }
    }

    /** Drops a report's index rows (its nodes' and its document text's). */
    void remove(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM node_fts WHERE rowid IN (SELECT id FROM nodes WHERE report_id=?)")) {
            ps.setLong(1, reportId);
            ps.executeUpdate();
        }
        removeDocumentText(c, reportId);
    }

    private static void removeDocumentText(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM node_fts WHERE rowid IN (SELECT -id FROM document_text WHERE report_id=?)")) {
            ps.setLong(1, reportId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM document_text WHERE report_id=?")) {
            ps.setLong(1, reportId);
            ps.executeUpdate();
        }
    }

    /**
     * The searchable text of a report outside its outline: 前言, 结尾, the heading parts of an official
     * document (发文字号, 标题, 主送机关…), the closing parts (落款, 成文日期, 附注, 抄送, 印发), each
     * attachment, and the tables (of the report and of each section).
     */
    static List<Piece> pieces(Report r, Map<OutlineNode, String> labels) {
        List<Piece> out = new ArrayList<>();
        piece(out, "前言", "", r.preamble());
        DocumentParts p = r.parts();
        List<String> head = new ArrayList<>();
        for (String s : List.of(p.docNumber(), p.headline())) {
            if (!s.isEmpty()) {
                head.add(s);
            }
        }
        head.addAll(p.titleLines());
        head.addAll(p.wrapper());
        for (String s : List.of(p.addressee(), p.author(), p.occasion())) {
            if (!s.isEmpty()) {
                head.add(s);
            }
        }
        piece(out, "版头", "", head);
        piece(out, "附件说明", "", p.attachmentNotes());
        piece(out, "结尾", "", r.trailer());
        List<String> tail = new ArrayList<>(p.signature());
        for (String s : List.of(p.dateText(), p.note(), p.copyTo(), p.issuedBy(), p.issuedOn())) {
            if (!s.isEmpty()) {
                tail.add(s);
            }
        }
        piece(out, "落款与版记", "", tail);
        int k = 0;
        for (Attachment a : p.attachments()) {
            k++;
            String name = a.name().isEmpty() ? "附件" + k : a.name();
            List<String> text = new ArrayList<>(a.paragraphs());
            for (OutlineNode n : a.root().subtree()) {
                if (n != a.root()) {
                    if (!n.heading().isEmpty()) {
                        text.add(n.heading());
                    }
                    text.addAll(n.body());
                }
                for (Table t : n.tables()) {
                    text.add(tableText(t));
                }
            }
            piece(out, name, a.title(), text);
        }
        List<String> rootTables = r.root().tables().stream().map(SearchIndex::tableText).toList();
        piece(out, "表格", "", rootTables);
        for (OutlineNode n : r.allNodes()) {
            if (!n.tables().isEmpty()) {
                String path = labels == null ? n.heading() : org.reportdrafter.domain.Labeler.path(n, labels);
                piece(out, path + " · 表格", "", n.tables().stream().map(SearchIndex::tableText).toList());
            }
        }
        return out;
    }

    private static String tableText(Table t) {
        List<String> rows = new ArrayList<>();
        for (List<String> row : t.rows()) {
            rows.add(String.join("　", row));
        }
        return String.join("\n", rows);
    }

    private static void piece(List<Piece> out, String path, String heading, List<String> paragraphs) {
        List<String> kept = paragraphs.stream().filter(s -> s != null && !s.isBlank()).toList();
        if (!kept.isEmpty() || !heading.isBlank()) {
            out.add(new Piece(path, heading, String.join("\n", kept)));
        }
    }

    /** Migration 8: the document text of every report stored before it was searchable. */
    static void indexDocumentTextOfAll(Connection c) throws SQLException {
        ReportStore store = new ReportStore(new SearchIndex());
        List<Long> ids = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM reports ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        for (long id : ids) {
            Optional<Report> r = store.load(c, id);
            if (r.isPresent()) {
                addDocumentText(c, id, pieces(r.get(), org.reportdrafter.domain.Labeler.labels(r.get())));
            }
        }
    }

    /** A piece of document text as a section (for reuse): its path as heading, its text as body. */
    static Optional<OutlineNode> documentSection(Connection c, long pieceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT path, heading, body FROM document_text WHERE id=?")) {
            ps.setLong(1, pieceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String heading = rs.getString("heading");
                OutlineNode n = new OutlineNode(heading.isEmpty() ? rs.getString("path") : heading);
                String body = rs.getString("body");
                if (!body.isEmpty()) {
                    n.setBody(List.of(body.split("\n", -1)));
                }
                return Optional.of(n);
            }
        }
    }

    List<SectionHit> searchSections(Database db, String query, SearchFilter filter, int limit) {
        List<String> terms = SearchQuery.terms(query);
        List<String> phrases = new ArrayList<>();
        for (String t : terms) {
            String p = CjkSegmenter.phraseQuery(t);
            if (p != null) {
                phrases.add(p);
            }
        }
        if (phrases.isEmpty()) {
            return List.of();
        }
        String match = String.join(" AND ", phrases);
        StringBuilder where = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (!filter.kinds().isEmpty()) {
            where.append(" AND r.kind IN (").append("?,".repeat(filter.kinds().size() - 1)).append("?)");
            filter.kinds().forEach(k -> args.add(k.code()));
        }
        if (filter.fromYear() != null) {
            where.append(" AND r.year >= ?");
            args.add(filter.fromYear());
        }
        if (filter.toYear() != null) {
            where.append(" AND r.year <= ?");
            args.add(filter.toYear());
        }
        if (filter.organization() != null) {
            where.append(" AND instr(r.organization, ?) > 0");
            args.add(filter.organization());
        }
        // leaving out the open report and the templates drops few sections: no wider candidate set needed
        boolean narrowing = where.length() > 0;
        if (filter.excludeReport() != null) {
            where.append(" AND r.id <> ?");
            args.add(filter.excludeReport());
        }
        if (!filter.includeTemplates()) {
            where.append(" AND r.status <> 'template'");
        }
        // For a top-N list the ranking looks at a bounded set of candidates: heading matches and the newest
        // matching sections, a few thousand each. Ranking every match of a very common pair of characters
        // in a library of 100 million characters would take hundreds of milliseconds and change little.
        // A complete listing (a large limit) ranks every match.
        boolean capped = limit <= CANDIDATE_LIMIT_THRESHOLD;
        int cap = narrowing ? CANDIDATES * 8 : CANDIDATES;
        // Ranking as writers expect it: heading matches first, then newer reports. It needs no bm25, whose
        // per-phrase document count is a full scan for common character pairs. A top-N list looks at the
        // newest matches (bounded scans, in rowid order); a complete listing takes every match.
        // Document text (negative rowids) sorts after the nodes in rowid order: it is found when few
        // nodes match, which is when a clerk looks for a phrase of the preamble or an attachment.
        String limitClause = capped ? " ORDER BY rowid DESC LIMIT " + cap : "";
        // Heading matches rank before every body-only match, so when enough headings match, the body
        // matches are never looked at: for a common phrase that halves the work (decision 9).
        String sql = """
                WITH m(id) AS (SELECT rowid FROM node_fts WHERE node_fts MATCH ?%s),
                     sec(id, uid, heading, body, path, report_id) AS (
                       SELECT n.id, n.uid, n.heading, CASE WHEN n.guidance = 1 THEN '' ELSE n.body END, n.path, n.report_id FROM m JOIN nodes n ON n.id = m.id WHERE m.id > 0
                       UNION ALL
                       SELECT -d.id, '', CASE WHEN d.heading = '' THEN d.path ELSE d.heading END, d.body, d.path, d.report_id
                       FROM m JOIN document_text d ON d.id = -m.id WHERE m.id < 0)
                SELECT s.id, s.uid, s.heading, s.body, s.path, r.id AS rid, r.title, r.year
                FROM sec s JOIN reports r ON r.id = s.report_id
                WHERE 1 = 1""".formatted(limitClause) + where
                + " ORDER BY r.year IS NULL, r.year DESC, s.id > 0 DESC, abs(s.id) DESC LIMIT ?";
        int wanted = Math.max(1, limit);
        return db.read(c -> {
            List<SectionHit> hits = new ArrayList<>();
            Set<Long> headingIds = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                rank(ps, "{heading} : (" + match + ")", args, wanted, true, terms, headingIds, hits, wanted);
                if (hits.size() < wanted) {
                    // the heading matches found are among the body matches too: skip them there
                    rank(ps, match, args, wanted + hits.size(), false, terms, headingIds, hits, wanted);
                }
            }
            return hits;
        });
    }

    /** Runs one tier of the search (heading matches, or any match) and adds its hits not seen yet. */
    private static void rank(PreparedStatement ps, String match, List<Object> args, int rows, boolean headingTier,
                             List<String> terms, Set<Long> seen, List<SectionHit> hits, int wanted) throws SQLException {
        int k = 1;
        ps.setString(k++, match);
        for (Object a : args) {
            ps.setObject(k++, a);
        }
        ps.setInt(k, rows);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next() && hits.size() < wanted) {
                long id = rs.getLong("id");
                if (!headingTier && seen.contains(id)) {
                    continue;
                }
                seen.add(id);
                String heading = rs.getString("heading");
                String body = rs.getString("body");
                Integer year = year(rs);
                String snippet = SearchQuery.snippet(heading, body, terms);
                hits.add(new SectionHit(rs.getLong("rid"), rs.getString("title"), year, id, rs.getString("uid"),
                        rs.getString("path"), heading, snippet, headingTier, SearchQuery.highlights(snippet, terms)));
            }
        }
    }

    List<SectionHit> similarSections(Database db, String text, Long excludeReport, int limit) {
        List<String> tokens = new ArrayList<>(new LinkedHashSet<>(List.of(CjkSegmenter.segment(text).split(" "))));
        tokens.removeIf(t -> t.codePointCount(0, t.length()) < 2);
        if (tokens.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            // the rarest character pairs of the heading say most about what it is about
            Map<String, Integer> docs = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT doc FROM node_fts_vocab WHERE term = ?")) {
                for (String t : tokens) {
                    ps.setString(1, t);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            docs.put(t, rs.getInt(1));
                        }
                    }
                }
            }
            // Only pairs found somewhere a suggestion can come from: the pairs found in the report being written
            // alone (双减, 量确…) are the rarest of all once it is saved, and took every place, so a long
            // heading was matched by nothing
            List<String> rare = new ArrayList<>();
            try (PreparedStatement elsewhere = c.prepareStatement("""
                    SELECT 1 FROM node_fts f JOIN nodes n ON n.id = f.rowid JOIN reports r ON r.id = n.report_id
                    WHERE node_fts MATCH ? AND f.rowid > 0 AND n.report_id <> ? AND r.status <> 'template' LIMIT 1""")) {
                for (String t : docs.keySet().stream().sorted(Comparator.comparingInt(docs::get)).toList()) {
                    if (rare.size() >= SIMILAR_PAIRS) {
                        break;
                    }
                    elsewhere.setString(1, "\"" + t.replace("\"", "\"\"") + "\"");
                    elsewhere.setLong(2, excludeReport == null ? -1 : excludeReport);
                    try (ResultSet rs = elsewhere.executeQuery()) {
                        if (rs.next()) {
                            rare.add(t);
                        }
                    }
                }
            }
            Map<Long, Integer> shared = new HashMap<>();
            Map<Long, Integer> headingHits = new HashMap<>();
            // only outline nodes (positive rowids) are suggested as similar sections
            try (PreparedStatement all = c.prepareStatement("SELECT rowid FROM node_fts WHERE node_fts MATCH ? AND rowid > 0 ORDER BY rowid DESC LIMIT 3000");
                 PreparedStatement head = c.prepareStatement("SELECT rowid FROM node_fts WHERE node_fts MATCH ? AND rowid > 0 ORDER BY rowid DESC LIMIT 3000")) {
                for (String t : rare) {
                    String phrase = "\"" + t.replace("\"", "\"\"") + "\"";
                    all.setString(1, phrase);
                    try (ResultSet rs = all.executeQuery()) {
                        while (rs.next()) {
                            shared.merge(rs.getLong(1), 1, Integer::sum);
                        }
                    }
                    head.setString(1, "{heading} : " + phrase);
                    try (ResultSet rs = head.executeQuery()) {
                        while (rs.next()) {
                            headingHits.merge(rs.getLong(1), 1, Integer::sum);
                        }
                    }
                }
            }
            // more shared rare pairs first, those in the heading counting double; newer first among equals
            List<Long> order = shared.keySet().stream().sorted(Comparator
                    .comparingInt((Long id) -> -(shared.get(id) + headingHits.getOrDefault(id, 0)))
                    .thenComparing(Comparator.reverseOrder())).toList();
            List<SectionHit> hits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT n.id, n.uid, n.heading, CASE WHEN n.guidance = 1 THEN '' ELSE n.body END AS body, n.path, r.id AS rid, r.title, r.year, r.status
                    FROM nodes n JOIN reports r ON r.id = n.report_id WHERE n.id = ?""")) {
                for (Long id : order) {
                    if (hits.size() >= limit) {
                        break;
                    }
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next() || rs.getLong("rid") == (excludeReport == null ? -1 : excludeReport)
                                || "template".equals(rs.getString("status"))) {
                            continue;
                        }
                        String body = rs.getString("body");
                        Integer year = year(rs);
                        // a group heading has no text of its own: its first items say what it holds
                        String own = body.isEmpty() ? childrenText(c, id) : body;
                        // a measure written in its heading alone (1.严格控制作业总量。) has its words there
                        String snippet = excerpt(own.isBlank() ? rs.getString("heading") : own);
                        hits.add(new SectionHit(rs.getLong("rid"), rs.getString("title"), year, id,
                                rs.getString("uid"), rs.getString("path"), rs.getString("heading"), snippet,
                                headingHits.containsKey(id)));
                    }
                }
            }
            return hits;
        });
    }

    private static String excerpt(String text) {
        String flat = text.replace('\n', ' ').strip();
        return flat.length() > 80 ? flat.substring(0, 80) + "…" : flat;
    }

    /** The first items under a section, heading and text, as one line; template prompts are not text. */
    private static String childrenText(Connection c, long parentId) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("SELECT path, heading, body FROM nodes WHERE parent_id = ? AND guidance = 0 ORDER BY position LIMIT 3")) {
            ps.setLong(1, parentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && sb.length() <= 80) {
                    String path = rs.getString("path");
                    // the path's last step is the item's label and heading, as the clerk sees it
                    String item = path.substring(path.lastIndexOf('›') + 1).strip();
                    sb.append(sb.length() == 0 ? "" : " ").append(item.isEmpty() ? rs.getString("heading") : item)
                            .append(rs.getString("body"));
                }
            }
        }
        return sb.toString();
    }

    /** The report's year, or null when unknown (wasNull right after the read: later reads reset it). */
    private static Integer year(ResultSet rs) throws java.sql.SQLException {
        int y = rs.getInt("year");
        return rs.wasNull() || y <= 0 ? null : y;
    }
}
