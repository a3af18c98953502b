package org.reportdrafter.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reportdrafter.importing.WordDocs.abstractNum;
import static org.reportdrafter.importing.WordDocs.lvl;
import static org.reportdrafter.importing.WordDocs.num;
import static org.reportdrafter.importing.WordDocs.numPr;
import static org.reportdrafter.importing.WordDocs.style;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word 97 .doc list numbering and tables. The fixture {@code fixtures/word/numbering.doc} is the .docx
 * built by {@link #source} saved as Word 97 by LibreOffice, and {@code numbering-libreoffice.docx} is that
 * .doc saved back as .docx by LibreOffice; regenerate both with
 * {@code ./mvnw -o test -Dtest=DocNumberingTest -Dfixtures.regenerate=true} (needs {@code soffice}; the
 * other test of that run still reads the old copy, run it once more).
 * The expectations are what a clerk sees in Word, the same as for the .docx. LibreOffice saves a
 * restarted list (startOverride) as a list of its own rather than as a list format override, so the
 * override path of {@link DocReader} is not covered by this fixture.
 */
class DocNumberingTest {
    private static final String NOTHING = "<w:suff w:val=\"nothing\"/>";

    @TempDir
    Path dir;

    static WordDocs source() {
        WordDocs d = new WordDocs(abstractNum(1,
                lvl(0, "chineseCounting", "%1、", 1, NOTHING + "<w:pStyle w:val=\"1\"/>"),
                lvl(1, "chineseCounting", "（%2）", 1, NOTHING),
                lvl(2, "decimal", "%3．", 1, NOTHING),
                lvl(3, "decimalEnclosedCircleChinese", "%4", 1, NOTHING))
                + abstractNum(2, lvl(0, "ideographTraditional", "%1、", 1, NOTHING))
                + abstractNum(3, lvl(0, "decimalFullWidth", "%1．", 1, NOTHING))
                + abstractNum(4, lvl(0, "upperLetter", "%1.", 1, NOTHING))
                + abstractNum(5, lvl(0, "decimal", "第%1条", 1, "<w:suff w:val=\"space\"/>"))
                + abstractNum(6, lvl(0, "decimal", "%1.", 1, NOTHING))
                + num(1, 1) + num(2, 2) + num(3, 3) + num(4, 4) + num(5, 5) + num(6, 6),
                style("a", "Normal", null, null) + style("1", "heading 1", "a", numPr(null, 1)));
        d.p("某县教育局2025年工作要点")
                .styled("指导思想", "1").p("坚持立德树人根本任务。")
                .styled("重点工作", "1")
                .num("加强党的建设", 1, 1).num("落实主体责任。", 1, 2).num("开展专题学习。", 1, 3).num("组织集中研讨。", 1, 3)
                .num("强化监督执纪。", 1, 2).num("推进教育均衡发展", 1, 1).num("新建城南小学。", 1, 2)
                .num("加强师资队伍建设", 1, 1)
                .styledNum("不编号的标题", "1", 0, null)
                .styled("保障措施", "1")
                .num("德育为先", 2, 0).num("能力为重", 2, 0)
                .num("目标任务", 3, 0).num("实施步骤", 3, 0)
                .num("Planning", 4, 0).num("Doing", 4, 0)
                .num("为规范学校管理，制定本办法。", 5, 0).num("本办法适用于全县中小学。", 5, 0)
                .num("开学准备", 6, 0)
                .table(List.of(
                        List.of("月份", "主要工作"),
                        List.of("3月", List.of("#6/0#开展春季教学视导。", "#6/0#组织教研活动。")),
                        List.of("4月", "举办教师技能大赛。"),
                        List.of("5月", List.of("安排如下：", List.of(List.of("第一周", "家长会"), List.of("第二周", "运动会")))),
                        List.of("", "")))
                .num("期末总结", 6, 0);
        return d;
    }

    /** What a clerk sees in Word in the fixture, whichever program saved it. */
    private static final List<String> EXPECTED = List.of("某县教育局2025年工作要点", "一、指导思想", "坚持立德树人根本任务。", "二、重点工作",
                "（一）加强党的建设", "1．落实主体责任。", "①开展专题学习。", "②组织集中研讨。", "2．强化监督执纪。",
                "（二）推进教育均衡发展", "1．新建城南小学。", "（三）加强师资队伍建设", "不编号的标题", "三、保障措施",
                "甲、德育为先", "乙、能力为重", "１．目标任务", "２．实施步骤", "A.Planning", "B.Doing",
                "第1条 为规范学校管理，制定本办法。", "第2条 本办法适用于全县中小学。",
                "1.开学准备", "\u2063TABLE", "月份\t主要工作", "3月\t2.开展春季教学视导。\u20283.组织教研活动。",
                "4月\t举办教师技能大赛。",
                "5月\t安排如下：\u2028第一周 家长会\u2028第二周 运动会", "\u2063END", "4.期末总结");

    @Test
    void listNumberingAndTablesOfAWord97Document() throws Exception {
        assertEquals(EXPECTED, new ImportService().readParagraphs(Fixtures.resource("word/numbering.doc")));
    }

    @Test
    void theSameDocumentSavedAsDocxByLibreOffice() throws Exception {
        // a third writer's numbering.xml: one abstractNum per list, levels linked to Heading1, and
        // chineseCounting written as taiwaneseCountingThousand
        assertEquals(EXPECTED, new ImportService().readParagraphs(Fixtures.resource("word/numbering-libreoffice.docx")));
    }

    @Test
    @EnabledIfSystemProperty(named = "fixtures.regenerate", matches = "true")
    void regenerateFixture() throws Exception {
        Path docx = source().write(dir.resolve("numbering.docx"));
        Process p = new ProcessBuilder("soffice", "--headless", "--convert-to", "doc", "--outdir", dir.toString(),
                docx.toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS) && p.exitValue() == 0, "soffice failed");
        Path target = Path.of("src/test/resources/fixtures/word/numbering.doc");
        Files.copy(dir.resolve("numbering.doc"), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // and that .doc saved back as .docx by LibreOffice
        Process q = new ProcessBuilder("soffice", "--headless", "--convert-to", "docx", "--outdir",
                dir.resolve("lo").toString(), target.toString()).redirectErrorStream(true).start();
        assertTrue(q.waitFor(180, TimeUnit.SECONDS) && q.exitValue() == 0, "soffice failed");
        Files.copy(dir.resolve("lo/numbering.docx"), Path.of("src/test/resources/fixtures/word/numbering-libreoffice.docx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
