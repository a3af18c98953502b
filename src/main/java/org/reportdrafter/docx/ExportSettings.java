package org.reportdrafter.docx;

import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.ExportPreset;

/** The house style (preset) and the report's own choices, resolved for one export. */
record ExportSettings(ExportPreset preset, PageLayout layout, boolean dateUnderTitle) {
    /** A built-in preset named by the options, with the report's fonts and bold choice. */
    static ExportSettings of(ExportOptions o) {
        ExportPreset p = ExportPreset.builtIn(o.preset());
        if (p == null) {
            PageLayout.byId(o.preset()); // throws the message listing the presets
        }
        return of(p, o);
    }

    /**
     * A preset chosen explicitly. A built-in preset takes the report's font choices; an office's own
     * preset is its whole house style and keeps its fonts.
     */
    static ExportSettings of(ExportPreset p, ExportOptions o) {
        ExportPreset resolved = p.isBuiltIn() ? p.withReportOptions(o) : p;
        return new ExportSettings(resolved, PageLayout.of(resolved), o.dateUnderTitle());
    }

    String bodyFont() {
        return preset.bodyFont();
    }

    String titleFont() {
        return preset.titleFont();
    }

    boolean boldHeadings() {
        return preset.boldHeadings();
    }

    double bodyPt() {
        return preset.bodyPt();
    }

    int charTwips() {
        return layout.charTwips(preset.bodyPt());
    }

    String headingFont(int level) {
        return switch (level) {
            case 1 -> preset.heading1Font();
            case 2 -> preset.heading2Font();
            default -> preset.bodyFont();
        };
    }
}
