package org.reportdrafter.i18n;

import java.util.Locale;

/**
 * Something the app says that is shown in the language chosen when it is shown: a {@link Message}, a
 * place in a report, an error. The packages below the UI make these; the UI picks the language.
 */
public interface Localized {
    String text(Locale locale);

    /** The text in Chinese: the command line, the review copy and the logs speak Chinese. */
    default String chinese() {
        return text(Message.CHINESE);
    }

    /** A text that is the same in every language (a file's name, a message from the JDK or a library). */
    static Localized verbatim(String text) {
        String t = text == null ? "" : text;
        return locale -> t;
    }

    /**
     * Why {@code t} failed, for a message that passes it on (备份失败：…): its own text in the reader's
     * language when it has one, else what the JDK or library said.
     */
    static Localized reason(Throwable t) {
        if (t instanceof Localized l) {
            return l;
        }
        String m = t == null ? null : t.getMessage();
        return verbatim(m == null || m.isBlank() ? (t == null ? "" : t.getClass().getSimpleName()) : m);
    }
}
