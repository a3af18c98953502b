package org.reportdrafter.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.NumberingStyle;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Provenance;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.ReportSettings;
import org.reportdrafter.domain.ReportStatus;
import org.reportdrafter.domain.ReportSummary;
import org.reportdrafter.domain.SectionHit;

/** {@link ReportRepository} on the SQLite library file. */
public final class SqliteReportRepository implements ReportRepository {
    /** Candidates ranked for a top-N search list (see searchSections). */
    static final int CANDIDATES = 2000;
    static final int CANDIDATE_LIMIT_THRESHOLD = 500;
    /** How many of a heading's rarest character pairs similar-section suggestions look up. */
    static final int SIMILAR_PAIRS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() { };

    private final Database db;

    public SqliteReportRepository(Database db) {
        this.db = db;
    }

    public Database database() {
        return db;
    }

    @Override
    public long save(Report report) {
        return db.inTransaction(c -> saveIn(c, report));
    }

    @Override
    public List<Long> saveAll(List<Report> reports) {
        return db.inTransaction(c -> {
            List<Long> ids = new ArrayList<>();
            for (Report r : reports) {
                ids.add(saveIn(c, r));
            }
            return ids;
        });
    }

    private long saveIn(Connection c, Report r) throws SQLException {
        String now = Instant.now().toString();
        long id;
        if (r.id() != null && exists(c, r.id())) {
            id = r.id();
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE reports SET title=?, organization=?, year=?, kind=?, status=?, date_of_issue=?,
                      preamble=?, trailer=?, clutter_before=?, clutter_after=?, settings=?, source_file=?,
                      imported_at=?, updated_at=?, parts=?, tables=? WHERE id=?""")) {
                bindReport(ps, r, now);
                ps.setLong(17, id);
                ps.executeUpdate();
            }
            deleteNodes(c, id);
        } else {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO reports (title, organization, year, kind, status, date_of_issue, preamble, trailer,
                      clutter_before, clutter_after, settings, source_file, imported_at, updated_at, parts, tables, created_at)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", Statement.RETURN_GENERATED_KEYS)) {
                bindReport(ps, r, now);
                ps.setString(17, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
        }
        insertNodes(c, id, r);
        r.setId(id);
        r.setUpdatedAt(Instant.parse(now));
        return id;
    }

    private static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM reports WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void bindReport(PreparedStatement ps, Report r, String now) throws SQLException {
        ps.setString(1, r.title());
        ps.setString(2, r.organization());
        if (r.year() == null) {
            ps.setNull(3, Types.INTEGER);
        } else {
            ps.setInt(3, r.year());
        }
        ps.setString(4, r.kind().code());
        ps.setString(5, r.status().code());
        ps.setString(6, r.dateOfIssue() == null ? null : r.dateOfIssue().toString());
        ps.setString(7, toJson(r.preamble()));
        ps.setString(8, toJson(r.trailer()));
        ps.setInt(9, r.clutterBefore());
        ps.setInt(10, r.clutterAfter());
        ps.setString(11, settingsToJson(r.settings()));
        ps.setString(12, r.sourceFile());
        ps.setString(13, r.importedAt() == null ? null : r.importedAt().toString());
        ps.setString(14, now);
        ps.setString(15, ReportJson.partsJson(r.parts()));
        ps.setString(16, ReportJson.tablesJson(r.root().tables()));
    }

    private static void deleteNodes(Connection c, long reportId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM node_fts WHERE rowid IN (SELECT id FROM nodes WHERE report_id=?)")) {
            ps.setLong(1, reportId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM nodes WHERE report_id=?")) {
            ps.setLong(1, reportId);
            ps.executeUpdate();
        }
    }

    private static void insertNodes(Connection c, long reportId, Report r) throws SQLException {
        Map<OutlineNode, String> labels = Labeler.labels(r);
        Map<OutlineNode, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO nodes (report_id, parent_id, position, uid, heading, body, label_mode, rank_skip, run_in,
                  guidance, source_label, provenance, path, tables) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement fts = c.prepareStatement("INSERT INTO node_fts (rowid, heading, body) VALUES (?,?,?)")) {
            for (OutlineNode n : r.allNodes()) {
                OutlineNode parent = n.parent();
                ps.setLong(1, reportId);
                Long parentId = parent == r.root() ? null : ids.get(parent);
                if (parentId == null) {
                    ps.setNull(2, Types.INTEGER);
                } else {
                    ps.setLong(2, parentId);
                }
                ps.setInt(3, n.indexInParent());
                ps.setString(4, n.uid());
                ps.setString(5, n.heading());
                String body = String.join("\n", n.body());
                ps.setString(6, body);
                ps.setString(7, n.labelMode().name());
                ps.setInt(8, n.rankSkip());
                ps.setInt(9, n.runIn() ? 1 : 0);
                ps.setInt(10, n.guidance() ? 1 : 0);
                ps.setString(11, n.sourceLabel());
                ps.setString(12, provenanceToJson(n.provenance()));
                ps.setString(13, Labeler.path(n, labels));
                ps.setString(14, ReportJson.tablesJson(n.tables()));
                ps.executeUpdate();
                long id;
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                ids.put(n, id);
                fts.setLong(1, id);
                fts.setString(2, CjkSegmenter.segment(n.heading()));
                fts.setString(3, CjkSegmenter.segment(body));
                fts.executeUpdate();
            }
        }
    }

    @Override
    public Optional<Report> load(long id) {
        return db.read(c -> {
            Report r;
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM reports WHERE id=?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    r = readReport(rs);
                }
            }
            Map<Long, OutlineNode> byId = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM nodes WHERE report_id=? ORDER BY id")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        OutlineNode n = new OutlineNode(rs.getString("heading"));
                        n.setUid(rs.getString("uid"));
                        String body = rs.getString("body");
                        if (!body.isEmpty()) {
                            n.setBody(List.of(body.split("\n", -1)));
                        }
                        n.setLabelMode(LabelMode.fromName(rs.getString("label_mode")));
                        n.setRankSkip(rs.getInt("rank_skip"));
                        n.setRunIn(rs.getInt("run_in") != 0);
                        n.setGuidance(rs.getInt("guidance") != 0);
                        n.setSourceLabel(rs.getString("source_label"));
                        n.setProvenance(provenanceFromJson(rs.getString("provenance")));
                        n.setTables(ReportJson.readTablesJson(rs.getString("tables")));
                        long parentId = rs.getLong("parent_id");
                        OutlineNode parent = rs.wasNull() ? r.root() : byId.get(parentId);
                        if (parent == null) {
                            throw new SQLException("node " + rs.getLong("id") + " precedes its parent");
                        }
                        parent.addChild(n);
                        byId.put(rs.getLong("id"), n);
                    }
                }
            }
            return Optional.of(r);
        });
    }

    private static Report readReport(ResultSet rs) throws SQLException {
        Report r = new Report();
        r.setId(rs.getLong("id"));
        r.setTitle(rs.getString("title"));
        r.setOrganization(rs.getString("organization"));
        int year = rs.getInt("year");
        r.setYear(rs.wasNull() ? null : year);
        r.setKind(ReportKind.fromCode(rs.getString("kind")));
        r.setStatus(ReportStatus.fromCode(rs.getString("status")));
        String date = rs.getString("date_of_issue");
        r.setDateOfIssue(date == null ? null : LocalDate.parse(date));
        r.preamble().addAll(fromJson(rs.getString("preamble")));
        r.trailer().addAll(fromJson(rs.getString("trailer")));
        r.setClutterBefore(rs.getInt("clutter_before"));
        r.setClutterAfter(rs.getInt("clutter_after"));
        r.setSettings(settingsFromJson(rs.getString("settings")));
        r.setParts(ReportJson.readPartsJson(rs.getString("parts")));
        r.root().setTables(ReportJson.readTablesJson(rs.getString("tables")));
        r.setSourceFile(rs.getString("source_file"));
        String imported = rs.getString("imported_at");
        r.setImportedAt(imported == null ? null : Instant.parse(imported));
        r.setUpdatedAt(Instant.parse(rs.getString("updated_at")));
        return r;
    }

    @Override
    public List<ReportSummary> list() {
        return db.read(c -> {
            List<ReportSummary> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT id, title, organization, year, kind, status, updated_at, source_file FROM reports ORDER BY id")) {
                while (rs.next()) {
                    int year = rs.getInt("year");
                    Integer y = rs.wasNull() ? null : year;
                    out.add(new ReportSummary(rs.getLong("id"), rs.getString("title"), rs.getString("organization"), y,
                            ReportKind.fromCode(rs.getString("kind")), ReportStatus.fromCode(rs.getString("status")),
                            Instant.parse(rs.getString("updated_at")), rs.getString("source_file")));
                }
            }
            return out;
        });
    }

    @Override
    public boolean delete(long id) {
        return db.inTransaction(c -> {
            deleteNodes(c, id);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM reports WHERE id=?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public int count() {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM reports")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public List<SectionHit> searchSections(String query, org.reportdrafter.domain.SearchFilter filter, int limit) {
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
        // For a top-N list the ranking looks at a bounded set of candidates: heading matches and the newest
        // matching sections, a few thousand each. Ranking every match of a very common pair of characters
        // in a library of 100 million characters would take hundreds of milliseconds and change little.
        // A complete listing (a large limit) ranks every match.
        boolean capped = limit <= CANDIDATE_LIMIT_THRESHOLD;
        int cap = where.length() == 0 ? CANDIDATES : CANDIDATES * 8;
        // Ranking as writers expect it: heading matches first, then newer reports. It needs no bm25, whose
        // per-phrase document count is a full scan for common character pairs. A top-N list looks at the
        // newest matches (bounded scans, in rowid order); a complete listing takes every match.
        String limitClause = capped ? " ORDER BY rowid DESC LIMIT " + cap : "";
        String sql = """
                WITH head(id) AS (SELECT rowid FROM node_fts WHERE node_fts MATCH ?%s),
                     anyc(id) AS (SELECT rowid FROM node_fts WHERE node_fts MATCH ?%s),
                     cand(id, tier) AS (SELECT id, MIN(tier) FROM (SELECT id, 0 AS tier FROM head UNION ALL SELECT id, 1 FROM anyc) GROUP BY id)
                SELECT n.id, n.uid, n.heading, n.body, n.path, r.id AS rid, r.title, r.year, cand.tier AS tier
                FROM cand JOIN nodes n ON n.id = cand.id JOIN reports r ON r.id = n.report_id
                WHERE 1 = 1""".formatted(limitClause, limitClause) + where
                + " ORDER BY tier, r.year IS NULL, r.year DESC, n.id DESC LIMIT ?";
        return db.read(c -> {
            List<SectionHit> hits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int k = 1;
                ps.setString(k++, "{heading} : (" + match + ")");
                ps.setString(k++, match);
                for (Object a : args) {
                    ps.setObject(k++, a);
                }
                ps.setInt(k, Math.max(1, limit));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String heading = rs.getString("heading");
                        String body = rs.getString("body");
                        int year = rs.getInt("year");
                        String snippet = SearchQuery.snippet(heading, body, terms);
                        hits.add(new SectionHit(rs.getLong("rid"), rs.getString("title"), rs.wasNull() ? null : year,
                                rs.getLong("id"), rs.getString("uid"), rs.getString("path"), heading,
                                snippet, rs.getInt("tier") == 0, SearchQuery.highlights(snippet, terms)));
                    }
                }
            }
            return hits;
        });
    }

    @Override
    public List<SectionHit> similarSections(String text, Long excludeReport, int limit) {
        List<String> tokens = new ArrayList<>(new java.util.LinkedHashSet<>(List.of(CjkSegmenter.segment(text).split(" "))));
        tokens.removeIf(t -> t.codePointCount(0, t.length()) < 2);
        if (tokens.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            // the rarest character pairs of the heading say most about what it is about
            java.util.Map<String, Integer> docs = new java.util.HashMap<>();
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
            List<String> rare = docs.keySet().stream().sorted(java.util.Comparator.comparingInt(docs::get)).limit(SIMILAR_PAIRS).toList();
            java.util.Map<Long, Integer> shared = new java.util.HashMap<>();
            java.util.Map<Long, Integer> headingHits = new java.util.HashMap<>();
            try (PreparedStatement all = c.prepareStatement("SELECT rowid FROM node_fts WHERE node_fts MATCH ? ORDER BY rowid DESC LIMIT 3000");
                 PreparedStatement head = c.prepareStatement("SELECT rowid FROM node_fts WHERE node_fts MATCH ? ORDER BY rowid DESC LIMIT 3000")) {
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
            List<Long> order = shared.keySet().stream().sorted(java.util.Comparator
                    .comparingInt((Long id) -> -(shared.get(id) + headingHits.getOrDefault(id, 0)))
                    .thenComparing(java.util.Comparator.reverseOrder())).toList();
            List<SectionHit> hits = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT n.id, n.uid, n.heading, n.body, n.path, r.id AS rid, r.title, r.year, r.status
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
                        int year = rs.getInt("year");
                        String snippet = body.length() > 80 ? body.substring(0, 80).replace('\n', ' ') + "…" : body.replace('\n', ' ');
                        hits.add(new SectionHit(rs.getLong("rid"), rs.getString("title"), rs.wasNull() ? null : year, id,
                                rs.getString("uid"), rs.getString("path"), rs.getString("heading"), snippet,
                                headingHits.containsKey(id)));
                    }
                }
            }
            return hits;
        });
    }

    @Override
    public Optional<OutlineNode> loadSection(long nodeId) {
        String[] where = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT report_id, uid FROM nodes WHERE id=?")) {
                ps.setLong(1, nodeId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
                }
            }
        });
        if (where == null) {
            return Optional.empty();
        }
        return load(Long.parseLong(where[0])).flatMap(r -> r.allNodes().stream().filter(n -> n.uid().equals(where[1])).findFirst());
    }

    @Override
    public long saveVersion(long reportId, String name, String kind, Report content, Instant at) {
        String json = ReportJson.write(content);
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO versions (report_id, created_at, name, kind, chars, content) VALUES (?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, reportId);
                ps.setString(2, at.toString());
                ps.setString(3, name == null ? "" : name);
                ps.setString(4, kind);
                ps.setInt(5, content.charCount());
                ps.setString(6, json);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public List<org.reportdrafter.domain.VersionInfo> versions(long reportId) {
        return db.read(c -> {
            List<org.reportdrafter.domain.VersionInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, created_at, name, kind, chars FROM versions WHERE report_id=? ORDER BY created_at DESC, id DESC")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new org.reportdrafter.domain.VersionInfo(rs.getLong(1), reportId, Instant.parse(rs.getString(2)),
                                rs.getString(3), rs.getString(4), rs.getInt(5)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<Report> loadVersion(long versionId) {
        String json = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content FROM versions WHERE id=?")) {
                ps.setLong(1, versionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReportJson.read(json, "version").get(0));
        } catch (ReportJson.InvalidReportJson e) {
            throw new StorageException("资料库中的版本数据已损坏：" + e.getMessage(), e);
        }
    }

    @Override
    public void copyVersions(long fromReport, long toReport) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO versions (report_id, created_at, name, kind, chars, content)
                    SELECT ?, created_at, name, kind, chars, content FROM versions WHERE report_id=? ORDER BY id""")) {
                ps.setLong(1, toReport);
                ps.setLong(2, fromReport);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static String toJson(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new StorageException("无法序列化：" + e.getMessage(), e);
        }
    }

    private static List<String> fromJson(String s) {
        try {
            return s == null || s.isBlank() ? List.of() : JSON.readValue(s, STRING_LIST);
        } catch (JsonProcessingException e) {
            throw new StorageException("资料库中的段落数据已损坏：" + e.getMessage(), e);
        }
    }

    static String settingsToJson(ReportSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("numbering", s.numbering().id());
        m.put("continuous_rank", s.continuousRank());
        m.put("export_preset", s.export().preset());
        m.put("body_font", s.export().bodyFont());
        m.put("title_font", s.export().titleFont());
        m.put("bold_headings", s.export().boldHeadings());
        m.put("date_under_title", s.export().dateUnderTitle());
        m.put("disabled_checks", new ArrayList<>(s.disabledChecks()));
        return toJson(m);
    }

    static ReportSettings settingsFromJson(String s) {
        try {
            Map<?, ?> m = s == null || s.isBlank() ? Map.of() : JSON.readValue(s, Map.class);
            Object rank = m.get("continuous_rank");
            Object checks = m.get("disabled_checks");
            Set<String> disabled = new LinkedHashSet<>();
            if (checks instanceof List<?> l) {
                l.forEach(o -> disabled.add(String.valueOf(o)));
            }
            ExportOptions export = new ExportOptions((String) m.get("export_preset"), (String) m.get("body_font"),
                    (String) m.get("title_font"), Boolean.TRUE.equals(m.get("bold_headings")),
                    Boolean.TRUE.equals(m.get("date_under_title")));
            return new ReportSettings(NumberingStyle.fromId((String) m.get("numbering")),
                    rank instanceof Number n ? n.intValue() : 0, export, disabled);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new StorageException("资料库中的报告设置已损坏：" + e.getMessage(), e);
        }
    }

    private static String provenanceToJson(Provenance p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("report_id", p.reportId());
        m.put("report_title", p.reportTitle());
        m.put("section_path", p.sectionPath());
        m.put("node_uid", p.nodeUid());
        m.put("taken_at", p.takenAt());
        return toJson(m);
    }

    private static Provenance provenanceFromJson(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            Map<?, ?> m = JSON.readValue(s, Map.class);
            Object rid = m.get("report_id");
            return new Provenance(rid instanceof Number n ? n.longValue() : null, (String) m.get("report_title"),
                    (String) m.get("section_path"), (String) m.get("node_uid"), (String) m.get("taken_at"));
        } catch (JsonProcessingException e) {
            throw new StorageException("资料库中的来源信息已损坏：" + e.getMessage(), e);
        }
    }
}
