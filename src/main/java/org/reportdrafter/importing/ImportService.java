package org.reportdrafter.importing;

import org.reportdrafter.i18n.Message;
import org.reportdrafter.i18n.Localized;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.reportdrafter.domain.Report;

/**
 * Reads .txt, .docx, .doc (and HTML saved as .doc) files and pasted text into reports. The file
 * type is told by the bytes, not the name. Every failure is an {@link ImportException} with a
 * one-line Chinese message.
 */
public final class ImportService {
    public static final long MAX_TEXT_BYTES = 20L << 20;
    public static final long MAX_WORD_BYTES = 100L << 20;
    public static final int MAX_CHARS = 3_000_000;
    public static final int MAX_PARAGRAPHS = 100_000;

    static {
        // Refuse zip bombs early: an entry may not expand beyond 200 MB or 1:100 of its size.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L << 20);
    }

    private final OutlineParser parser = new OutlineParser();

    /** Parses a file into one report per document it holds. */
    public List<Report> parseFile(Path file) throws ImportException {
        String name = file.getFileName().toString();
        return parser.parse(readParagraphs(file), name);
    }

    /** Parses text pasted from a web page or another document. */
    public List<Report> parseText(String text, String sourceName) throws ImportException {
        if (text == null || text.isBlank()) {
            throw new ImportException(Message.of("error.import.pasteEmpty"));
        }
        if (text.length() > MAX_CHARS) {
            throw new ImportException(Message.of("error.import.pasteTooLong", text.length(), MAX_CHARS));
        }
        return parser.parse(List.of(text.split("\\R")), sourceName);
    }

    /** The paragraphs of a file, with automatic numbering labels rendered. */
    public List<String> readParagraphs(Path file) throws ImportException {
        String name = file.getFileName().toString();
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(Message.of("error.import.folder", String.valueOf(name)));
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(Message.of("error.import.notFound", String.valueOf(file)));
        } catch (IOException e) {
            throw new ImportException(Message.of("error.import.unreadable", String.valueOf(name), Localized.reason(e)), e);
        }
        if (size == 0) {
            throw new ImportException(Message.of("error.import.empty", String.valueOf(name)));
        }
        byte[] head = new byte[8];
        int headLen;
        try (InputStream in = Files.newInputStream(file)) {
            headLen = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ImportException(Message.of("error.import.unreadable", String.valueOf(name), Localized.reason(e)), e);
        }
        boolean zip = headLen >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole2 = headLen >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
        if ((zip || ole2) && size > MAX_WORD_BYTES) {
            throw tooLarge(name, size, MAX_WORD_BYTES);
        }
        if (!zip && !ole2 && size > MAX_TEXT_BYTES) {
            throw tooLarge(name, size, MAX_TEXT_BYTES);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(Message.of("error.import.unreadable", String.valueOf(name), Localized.reason(e)), e);
        }
        List<String> paragraphs;
        if (zip) {
            paragraphs = readDocx(bytes, name);
        } else if (ole2) {
            paragraphs = readOle2(bytes, name);
        } else {
            paragraphs = readText(bytes, name);
        }
        long chars = paragraphs.stream().mapToLong(String::length).sum();
        if (chars > MAX_CHARS) {
            throw new ImportException(Message.of("error.import.tooLong", chars, MAX_CHARS, String.valueOf(name)));
        }
        if (paragraphs.stream().allMatch(String::isBlank)) {
            throw new ImportException(Message.of("error.import.noText", String.valueOf(name)));
        }
        return paragraphs;
    }

    private static ImportException tooLarge(String name, long size, long max) {
        return new ImportException(String.format(Locale.ROOT, "文件过大（%.1f MB），超过上限 %d MB：%s",
                size / 1048576.0, max >> 20, name));
    }

    private static List<String> readDocx(byte[] bytes, String name) throws ImportException {
        DocxPrecheck.check(bytes, name, MAX_PARAGRAPHS);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new DocxReader(doc).read();
        } catch (ImportException e) {
            throw e;
        } catch (IOException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Zip bomb") || msg.contains("zip bomb") || msg.contains("max entry size")) {
                throw new ImportException(Message.of("error.import.zipBomb", String.valueOf(name)), e);
            }
            throw new ImportException(Message.of("error.import.notWord", String.valueOf(name)), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ImportException(Message.of("error.import.damaged", String.valueOf(name)), e);
        }
    }

    private static List<String> readOle2(byte[] bytes, String name) throws ImportException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new ImportException(Message.of("error.import.encrypted", String.valueOf(name)));
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new ImportException(Message.of("error.import.otherOffice", String.valueOf(name)));
            }
            try (HWPFDocument doc = new HWPFDocument(fs)) {
                return new DocReader(doc).read(MAX_PARAGRAPHS, name);
            }
        } catch (ImportException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new ImportException(Message.of("error.import.encrypted", String.valueOf(name)), e);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(Message.of("error.import.notWord", String.valueOf(name)), e);
        }
    }

    private static List<String> readText(byte[] bytes, String name) throws ImportException {
        String text = TextDecoder.decode(bytes, name);
        String probe = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(Locale.ROOT);
        if (probe.contains("<html") || probe.contains("<body") || probe.contains("<!doctype html")) {
            return htmlParagraphs(text);
        }
        return new ArrayList<>(Arrays.asList(text.split("\\R")));
    }

    /** Paragraphs of an HTML page (what some sites serve as .doc). */
    static List<String> htmlParagraphs(String html) {
        Document d = Jsoup.parse(html);
        d.select("script, style, head").remove();
        List<String> out = new ArrayList<>();
        for (Element el : d.body() == null ? List.<Element>of() : d.body().select("p, h1, h2, h3, h4, h5, h6, li, tr, div:not(:has(p, div, table, h1, h2, h3, li))")) {
            if (el.closest("td, th") != null) {
                continue; // read as part of its row
            }
            String t = el.tagName().equals("tr")
                    ? String.join("\t", el.select("> td, > th").eachText()).strip()
                    : el.text().strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        if (out.isEmpty() && d.body() != null) {
            out.addAll(Arrays.asList(d.body().wholeText().split("\\R")));
        }
        return out;
    }
}
