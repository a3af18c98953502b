package org.reportdrafter.importing;

import java.util.Locale;
import org.reportdrafter.i18n.Localized;
import org.reportdrafter.i18n.Message;

/** A source could not be imported; the message is one line meant for the user, Chinese unless English is chosen. */
public class ImportException extends Exception implements Localized {
    private final transient Localized said;

    public ImportException(String message) {
        super(message);
        this.said = Localized.verbatim(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
        this.said = Localized.verbatim(message);
    }

    /** The message in Chinese as {@link #getMessage()} (the command line), and in English for the UI. */
    public ImportException(Message message) {
        super(message.chinese());
        this.said = message;
    }

    public ImportException(Message message, Throwable cause) {
        super(message.chinese(), cause);
        this.said = message;
    }

    @Override
    public String text(Locale locale) {
        return said.text(locale);
    }
}
