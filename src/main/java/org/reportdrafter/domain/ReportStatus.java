package org.reportdrafter.domain;

import java.util.Locale;

/** Where a report stands in the library: being drafted, a finished past report, or a template. */
public enum ReportStatus {
    DRAFT("draft", "草稿"),
    PAST("past", "往年报告"),
    TEMPLATE("template", "模板");

    private final String code;
    private final String displayName;

    ReportStatus(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public static ReportStatus fromCode(String code) {
        if (code != null) {
            String c = code.trim().toLowerCase(Locale.ROOT);
            for (ReportStatus s : values()) {
                if (s.code.equals(c)) {
                    return s;
                }
            }
        }
        return PAST;
    }
}
