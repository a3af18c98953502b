package org.reportdrafter.checks;

import java.util.List;
import java.util.Locale;
import org.reportdrafter.i18n.Message;

/** A proofreading rule. Rules are independent and can be switched off per report by id. */
public interface Rule {
    String id();

    /** A short name for the settings and the panel, in Chinese (the command line, review copies). */
    default String name() {
        return name(Message.CHINESE);
    }

    /** The name in the locale's language: the key {@code rule.<id>} of the i18n bundle. */
    default String name(Locale locale) {
        return Message.format(locale, "rule." + id());
    }

    void check(CheckContext ctx, List<Finding> out);
}
