package org.reportdrafter.domain;

import java.util.Set;

/** Filters of a library search: kinds (empty: any), a year range (nulls: open), organization contains. */
public record SearchFilter(Set<ReportKind> kinds, Integer fromYear, Integer toYear, String organization) {
    public static final SearchFilter NONE = new SearchFilter(Set.of(), null, null, null);

    public SearchFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        organization = organization == null || organization.isBlank() ? null : organization.strip();
    }
}
