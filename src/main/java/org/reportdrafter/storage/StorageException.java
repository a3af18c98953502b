package org.reportdrafter.storage;

import java.util.Locale;
import org.reportdrafter.i18n.Localized;
import org.reportdrafter.i18n.Message;

/** A library operation failed; the message is meant for the user, Chinese unless English is chosen. */
public class StorageException extends RuntimeException implements Localized {
    private final transient Localized said;

    public StorageException(String message) {
        super(message);
        this.said = Localized.verbatim(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
        this.said = Localized.verbatim(message);
    }

    /** The message in Chinese as {@link #getMessage()} (the command line), and in English for the UI. */
    public StorageException(Message message) {
        super(message.chinese());
        this.said = message;
    }

    public StorageException(Message message, Throwable cause) {
        super(message.chinese(), cause);
        this.said = message;
    }

    @Override
    public String text(Locale locale) {
        return said.text(locale);
    }
}
