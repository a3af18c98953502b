package org.reportdrafter.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A text the packages below the UI make (a proofreading finding, an import or storage error), kept as a
 * key of the bundle {@code org/reportdrafter/i18n/messages} and its arguments, so the UI can show it in the
 * chosen language while the command line and documents for Chinese offices take {@link #chinese()}.
 * Arguments that are {@link Localized} (a place in the report, another message) are shown in the same
 * language; strings are the clerk's own text and stay as written; numbers are counts and take the
 * bundle's plural forms.
 */
public record Message(String key, List<Object> args) implements Localized {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "org.reportdrafter.i18n.messages";

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }

    /** English when the locale's language is English, else Chinese (the app's two languages). */
    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public static ResourceBundle bundle(Locale locale) {
        // the root bundle is Chinese; never fall back to the JVM's default locale
        return ResourceBundle.getBundle(BUNDLE, english(locale) ? Locale.ENGLISH : CHINESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text of {@code key} with {@code args} in the locale's language (the key itself if the bundle lacks it). */
    public static String format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return formatPattern(locale, pattern, args);
    }

    /**
     * {@code pattern} as MessageFormat has it (always, so an apostrophe is written '' whether or not the
     * text has arguments), {@link Localized} arguments in the same language.
     */
    public static String formatPattern(Locale locale, String pattern, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Localized l ? l.text(locale) : args[i];
        }
        return new MessageFormat(pattern, english(locale) ? Locale.ENGLISH : CHINESE).format(shown);
    }

    @Override
    public String text(Locale locale) {
        return format(locale, key, args.toArray());
    }

    @Override
    public String toString() {
        return chinese();
    }
}
