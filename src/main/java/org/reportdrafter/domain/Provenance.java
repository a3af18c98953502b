package org.reportdrafter.domain;

/** Where a reused section came from: the library report, the section path there, and when it was taken. */
public record Provenance(Long reportId, String reportTitle, String sectionPath, String nodeUid, String takenAt) {
}
