package org.reportdrafter.domain;

import java.time.Instant;

/**
 * One row of the library list. {@code author} is the name line of a personal report (述职报告: several
 * people's reports under one title), empty for most.
 */
public record ReportSummary(long id, String title, String organization, Integer year, ReportKind kind,
                            ReportStatus status, Instant updatedAt, String sourceFile, String author) {
}
