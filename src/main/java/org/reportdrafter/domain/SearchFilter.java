package org.reportdrafter.domain;

import java.util.Set;

/**
 * Filters of a library search: kinds (empty: any), a year range (nulls: open), organization contains, a
 * report to leave out (the one being written; null: none) and whether templates count.
 */
public record SearchFilter(Set<ReportKind> kinds, Integer fromYear, Integer toYear, String organization,
                           Long excludeReport, boolean includeTemplates) {
    public static final SearchFilter NONE = new SearchFilter(Set.of(), null, null, null);

    public SearchFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        organization = organization == null || organization.isBlank() ? null : organization.strip();
    }

    /** Every report, templates included (the command line's search). */
    public SearchFilter(Set<ReportKind> kinds, Integer fromYear, Integer toYear, String organization) {
        this(kinds, fromYear, toYear, organization, null, true);
    }

    public SearchFilter leavingOut(Long report, boolean templates) {
        return new SearchFilter(kinds, fromYear, toYear, organization, report, templates);
    }
}
