package org.reportdrafter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check --annotate writes a review copy of a .docx; check --terms and the terms command share a list. */
class CheckAnnotateTest {
    @TempDir
    Path dir;

    private Path docx() throws Exception {
        Path txt = dir.resolve("plan.txt");
        Files.writeString(txt, "XX区教育局2025年工作要点\n一、重点工作\n（一）加强管理。要加强管理,提高质量,做好的的工作。\n");
        Path docx = dir.resolve("plan.docx");
        assertEquals(0, CliTest.run("export", txt.toString(), "--docx", docx.toString()).exit());
        return docx;
    }

    @Test
    void annotateWritesACopyWithComments() throws Exception {
        Path docx = docx();
        byte[] before = Files.readAllBytes(docx);
        Path out = dir.resolve("plan（审阅稿）.docx");
        Path db = dir.resolve("lib.db");
        CliTest.Run r = CliTest.run("check", docx.toString(), "--annotate", out.toString(), "--db", db.toString());
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().contains("已写出审阅稿") && r.err().contains("批注 3 条"), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("halfwidth-punctuation") && l.contains("本段共 2 处")), r.out());
        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals(3, doc.getComments().length);
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(docx)), "the original is untouched");
        assertTrue(Files.notExists(db), "a check never creates a library");
    }

    @Test
    void annotateRefusesWhatIsNoDocxOrTheOriginalItself() throws Exception {
        Path txt = dir.resolve("plan.txt");
        Files.writeString(txt, "某县教育局2025年工作要点\n一、重点工作\n");
        CliTest.Run r = CliTest.run("check", txt.toString(), "--annotate", dir.resolve("out.docx").toString());
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count());
        assertTrue(r.err().startsWith("错误：审阅稿只能由 .docx 文件生成"), r.err());
        Path docx = docx();
        assertEquals(2, CliTest.run("check", docx.toString(), "--annotate", docx.toString()).exit());
        assertTrue(Files.notExists(dir.resolve("out.docx")));
    }

    @Test
    void termListFromAFileOrTheLibrary() throws Exception {
        Path txt = dir.resolve("plan.txt");
        Files.writeString(txt, "某县教育局2025年工作要点\n一、重点工作\n截止2025年底，与华星(集团)公司合作。\n");
        Path terms = dir.resolve("术语表.txt");
        Files.writeString(terms, "保护：华星(集团)公司\n用“截至”不用“截止”（后接日期时）\n");
        CliTest.Run plain = CliTest.run("check", txt.toString(), "--db", dir.resolve("none.db").toString());
        assertTrue(plain.out().contains("halfwidth-punctuation") && !plain.out().contains("wording"), plain.out());
        CliTest.Run withFile = CliTest.run("check", txt.toString(), "--terms", terms.toString());
        assertTrue(!withFile.out().contains("halfwidth-punctuation") && withFile.out().contains("wording"), withFile.out());
        String db = dir.resolve("lib.db").toString();
        assertEquals(0, CliTest.run("terms", "import", terms.toString(), "--db", db).exit());
        CliTest.Run fromLib = CliTest.run("check", txt.toString(), "--db", db);
        assertEquals(List.of("wording"), fromLib.out().lines().map(l -> l.split("\t")[1]).toList(), fromLib.out());
        Path exported = dir.resolve("exported.txt");
        assertEquals(0, CliTest.run("terms", "export", exported.toString(), "--db", db).exit());
        assertTrue(Files.readString(exported).contains("保护：华星(集团)公司"));
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "胡乱一行\n");
        CliTest.Run r = CliTest.run("terms", "import", bad.toString(), "--db", db);
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("第 1 行"), r.err());
    }
}
