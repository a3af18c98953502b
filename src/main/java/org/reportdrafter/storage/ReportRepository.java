package org.reportdrafter.storage;

import java.util.List;
import java.util.Optional;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportSummary;
import org.reportdrafter.domain.SectionHit;

/** The library of reports. Every write is one transaction. */
public interface ReportRepository {

    /** What became of a write that carries a revision. */
    enum WriteOutcome {
        SAVED,
        /** A newer revision is stored already: this older one was not written. */
        SUPERSEDED,
        /** The report was deleted: it is not written back. */
        DELETED
    }

    /**
     * Inserts the report (no id: assigning one) or replaces the stored one with the same id, raising its
     * revision. A report whose row is gone (deleted) is refused, never inserted again.
     */
    long save(Report report);

    /**
     * Replaces the stored report with this revision of it, unless a newer revision is stored (then
     * nothing is written) or the report was deleted. The editor's autosave writes this way.
     */
    WriteOutcome save(Report report, long revision);

    /** The stored revision of a report. */
    long revision(long id);

    /** The phrase library kept in the same library. */
    Phrases phrases();

    /** The office's export presets (house styles) kept in the same library. */
    ExportPresetRepository exportPresets();

    /** The protected terms and preferred wording kept in the same library. */
    TermStore terms();

    /** A consistent copy of the whole library, written atomically to {@code out}. */
    void backup(java.nio.file.Path out);

    /** Stores the entries of a portable .json (reports and their versions) as new reports, all in one transaction. */
    List<Long> storePortable(List<PortableJson.Entry> entries);

    /** The library file (recovery files are kept beside it). */
    java.nio.file.Path location();

    /** Saves several reports in one transaction: all are stored, or none. */
    List<Long> saveAll(List<Report> reports);

    Optional<Report> load(long id);

    List<ReportSummary> list();

    boolean delete(long id);

    int count();

    /**
     * Sections whose heading or body contains every term of the query (terms separated by
     * whitespace, a quoted phrase counts as one term), best first.
     */
    default List<SectionHit> searchSections(String query, int limit) {
        return searchSections(query, org.reportdrafter.domain.SearchFilter.NONE, limit);
    }

    /** As {@link #searchSections(String, int)}, within the filter's kinds, years and organization. */
    List<SectionHit> searchSections(String query, org.reportdrafter.domain.SearchFilter filter, int limit);

    /**
     * Sections similar to a heading or text, from other reports: the rarer of its character pairs count
     * most (bm25), headings ten times the body.
     */
    List<SectionHit> similarSections(String text, Long excludeReport, int limit);

    /** One section of a stored report, by node id, with its subtree. */
    Optional<org.reportdrafter.domain.OutlineNode> loadSection(long nodeId);

    /** Stores a version of the report (a snapshot of its content) and returns its id. */
    long saveVersion(long reportId, String name, String kind, Report content, java.time.Instant at);

    /** Versions of a report, newest first. */
    List<org.reportdrafter.domain.VersionInfo> versions(long reportId);

    Optional<Report> loadVersion(long versionId);

    /** Copies every version of one report to another (duplicating a report keeps its history). */
    void copyVersions(long fromReport, long toReport);
}
