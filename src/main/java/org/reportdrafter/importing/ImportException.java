package org.reportdrafter.importing;

/** A source could not be imported; the message is one line in Chinese, meant for the user. */
public class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
