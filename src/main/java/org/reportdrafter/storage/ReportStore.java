package org.reportdrafter.storage;

import org.reportdrafter.i18n.Message;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.ReportStatus;
import org.reportdrafter.domain.ReportSummary;

/**
 * Reports and their outline trees in the tables {@code reports} and {@code nodes}. Writing a stored report
 * updates its row and only the node rows that changed ({@link NodeRows}), with their index rows, in the same
 * transaction. A write of an existing report carries a revision: an older revision never replaces a newer
 * one, and a report whose row is gone (deleted) is never written back.
 */
final class ReportStore {
    private final SearchIndex index;
    private final NodeRows nodes;

    ReportStore(SearchIndex index) {
        this.index = index;
        this.nodes = new NodeRows(index);
    }

    /** Inserts a new report (no id) or replaces a stored one, raising its revision by one. */
    long save(Connection c, Report r) throws SQLException {
        if (r.id() == null) {
            return insert(c, r, 0);
        }
        Long stored = revision(c, r.id());
        if (stored == null) {
            throw new StorageException(Message.of("error.storage.deleted", r.id()));
        }
        update(c, r, stored + 1);
        return r.id();
    }

    /** Replaces a stored report if {@code revision} is not older than the stored one. */
    ReportRepository.WriteOutcome saveRevision(Connection c, Report r, long revision) throws SQLException {
        if (r.id() == null) {
            throw new IllegalArgumentException("a revision is written for a stored report");
        }
        Long stored = revision(c, r.id());
        if (stored == null) {
            return ReportRepository.WriteOutcome.DELETED;
        }
        if (stored > revision) {
            return ReportRepository.WriteOutcome.SUPERSEDED;
        }
        update(c, r, revision);
        return ReportRepository.WriteOutcome.SAVED;
    }

    static Long revision(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT revision FROM reports WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private long insert(Connection c, Report r, long revision) throws SQLException {
        String now = Instant.now().toString();
        long id;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO reports (title, organization, year, kind, status, date_of_issue, preamble, trailer,
                  clutter_before, clutter_after, settings, source_file, imported_at, updated_at, parts, tables, revision, created_at)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", Statement.RETURN_GENERATED_KEYS)) {
            bindReport(ps, r, now, revision);
            ps.setString(18, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        r.setId(id);
        Map<OutlineNode, String> labels = Labeler.labels(r);
        nodes.insert(c, id, r, labels);
        index.indexDocumentText(c, id, r, labels, false);
        r.setUpdatedAt(Instant.parse(now));
        return id;
    }

    private void update(Connection c, Report r, long revision) throws SQLException {
        String now = Instant.now().toString();
        long id = r.id();
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE reports SET title=?, organization=?, year=?, kind=?, status=?, date_of_issue=?,
                  preamble=?, trailer=?, clutter_before=?, clutter_after=?, settings=?, source_file=?,
                  imported_at=?, updated_at=?, parts=?, tables=?, revision=? WHERE id=?""")) {
            bindReport(ps, r, now, revision);
            ps.setLong(18, id);
            ps.executeUpdate();
        }
        Map<OutlineNode, String> labels = Labeler.labels(r);
        nodes.update(c, id, r, labels);
        index.indexDocumentText(c, id, r, labels, true);
        r.setUpdatedAt(Instant.parse(now));
    }

    private static void bindReport(PreparedStatement ps, Report r, String now, long revision) throws SQLException {
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
        ps.setString(7, strings(r.preamble()));
        ps.setString(8, strings(r.trailer()));
        ps.setInt(9, r.clutterBefore());
        ps.setInt(10, r.clutterAfter());
        ps.setString(11, ReportJson.settingsJson(r.settings()));
        ps.setString(12, r.sourceFile());
        ps.setString(13, r.importedAt() == null ? null : r.importedAt().toString());
        ps.setString(14, now);
        ps.setString(15, ReportJson.partsJson(r.parts()));
        ps.setString(16, ReportJson.tablesJson(r.root().tables()));
        ps.setLong(17, revision);
    }

    private void deleteRows(Connection c, long reportId) throws SQLException {
        index.remove(c, reportId);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM nodes WHERE report_id=?")) {
            ps.setLong(1, reportId);
            ps.executeUpdate();
        }
    }

    Optional<Report> load(Connection c, long id) throws SQLException {
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
        NodeRows.load(c, id, r.root());
        return Optional.of(r);
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
        r.preamble().addAll(readStrings(rs.getString("preamble")));
        r.trailer().addAll(readStrings(rs.getString("trailer")));
        r.setClutterBefore(rs.getInt("clutter_before"));
        r.setClutterAfter(rs.getInt("clutter_after"));
        r.setSettings(ReportJson.readSettingsJson(rs.getString("settings")));
        r.setParts(ReportJson.readPartsJson(rs.getString("parts")));
        r.root().setTables(ReportJson.readTablesJson(rs.getString("tables")));
        r.setSourceFile(rs.getString("source_file"));
        String imported = rs.getString("imported_at");
        r.setImportedAt(imported == null ? null : StoredInstants.parse(imported));
        r.setUpdatedAt(StoredInstants.parse(rs.getString("updated_at")));
        return r;
    }

    List<ReportSummary> list(Connection c) throws SQLException {
        List<ReportSummary> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, title, organization, year, kind, status, updated_at, source_file, "
                        + "json_extract(parts, '$.author') AS author FROM reports ORDER BY id")) {
            while (rs.next()) {
                int year = rs.getInt("year");
                Integer y = rs.wasNull() ? null : year;
                out.add(new ReportSummary(rs.getLong("id"), rs.getString("title"), rs.getString("organization"), y,
                        ReportKind.fromCode(rs.getString("kind")), ReportStatus.fromCode(rs.getString("status")),
                        StoredInstants.parse(rs.getString("updated_at")), rs.getString("source_file"),
                        rs.getString("author") == null ? "" : rs.getString("author")));
            }
        }
        return out;
    }

    boolean delete(Connection c, long id) throws SQLException {
        deleteRows(c, id);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM reports WHERE id=?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() > 0;
        }
    }

    int count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM reports")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Report id and uid of a stored node. */
    static Optional<String[]> nodeAddress(Connection c, long nodeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT report_id, uid FROM nodes WHERE id=?")) {
            ps.setLong(1, nodeId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
            }
        }
    }

    private static String strings(List<String> values) {
        return ReportJson.MAPPER.createArrayNode().addAll(values.stream()
                .map(v -> (com.fasterxml.jackson.databind.JsonNode) ReportJson.MAPPER.getNodeFactory().textNode(v)).toList()).toString();
    }

    private static List<String> readStrings(String json) throws SQLException {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<String> out = new ArrayList<>();
            ReportJson.MAPPER.readTree(json).forEach(x -> out.add(x.asText()));
            return out;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("damaged paragraph column", e);
        }
    }
}
