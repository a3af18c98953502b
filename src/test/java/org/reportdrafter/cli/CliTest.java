package org.reportdrafter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.importing.Fixtures;
import org.reportdrafter.storage.Database;
import picocli.CommandLine;

class CliTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void parsePrintsTheOutlineAsJsonAndTouchesNoLibrary() throws Exception {
        Path db = dir.resolve("lib.db");
        Run r = run("parse", Fixtures.resource("plan-2024.txt").toString(), "--db", db.toString());
        assertEquals(0, r.exit, r.err);
        JsonNode docs = new ObjectMapper().readTree(r.out);
        assertTrue(docs.isArray());
        JsonNode d = docs.get(0);
        for (String key : new String[] {"title", "organization", "year", "kind", "preamble", "sections", "trailer"}) {
            assertTrue(d.has(key), key);
        }
        assertEquals("某县教育局2024年工作要点", d.get("title").asText());
        assertEquals("plan", d.get("kind").asText());
        assertEquals(2024, d.get("year").asInt());
        JsonNode work = d.get("sections").get(3);
        assertEquals("四、", work.get("label").asText());
        assertEquals("重点工作", work.get("heading").asText());
        JsonNode measure = work.get("children").get(0).get("children").get(0);
        assertEquals("⒈", measure.get("label").asText());
        assertTrue(measure.get("body").isArray());
        assertTrue(measure.get("children").isArray());
        assertTrue(Files.notExists(db), "parse must not create or touch the library");
    }

    @Test
    void everyCommandAnswersHelpInChinese() {
        for (String command : new String[] {"parse", "import", "list", "show", "delete", "export", "check", "terms", "search",
                "backup", "restore", "skeleton", "coverage"}) {
            Run r = run(command, "--help");
            assertEquals(0, r.exit, command + ": " + r.err);
            assertTrue(r.out.startsWith("用法：report-drafter " + command), command + ": " + r.out);
            assertTrue(r.out.contains("显示本帮助并退出"), command + ": " + r.out);
        }
    }

    @Test
    void importListShowDelete() throws Exception {
        String db = dir.resolve("lib.db").toString();
        Run imp = run("import", "--db", db, Fixtures.resource("plan-2024.txt").toString(),
                Fixtures.resource("summary-2023.txt").toString());
        assertEquals(0, imp.exit, imp.err);
        String[] lines = imp.out.strip().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].matches("\\d+\t某县教育局2024年工作要点"), lines[0]);
        assertTrue(imp.err.contains("[2/2]"), "progress on stderr for many files");
        String id = lines[0].split("\t")[0];

        Run list = run("list", "--db", db);
        assertEquals(2, list.out.strip().split("\n").length);
        assertTrue(list.out.contains("past\t2024\tplan\t某县教育局2024年工作要点"));

        Run show = run("show", id, "--db", db);
        assertEquals(0, show.exit);
        JsonNode d = new ObjectMapper().readTree(show.out);
        assertEquals("某县教育局2024年工作要点", d.get("title").asText());
        assertEquals(6, d.get("sections").size());

        assertEquals(0, run("delete", id, "--db", db).exit);
        assertEquals(1, run("show", id, "--db", db).exit);
        assertEquals(1, run("list", "--db", db).out.strip().split("\n").length);
    }

    @Test
    void badInputFailsWithOneChineseLineAndLeavesTheLibraryUnchanged() throws Exception {
        String db = dir.resolve("lib.db").toString();
        assertEquals(0, run("import", "--db", db, Fixtures.resource("plan-2024.txt").toString()).exit);
        Path bad = Files.write(dir.resolve("bad.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Run r = run("import", "--db", db, bad.toString(), empty.toString());
        assertEquals(1, r.exit);
        assertTrue(r.err.contains("导入失败：文档已损坏"), r.err);
        assertTrue(r.err.contains("导入失败：文件是空的"), r.err);
        try (Database d = Database.open(Path.of(db))) {
            assertEquals("ok", d.integrityCheck());
        }
        assertEquals(1, run("list", "--db", db).out.strip().split("\n").length);
        Run p = run("parse", empty.toString());
        assertEquals(1, p.exit);
        assertEquals("错误：文件是空的：empty.txt", p.err.strip());
        assertEquals(2, run("show").exit, "usage errors exit 2");
    }

    @Test
    void exportFromAFileAnIdAndManySources() throws Exception {
        String db = dir.resolve("lib.db").toString();
        Path one = dir.resolve("one.docx");
        Run r = run("export", Fixtures.resource("plan-2024.txt").toString(), "--docx", one.toString(), "--preset", "office22");
        assertEquals(0, r.exit, r.err);
        assertTrue(Files.size(one) > 3000);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(one))) {
            assertEquals("某县教育局2024年工作要点", doc.getParagraphs().get(0).getText());
            assertEquals(BigIntegerTwips.of(34.6), ((java.math.BigInteger) doc.getDocument().getBody().getSectPr().getPgMar().getTop()).intValue());
        }
        String id = run("import", "--db", db, Fixtures.resource("summary-2023.txt").toString()).out.split("\t")[0];
        Path json = dir.resolve("show.json");
        Files.writeString(json, run("show", id, "--db", db).out);
        Path outDir = dir.resolve("out");
        Run many = run("export", "--db", db, id, json.toString(), Fixtures.resource("plan-2024.doc").toString(), "--out-dir", outDir.toString());
        assertEquals(0, many.exit, many.err);
        try (var files = Files.list(outDir)) {
            assertEquals(List.of("某县教育局2024年工作要点.docx", "某市教育局2023年工作总结和2024年工作思路.docx",
                    "某市教育局2023年工作总结和2024年工作思路（2）.docx"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Run bad = run("export", "no-such-file.txt", "--docx", dir.resolve("x.docx").toString());
        assertEquals(1, bad.exit);
        assertTrue(bad.err.startsWith("导出失败：找不到文件"), bad.err);
        assertEquals(2, run("export", Fixtures.resource("plan-2024.txt").toString()).exit, "an output is required");
        assertEquals(2, run("export", Fixtures.resource("plan-2024.txt").toString(), "--docx", "a.docx", "--preset", "nope").exit);
    }

    /** mm to twips as Word stores margins. */
    static final class BigIntegerTwips {
        static int of(double mm) {
            return (int) Math.round(mm / 25.4 * 1440);
        }
    }

    @Test
    void checkPrintsFindingsAndExitsThreeOnErrors() throws Exception {
        Path clean = dir.resolve("clean.txt");
        Files.writeString(clean, "某县教育局2025年工作要点\n一、指导思想\n以新时代中国特色社会主义思想为指导，办好人民满意的教育。\n");
        Run ok = run("check", clean.toString());
        assertEquals(0, ok.exit, ok.out + ok.err);
        assertEquals("", ok.out.strip());
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "某县教育局201X年工作要点\n一、指导思想\n以新思想为指导,办好教育。\n");
        Run text = run("check", bad.toString());
        assertEquals(3, text.exit);
        assertTrue(text.out.lines().anyMatch(l -> l.startsWith("错误\tplaceholder\t标题\t")), text.out);
        Run json = run("check", bad.toString(), "--json");
        assertEquals(3, json.exit);
        JsonNode arr = new ObjectMapper().readTree(json.out);
        assertTrue(arr.size() >= 2);
        JsonNode comma = null;
        for (JsonNode f : arr) {
            for (String key : new String[] {"rule", "severity", "path", "offset", "excerpt", "message", "fix"}) {
                assertTrue(f.has(key), key);
            }
            if (f.get("rule").asText().equals("halfwidth-punctuation")) {
                comma = f;
            }
        }
        assertEquals("，", comma.get("fix").asText());
        assertEquals("warning", comma.get("severity").asText());
        assertEquals(1, run("check", "nope.txt").exit);
    }

    @Test
    void searchWithFiltersPrintsLinesOrJson() throws Exception {
        String db = dir.resolve("lib.db").toString();
        run("import", "--db", db, Fixtures.resource("plan-2024.txt").toString(), Fixtures.resource("summary-2023.txt").toString());
        Run lines = run("search", "--db", db, "教研");
        assertEquals(0, lines.exit, lines.err);
        assertEquals(1, lines.out.strip().split("\n").length);
        assertTrue(lines.out.contains("某县教育局2024年工作要点（2024）\t四、重点工作 › ㈠加强教师队伍建设 › ⒈"), lines.out);
        Run json = run("search", "--db", db, "--json", "学校");
        JsonNode arr = new ObjectMapper().readTree(json.out);
        assertTrue(arr.size() >= 2);
        for (String key : new String[] {"report_id", "report_title", "year", "path", "snippet"}) {
            assertTrue(arr.get(0).has(key), key);
        }
        JsonNode summaries = new ObjectMapper().readTree(run("search", "--db", db, "--json", "--kind", "summary_and_plan", "学校").out);
        assertTrue(summaries.size() >= 1);
        summaries.forEach(h -> assertEquals(2023, h.get("year").asInt()));
        assertEquals("[ ]", run("search", "--db", db, "--json", "--from", "2025", "学校").out.strip());
        assertEquals("[ ]", run("search", "--db", db, "--json", "--org", "某市", "教研").out.strip());
        assertEquals(1, new ObjectMapper().readTree(run("search", "--db", db, "--json", "--org", "某县", "教研").out).size());
    }

    @Test
    void deleteIsRefusedWhileTheAppHasTheLibraryOpen() {
        String db = dir.resolve("library.db").toString();
        String id = run("import", "--db", db, Fixtures.resource("plan-2024.txt").toString()).out.split("\t")[0];
        try (org.reportdrafter.storage.LibraryLock app = org.reportdrafter.storage.LibraryLock.acquire(Path.of(db))) {
            Run r = run("delete", id, "--db", db);
            assertTrue(r.exit != 0);
            assertTrue(r.err.contains("正被另一个报告起草助手窗口使用"), r.err);
        }
        assertTrue(run("list", "--db", db).out.contains(id + "\t"), "the report is still there");
        assertEquals(0, run("delete", id, "--db", db).exit, "once the app is closed the delete goes through");
    }
}
