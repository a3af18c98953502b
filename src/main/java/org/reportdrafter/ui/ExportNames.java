package org.reportdrafter.ui;

import org.reportdrafter.domain.Report;

/** A suggested .docx name: the title, without characters Windows forbids in file names. */
final class ExportNames {
    private ExportNames() {
    }

    static String fileName(Report r) {
        String base = r.title().isBlank() ? "报告" : r.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (base.length() > 80 ? base.substring(0, 80) : base) + ".docx";
    }
}
