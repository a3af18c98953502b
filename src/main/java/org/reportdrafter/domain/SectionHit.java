package org.reportdrafter.domain;

/** A library section matching a search: the report, the node, its path and a snippet. */
public record SectionHit(long reportId, String reportTitle, Integer year, long nodeId, String nodeUid,
                         String path, String heading, String snippet, boolean headingMatch, java.util.List<int[]> highlights) {
    public SectionHit(long reportId, String reportTitle, Integer year, long nodeId, String nodeUid, String path, String heading,
                      String snippet, boolean headingMatch) {
        this(reportId, reportTitle, year, nodeId, nodeUid, path, heading, snippet, headingMatch, java.util.List.of());
    }
}
