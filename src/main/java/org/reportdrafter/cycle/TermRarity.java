package org.reportdrafter.cycle;

import java.util.Map;
import java.util.Set;

/**
 * How rare terms are across a body of text: the weight of a term in matching is its inverse document
 * frequency, so 科技 and 竞赛 say more than 教育. The library's search index is one source (see
 * storage.LibraryTermRarity); the two documents compared are the fallback.
 */
public interface TermRarity {
    /**
     * Inverse document frequency, ln(1 + N / df), of each term the source has seen; terms it has never
     * seen are left out (the caller falls back to the documents' own counts).
     */
    Map<String, Double> weights(Set<String> terms);

    /** No outside source: weights come from the two documents alone. */
    TermRarity NONE = terms -> Map.of();
}
