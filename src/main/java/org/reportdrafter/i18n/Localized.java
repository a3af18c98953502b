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
}
