package org.reportdrafter.storage;

import org.reportdrafter.i18n.Message;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportSummary;
import org.reportdrafter.domain.SearchFilter;
import org.reportdrafter.domain.SectionHit;
import org.reportdrafter.domain.VersionInfo;

/**
 * {@link ReportRepository} on the SQLite library file: a {@link ReportStore} (reports and their trees), a
 * {@link SearchIndex} (full text, written in the same transaction as the report) and a {@link VersionStore}.
 * Writes go through the database's one writer connection; reads through read connections of their own.
 */
public final class SqliteReportRepository implements ReportRepository {
    static final int CANDIDATES = SearchIndex.CANDIDATES;

    private final Database db;
    private final SearchIndex index = new SearchIndex();
    private final ReportStore store = new ReportStore(index);
    private final VersionStore versions;

    public SqliteReportRepository(Database db) {
        this.db = db;
        this.versions = new VersionStore(db);
    }

    public Database database() {
        return db;
    }

    @Override
    public long save(Report report) {
        return db.inTransaction(c -> store.save(c, report));
    }

    @Override
    public WriteOutcome save(Report report, long revision) {
        return db.inTransaction(c -> store.saveRevision(c, report, revision));
    }

    @Override
    public long revision(long id) {
        Long r = db.read(c -> ReportStore.revision(c, id));
        if (r == null) {
            throw new StorageException(Message.of("error.storage.noReport", id));
        }
        return r;
    }

    @Override
    public List<Long> saveAll(List<Report> reports) {
        return db.inTransaction(c -> {
            List<Long> ids = new ArrayList<>();
            for (Report r : reports) {
                ids.add(store.save(c, r));
            }
            return ids;
        });
    }

    @Override
    public Optional<Report> load(long id) {
        return db.read(c -> store.load(c, id));
    }

    @Override
    public List<ReportSummary> list() {
        return db.read(store::list);
    }

    @Override
    public boolean delete(long id) {
        return db.inTransaction(c -> store.delete(c, id));
    }

    @Override
    public int count() {
        return db.read(store::count);
    }

    @Override
    public List<SectionHit> searchSections(String query, SearchFilter filter, int limit) {
        return index.searchSections(db, query, filter, limit);
    }

    @Override
    public List<SectionHit> similarSections(String text, Long excludeReport, int limit) {
        return index.similarSections(db, text, excludeReport, limit);
    }

    @Override
    public Optional<OutlineNode> loadSection(long nodeId) {
        if (nodeId < 0) {
            return db.read(c -> SearchIndex.documentSection(c, -nodeId));
        }
        return db.read(c -> {
            Optional<String[]> where = ReportStore.nodeAddress(c, nodeId);
            if (where.isEmpty()) {
                return Optional.<OutlineNode>empty();
            }
            String uid = where.get()[1];
            return store.load(c, Long.parseLong(where.get()[0]))
                    .flatMap(r -> r.allNodes().stream().filter(n -> n.uid().equals(uid)).findFirst());
        });
    }

    @Override
    public long saveVersion(long reportId, String name, String kind, Report content, Instant at) {
        return versions.save(reportId, name, kind, content, at);
    }

    @Override
    public List<VersionInfo> versions(long reportId) {
        return versions.list(reportId);
    }

    @Override
    public Optional<Report> loadVersion(long versionId) {
        return versions.load(versionId);
    }

    @Override
    public void copyVersions(long fromReport, long toReport) {
        versions.copy(fromReport, toReport);
    }

    @Override
    public ExportPresetRepository exportPresets() {
        return new ExportPresetRepository(db);
    }

    @Override
    public TermStore terms() {
        return new TermStore(db);
    }

    @Override
    public Phrases phrases() {
        return new Phrases(db);
    }

    @Override
    public void backup(Path out) {
        Backups.backup(db, out);
    }

    @Override
    public List<Long> storePortable(List<PortableJson.Entry> entries) {
        return db.inTransaction(c -> {
            List<Long> ids = new ArrayList<>();
            for (PortableJson.Entry e : entries) {
                ids.add(PortableJson.store(db, this, e));
            }
            return ids;
        });
    }

    @Override
    public Path location() {
        return db.path();
    }
}
