package org.reportdrafter.checks;

/** How bad a finding is: errors block circulation (exit code 3 of {@code check}). */
public enum Severity {
    ERROR("error", "错误"),
    WARNING("warning", "警告"),
    INFO("info", "提示");

    private final String code;
    private final String displayName;

    Severity(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }
}
