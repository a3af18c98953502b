package org.reportdrafter.domain;

/**
 * Which plan a summary answers (or which summary a plan was drafted from): the library id when the
 * source is in the library, else null; its title and year as they were; the file it was read from, if any.
 */
public record PlanLink(Long reportId, String title, Integer year, String sourceFile) {
    public PlanLink {
        title = title == null ? "" : title;
        sourceFile = sourceFile == null ? "" : sourceFile;
    }

    public static PlanLink of(Report r) {
        return new PlanLink(r.id(), r.title(), r.year(), r.sourceFile());
    }
}
