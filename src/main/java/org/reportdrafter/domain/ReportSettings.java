package org.reportdrafter.domain;

import java.util.Set;

/**
 * Per-report settings saved with the report.
 *
 * @param continuousRank the numbering rank whose counter runs straight through all groups (measures
 *                       ⒈…33. through every ㈠ of a section); 0 when every group restarts at 1
 * @param exportPreset   the id of the DOCX layout preset
 * @param disabledChecks proofreading rule ids switched off for this report
 */
public record ReportSettings(NumberingStyle numbering, int continuousRank, String exportPreset, Set<String> disabledChecks) {

    public static final ReportSettings DEFAULT = new ReportSettings(NumberingStyle.GONGWEN, 0, "guobiao", Set.of());

    public ReportSettings {
        numbering = numbering == null ? NumberingStyle.GONGWEN : numbering;
        exportPreset = exportPreset == null || exportPreset.isBlank() ? "guobiao" : exportPreset;
        disabledChecks = disabledChecks == null ? Set.of() : Set.copyOf(disabledChecks);
        if (continuousRank < 0) {
            throw new IllegalArgumentException("continuousRank < 0");
        }
    }

    public ReportSettings withNumbering(NumberingStyle style) {
        return new ReportSettings(style, continuousRank, exportPreset, disabledChecks);
    }

    public ReportSettings withContinuousRank(int rank) {
        return new ReportSettings(numbering, rank, exportPreset, disabledChecks);
    }

    public ReportSettings withExportPreset(String preset) {
        return new ReportSettings(numbering, continuousRank, preset, disabledChecks);
    }

    public ReportSettings withDisabledChecks(Set<String> ids) {
        return new ReportSettings(numbering, continuousRank, exportPreset, ids);
    }
}
