package org.reportdrafter.storage;

import org.reportdrafter.i18n.Message;
import org.reportdrafter.i18n.Localized;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.VersionInfo;

/** Versions of reports (table {@code versions}): snapshots in the report codec's JSON ({@link ReportJson}). */
final class VersionStore {
    private final Database db;

    VersionStore(Database db) {
        this.db = db;
    }

    long save(long reportId, String name, String kind, Report content, Instant at) {
        String json = ReportJson.write(content);
        return db.inTransaction(c -> {
            if (ReportStore.revision(c, reportId) == null) {
                throw new StorageException(Message.of("error.storage.deletedNoVersion", reportId));
            }
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

    List<VersionInfo> list(long reportId) {
        return db.read(c -> {
            List<VersionInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, created_at, name, kind, chars FROM versions WHERE report_id=? ORDER BY created_at DESC, id DESC")) {
                ps.setLong(1, reportId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new VersionInfo(rs.getLong(1), reportId, Instant.parse(rs.getString(2)),
                                rs.getString(3), rs.getString(4), rs.getInt(5)));
                    }
                }
            }
            return out;
        });
    }

    Optional<Report> load(long versionId) {
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
            throw new StorageException(Message.of("error.storage.versionsDamaged", Localized.reason(e)), e);
        }
    }

    void copy(long fromReport, long toReport) {
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
}
