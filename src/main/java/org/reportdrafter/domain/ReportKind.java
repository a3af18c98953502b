package org.reportdrafter.domain;

import java.util.Locale;

/** What kind of document a report is; {@link #code()} is the stable name used in JSON and the library. */
public enum ReportKind {
    PLAN("plan", "工作计划/要点"),
    SUMMARY("summary", "工作总结"),
    SUMMARY_AND_PLAN("summary_and_plan", "总结和计划"),
    OTHER("other", "其他");

    private final String code;
    private final String displayName;

    ReportKind(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public static ReportKind fromCode(String code) {
        if (code == null) {
            return OTHER;
        }
        String c = code.trim().toLowerCase(Locale.ROOT);
        for (ReportKind k : values()) {
            if (k.code.equals(c)) {
                return k;
            }
        }
        return OTHER;
    }
}
