package org.reportdrafter.domain;

/** Character counting as Chinese offices count 字数: every character except whitespace. */
public final class TextStats {
    private TextStats() {
    }

    public static int countChars(CharSequence s) {
        if (s == null) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
                n++;
            }
        }
        return n;
    }
}
