package org.reportdrafter.importing;

import org.reportdrafter.i18n.Message;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes a text file whose encoding is told by its bytes, not assumed: a BOM (UTF-8, UTF-16),
 * else strict UTF-8, else what juniversalchardet detects, with the GB family read as GB18030
 * (a superset of GB2312 and GBK that Windows Notepad and WPS write).
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    public static Charset detect(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (decodesStrictly(bytes, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null || name.startsWith("GB") || name.equalsIgnoreCase("HZ-GB-2312")) {
            return GB18030;
        }
        try {
            Charset cs = Charset.forName(name);
            return decodesStrictly(bytes, cs) ? cs : GB18030;
        } catch (IllegalArgumentException e) {
            return GB18030;
        }
    }

    /** Decodes the bytes, dropping a BOM; fails on data that is not text. */
    public static String decode(byte[] bytes, String name) throws ImportException {
        Charset cs = detect(bytes);
        if (cs != StandardCharsets.UTF_8 && mostlyUtf8(bytes)) {
            // UTF-8 with damaged bytes: read as anything else it would import as mojibake
            throw new ImportException(Message.of("error.import.brokenUtf8", String.valueOf(name)));
        }
        int skip = 0;
        if (cs == StandardCharsets.UTF_8 && startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if ((cs == StandardCharsets.UTF_16LE || cs == StandardCharsets.UTF_16BE) && bytes.length >= 2) {
            skip = 2;
        }
        String text = new String(bytes, skip, bytes.length - skip, cs);
        int control = 0;
        int replaced = 0;
        boolean nul = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                replaced++;
            } else if (c == 0) {
                nul = true;
            } else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        int len = Math.max(1, text.length());
        // a stray control character or two in pasted text is not binary data; NULs and many are
        if (nul || control > 8 && control * 100 > len || replaced * 20 > len) {
            throw new ImportException(Message.of("error.import.binary", String.valueOf(name)));
        }
        return text;
    }

    /** Whether nearly all multi-byte sequences are valid UTF-8 (so the invalid ones are damage). */
    static boolean mostlyUtf8(byte[] b) {
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xFF;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return valid >= 20 && invalid > 0 && invalid * 20 < valid;
    }

    private static boolean decodesStrictly(byte[] bytes, Charset cs) {
        try {
            CharBuffer unused = cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return unused != null;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
