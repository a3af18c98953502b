package org.reportdrafter.importing;

import org.reportdrafter.i18n.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Streams word/document.xml once, before POI builds anything, and refuses what would take unbounded
 * time or memory: more than {@link #MAX_XML_BYTES} of XML (a zip bomb), more paragraphs than a report
 * has, or tables nested deeper than any real document.
 */
final class DocxPrecheck {
    static final long MAX_XML_BYTES = 150L << 20;
    static final int MAX_TABLE_DEPTH = 30;

    private DocxPrecheck() {
    }

    static void check(byte[] docx, String name, int maxParagraphs) throws ImportException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("word/document.xml")) {
                    scan(zip, name, maxParagraphs);
                    return;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportException(Message.of("error.import.notWord", String.valueOf(name)), e);
        }
    }

    private static void scan(ZipInputStream in, String name, int maxParagraphs) throws IOException, ImportException {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int paragraphs = 0;
        int depth = 0;
        // a small window carried across chunks: enough for "</w:tbl>"
        byte[] tail = new byte[0];
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > MAX_XML_BYTES) {
                throw new ImportException(Message.of("error.import.zipBombSize", (MAX_XML_BYTES >> 20), String.valueOf(name)));
            }
            byte[] chunk = new byte[tail.length + n];
            System.arraycopy(tail, 0, chunk, 0, tail.length);
            System.arraycopy(buf, 0, chunk, tail.length, n);
            int limit = chunk.length - 8;
            int i = 0;
            for (; i < limit; i++) {
                if (chunk[i] != '<') {
                    continue;
                }
                if (chunk[i + 1] == 'w' && chunk[i + 2] == ':' && chunk[i + 3] == 'p' && (chunk[i + 4] == '>' || chunk[i + 4] == ' ' || chunk[i + 4] == '/')) {
                    if (++paragraphs > maxParagraphs) {
                        throw new ImportException(Message.of("error.import.tooManyParagraphsDocx", maxParagraphs, String.valueOf(name)));
                    }
                } else if (chunk[i + 1] == 'w' && chunk[i + 2] == ':' && chunk[i + 3] == 't' && chunk[i + 4] == 'b' && chunk[i + 5] == 'l'
                        && (chunk[i + 6] == '>' || chunk[i + 6] == ' ')) {
                    if (++depth > MAX_TABLE_DEPTH) {
                        throw new ImportException(Message.of("error.import.tablesTooDeep", MAX_TABLE_DEPTH, String.valueOf(name)));
                    }
                } else if (chunk[i + 1] == '/' && chunk[i + 2] == 'w' && chunk[i + 3] == ':' && chunk[i + 4] == 't' && chunk[i + 5] == 'b'
                        && chunk[i + 6] == 'l' && chunk[i + 7] == '>') {
                    depth = Math.max(0, depth - 1);
                }
            }
            tail = java.util.Arrays.copyOfRange(chunk, i, chunk.length);
        }
    }
}
