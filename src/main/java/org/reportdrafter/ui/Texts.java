package org.reportdrafter.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** UI strings: Chinese by default, English when the user chose it. */
public final class Texts {
    private static ResourceBundle bundle = load(Locale.SIMPLIFIED_CHINESE);
    private static boolean english;

    private Texts() {
    }

    private static ResourceBundle load(Locale locale) {
        // The root bundle is Chinese; never fall back to the JVM's default locale.
        return ResourceBundle.getBundle("org.reportdrafter.ui.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static synchronized void setEnglish(boolean en) {
        english = en;
        bundle = load(en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    public static synchronized boolean english() {
        return english;
    }

    /** The chosen language, for texts the other packages make ({@link org.reportdrafter.i18n.Localized}). */
    public static synchronized Locale locale() {
        return english ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** Something another package said (a finding, a place, an error that carries its text) in the chosen language. */
    public static String of(org.reportdrafter.i18n.Localized said) {
        return said.text(locale());
    }

    /**
     * A name the domain made in Chinese (an outline edit's: 上移, 拆分条目…) in the chosen language: the key
     * under {@code prefix} whose Chinese text it is, or the name as it is when there is none.
     */
    public static synchronized String fromChinese(String prefix, String chinese) {
        if (!english || chinese == null || chinese.isEmpty()) {
            return chinese;
        }
        ResourceBundle zh = load(Locale.SIMPLIFIED_CHINESE);
        for (String key : zh.keySet()) {
            if (key.startsWith(prefix) && zh.getString(key).equals(chinese)) {
                return bundle.getString(key);
            }
        }
        return chinese;
    }

    /**
     * Why {@code t} failed, in the chosen language: the errors of the other packages carry their text as a
     * key ({@link org.reportdrafter.i18n.Localized}), a wrapper's cause is looked at too; others say what
     * the JDK or library said.
     */
    public static String error(Throwable t) {
        return error(t, locale());
    }

    private static String error(Throwable t, Locale locale) {
        Throwable shown = t;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof org.reportdrafter.i18n.Localized) {
                // a wrapper that only passes the cause on (a task's RuntimeException) says the cause
                if (c == t || t.getMessage() == null || t.getMessage().contains(c.getMessage() == null ? "\0" : c.getMessage())) {
                    shown = c;
                }
                break;
            }
        }
        String m = org.reportdrafter.i18n.Localized.reason(shown).text(locale);
        return m.isBlank() || shown == null ? get("error.unknown") : m;
    }

    /** {@link #error} kept as a text that is said anew in the language chosen later (the status bar's). */
    public static org.reportdrafter.i18n.Localized said(Throwable t) {
        return locale -> error(t, locale);
    }

    public static synchronized String get(String key, Object... args) {
        String s;
        try {
            s = bundle.getString(key);
        } catch (MissingResourceException e) {
            s = key;
        }
        if (args.length == 0) {
            return s;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof org.reportdrafter.i18n.Localized l) {
                shown[i] = l.text(locale()); // a place or message from another package, in the same language
            }
        }
        try {
            return new MessageFormat(s, locale()).format(shown);
        } catch (IllegalArgumentException e) {
            // a count passed as text to a plural form: shown as its number rather than failing the window
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] instanceof String t && t.matches("-?\\d{1,18}")) {
                    shown[i] = Long.parseLong(t);
                }
            }
            return new MessageFormat(s, locale()).format(shown);
        }
    }
}
