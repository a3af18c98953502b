package org.reportdrafter.checks;

/** A safe correction: replace {@code length} characters at the finding's offset with {@code replacement}. */
public record Fix(int length, String replacement) {
}
