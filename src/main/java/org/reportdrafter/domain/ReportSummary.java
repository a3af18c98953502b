package org.reportdrafter.domain;

import java.time.Instant;

/** One row of the library list. */
public record ReportSummary(long id, String title, String organization, Integer year, ReportKind kind,
                            ReportStatus status, Instant updatedAt, String sourceFile) {
}
