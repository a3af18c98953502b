package org.reportdrafter.checks;

import java.util.Locale;
import org.reportdrafter.i18n.Message;

/** How bad a finding is: errors block circulation (exit code 3 of {@code check}). */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** 错误, 警告, 提示: the command line and review copies. */
    public String displayName() {
        return displayName(Message.CHINESE);
    }

    public String displayName(Locale locale) {
        return Message.format(locale, "severity." + code);
    }
}
