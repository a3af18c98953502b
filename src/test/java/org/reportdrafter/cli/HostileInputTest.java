package org.reportdrafter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.importing.Fixtures;
import org.reportdrafter.storage.Database;

/**
 * A corpus of bad files, generated here. Each one gets a one-line message in Chinese and exit code 1,
 * in bounded time, and the library stays exactly as it was.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    static Path minimalDocx(Path file, String body) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.write(body.getBytes(StandardCharsets.UTF_8));
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Path> corpus() throws Exception {
        Map<String, Path> files = new LinkedHashMap<>();
        byte[] good = Files.readAllBytes(minimalDocx(dir.resolve("good.docx"), "<w:p><w:r><w:t>一、指导思想</w:t></w:r></w:p>"));
        files.put("truncated .docx", Files.write(dir.resolve("truncated.docx"), java.util.Arrays.copyOf(good, good.length / 2)));
        byte[] junk = new byte[4000];
        new Random(7).nextBytes(junk);
        junk[0] = 'P';
        junk[1] = 'K';
        junk[2] = 3;
        junk[3] = 4;
        files.put("corrupt .docx", Files.write(dir.resolve("corrupt.docx"), junk));
        Path enc = dir.resolve("encrypted.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor e = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            e.confirmPassword("secret");
            try (OutputStream os = e.getDataStream(fs)) {
                os.write(good);
            }
            try (OutputStream out = Files.newOutputStream(enc)) {
                fs.writeFilesystem(out);
            }
        }
        files.put("encrypted .docx", enc);
        Path bomb = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 400; i++) {
                zip.write(spaces);
            }
        }
        files.put("zip bomb", bomb);
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(50L << 20);
        }
        files.put("50 MB .txt", big);
        byte[] bin = new byte[100_000];
        new Random(3).nextBytes(bin);
        files.put("binary", Files.write(dir.resolve("photo.txt"), bin));
        byte[] png = Files.readAllBytes(Fixtures.resource("plan-2024.doc"));
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        files.put("PNG named .doc", Files.write(dir.resolve("image.doc"), png));
        byte[] utf8 = Files.readAllBytes(Fixtures.resource("plan-2024.txt"));
        utf8[200] = (byte) 0xFF;
        utf8[400] = (byte) 0xC3;
        files.put("invalid UTF-8", Files.write(dir.resolve("damaged.txt"), utf8));
        files.put("XML-invalid control characters", minimalDocx(dir.resolve("control.docx"),
                "<w:p><w:r><w:t>一、指导\u0001思想\u0002</w:t></w:r></w:p>"));
        files.put("thousands of nested tables", minimalDocx(dir.resolve("nested.docx"),
                "<w:tbl><w:tr><w:tc>".repeat(5000) + "<w:p/>" + "</w:tc></w:tr></w:tbl>".repeat(5000)));
        files.put("a million tiny paragraphs", minimalDocx(dir.resolve("million.docx"), "<w:p/>".repeat(1_000_000)));
        files.put("empty", Files.createFile(dir.resolve("empty.docx")));
        return files;
    }

    private static String dump(Path db) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Database d = Database.open(db); Statement st = d.connection().createStatement()) {
            for (String table : new String[] {"reports", "nodes", "versions", "app_state"}) {
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= cols; i++) {
                            md.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            assertEquals("ok", d.integrityCheck());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    @Test
    void everyBadFileIsRefusedWithAChineseLineAndTheLibraryUnchanged() throws Exception {
        Path db = dir.resolve("library.db");
        assertEquals(0, CliTest.run("import", "--db", db.toString(), Fixtures.resource("plan-2024.txt").toString()).exit());
        String before = dump(db);
        for (Map.Entry<String, Path> e : corpus().entrySet()) {
            CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> CliTest.run("import", "--db", db.toString(), e.getValue().toString()), e.getKey() + " takes too long");
            assertEquals(1, r.exit(), e.getKey() + ": " + r.out() + r.err());
            String line = r.err().strip();
            assertTrue(!line.contains("\n"), e.getKey() + ": one line: " + line);
            assertTrue(line.startsWith("导入失败：") && line.codePoints().skip(5).anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    e.getKey() + ": " + line);
            assertEquals(before, dump(db), e.getKey() + " changed the library");
        }
    }

    @Test
    void htmlServedAsDocAndStrayControlCharactersInTextAreRead() throws Exception {
        Path db = dir.resolve("library.db");
        Path html = Files.writeString(dir.resolve("page.doc"), "<html><body><p>某局2025年工作要点</p><p>一、指导思想</p><p>以新思想为指导。</p></body></html>");
        assertEquals(0, CliTest.run("import", "--db", db.toString(), html.toString()).exit());
        Path ctrl = Files.writeString(dir.resolve("ctrl.txt"), "某局2025年工作要点\n一、指导\u0001思想\n以新思想为指导。\u000B\n");
        CliTest.Run imported = CliTest.run("import", "--db", db.toString(), ctrl.toString());
        assertEquals(0, imported.exit(), imported.err());
        String id = imported.out().split("\t")[0];
        Path out = dir.resolve("ctrl.docx");
        assertEquals(0, CliTest.run("export", "--db", db.toString(), id, "--docx", out.toString()).exit(), "the export still opens");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(out))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("一、指导思想")));
        }
    }
}
