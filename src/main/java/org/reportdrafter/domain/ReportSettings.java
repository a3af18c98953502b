package org.reportdrafter.domain;

import java.util.Set;

/**
 * Per-report settings saved with the report.
 *
 * @param continuousRank the numbering rank whose counter runs straight through all groups (measures
 *                       ⒈…33. through every ㈠ of a section); 0 when every group restarts at 1
 * @param export         the DOCX layout: preset, fonts, bold headings
 * @param disabledChecks proofreading rule ids switched off for this report
 */
public record ReportSettings(NumberingStyle numbering, int continuousRank, ExportOptions export, Set<String> disabledChecks) {

    public static final ReportSettings DEFAULT = new ReportSettings(NumberingStyle.GONGWEN, 0, ExportOptions.DEFAULT, Set.of());

    public ReportSettings {
        numbering = numbering == null ? NumberingStyle.GONGWEN : numbering;
        export = export == null ? ExportOptions.DEFAULT : export;
        disabledChecks = disabledChecks == null ? Set.of() : Set.copyOf(disabledChecks);
        if (continuousRank < 0) {
            throw new IllegalArgumentException("continuousRank < 0");
        }
    }

    public ReportSettings withNumbering(NumberingStyle style) {
        return new ReportSettings(style, continuousRank, export, disabledChecks);
    }

    public ReportSettings withContinuousRank(int rank) {
        return new ReportSettings(numbering, rank, export, disabledChecks);
    }

    public ReportSettings withExport(ExportOptions options) {
        return new ReportSettings(numbering, continuousRank, options, disabledChecks);
    }

    public ReportSettings withDisabledChecks(Set<String> ids) {
        return new ReportSettings(numbering, continuousRank, export, ids);
    }
}
