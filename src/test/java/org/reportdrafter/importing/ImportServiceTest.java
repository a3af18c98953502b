package org.reportdrafter.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;

class ImportServiceTest {
    @TempDir
    Path dir;
    private final ImportService service = new ImportService();

    @ParameterizedTest
    @ValueSource(strings = {"plan-2024.txt", "plan-2024-utf8bom.txt", "plan-2024-gb18030.txt", "plan-2024-utf16le.txt",
            "plan-2024-utf16be.txt"})
    void readsTextInEveryEncodingFromTheBytes(String fixture) throws Exception {
        Report r = service.parseFile(Fixtures.resource(fixture)).get(0);
        assertEquals("某县教育局2024年工作要点", r.title());
        assertEquals(6, r.sections().size());
        assertEquals("首页 > 范文大全 > 工作计划", r.preamble().get(0), "no BOM left in the first line");
    }

    @Test
    void readsDocxWithTypedNumberingAndTables() throws Exception {
        Report r = service.parseFile(Fixtures.typedDocx(dir)).get(0);
        assertEquals("某区教育局2025年工作要点", r.title());
        assertEquals(2, r.sections().size());
        OutlineNode work = r.sections().get(1);
        assertEquals(2, work.children().size());
        assertEquals("实施教师全员培训。", work.children().get(0).children().get(0).heading());
        List<String> paragraphs = service.readParagraphs(Fixtures.typedDocx(dir));
        assertEquals(List.of("\u2063TABLE", "月份\t主要活动", "3月\t开展春季教学视导。", "\u2063END"),
                paragraphs.subList(paragraphs.size() - 4, paragraphs.size()), "a table: marked rows, cells TAB-joined");
    }

    @Test
    void labelsFromWordAutomaticNumberingComeOutAsLabels() throws Exception {
        List<String> paragraphs = service.readParagraphs(Fixtures.autoNumberedDocx(dir));
        assertEquals(List.of("某区教育局2025年工作要点", "一、指导思想", "以新时代中国特色社会主义思想为指导。", "二、重点工作",
                "（一）加强师资队伍建设", "1.实施教师全员培训。组织开展教研活动。", "2.推进县管校聘改革。", "（二）推进教育均衡发展",
                "1.新建城区第二小学。", "三、保障措施", "加强组织领导。"), paragraphs);
        Report r = service.parseFile(Fixtures.autoNumberedDocx(dir)).get(0);
        assertEquals(3, r.sections().size());
        OutlineNode g2 = r.sections().get(1).children().get(1);
        assertEquals("（二）", g2.sourceLabel());
        assertEquals("1.", Labeler.labelOf(r, g2.children().get(0)));
    }

    @Test
    void readsWord97Doc() throws Exception {
        Report r = service.parseFile(Fixtures.resource("plan-2024.doc")).get(0);
        assertEquals("某县教育局2024年工作要点", r.title());
        assertEquals(6, r.sections().size());
        assertEquals(3, r.sections().get(3).children().size());
    }

    @Test
    void labelsFromWord97AutomaticNumberingComeOutAsLabels() throws Exception {
        // the auto-numbered .docx of Fixtures, saved as Word 97 by LibreOffice: 一、（一）1. are list numbering
        List<String> paragraphs = service.readParagraphs(Fixtures.resource("auto-numbered.doc"));
        assertEquals(List.of("某区教育局2025年工作要点", "一、指导思想", "以新时代中国特色社会主义思想为指导。", "二、重点工作",
                "（一）加强师资队伍建设", "1.实施教师全员培训。组织开展教研活动。", "2.推进县管校聘改革。", "（二）推进教育均衡发展",
                "1.新建城区第二小学。", "三、保障措施", "加强组织领导。"), paragraphs);
        Report r = service.parseFile(Fixtures.resource("auto-numbered.doc")).get(0);
        assertEquals(3, r.sections().size());
        assertEquals(2, r.sections().get(1).children().size());
    }

    @Test
    void readsHtmlServedAsDoc() throws Exception {
        Path f = dir.resolve("page.doc");
        Files.writeString(f, "<html><head><title>x</title><style>p{}</style></head><body><p>某局2025年工作要点</p>"
                + "<p>一、指导思想</p><p>以新思想为指导。</p><p>二、重点工作</p><p>1.加强教研。</p></body></html>", StandardCharsets.UTF_8);
        Report r = service.parseFile(f).get(0);
        assertEquals("某局2025年工作要点", r.title());
        assertEquals(2, r.sections().size());
    }

    private String failure(Path f) {
        ImportException e = assertThrows(ImportException.class, () -> service.parseFile(f));
        assertTrue(e.getMessage().chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "message in Chinese: " + e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
        return e.getMessage();
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.createFile(dir.resolve("empty.txt"));
        assertTrue(failure(f).contains("空"));
    }

    @Test
    void binaryFile() throws IOException {
        byte[] b = new byte[20000];
        new Random(1).nextBytes(b);
        Path f = Files.write(dir.resolve("photo.txt"), b);
        assertTrue(failure(f).contains("二进制"));
    }

    @Test
    void hugeTextFile() throws IOException {
        Path f = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(ImportService.MAX_TEXT_BYTES + 1);
        }
        assertTrue(failure(f).contains("过大"));
    }

    @Test
    void truncatedDocx() throws IOException {
        byte[] full = Files.readAllBytes(Fixtures.typedDocx(dir));
        Path f = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(full, full.length / 2));
        assertTrue(failure(f).contains("损坏"));
    }

    @Test
    void encryptedDocx() throws Exception {
        Path plain = Fixtures.typedDocx(dir);
        Path f = dir.resolve("secret.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("123456");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        assertTrue(failure(f).contains("加密"));
    }

    @Test
    void zipBomb() throws IOException {
        Path f = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(Files.size(f) < 2_000_000);
        String msg = failure(f);
        assertTrue(msg.contains("压缩炸弹") || msg.contains("损坏"), msg);
    }

    @Test
    void pastedText() throws Exception {
        Report r = service.parseText("某局2025年工作要点\n一、指导思想\n以新思想为指导。", "粘贴").get(0);
        assertEquals("指导思想", r.sections().get(0).heading());
        assertThrows(ImportException.class, () -> service.parseText("  \n ", "粘贴"));
    }
}
