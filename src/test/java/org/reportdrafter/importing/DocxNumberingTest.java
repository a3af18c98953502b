package org.reportdrafter.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reportdrafter.importing.WordDocs.abstractNum;
import static org.reportdrafter.importing.WordDocs.lvl;
import static org.reportdrafter.importing.WordDocs.num;
import static org.reportdrafter.importing.WordDocs.numPr;
import static org.reportdrafter.importing.WordDocs.startOverride;
import static org.reportdrafter.importing.WordDocs.style;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Word's and WPS's automatic numbering read from .docx as a clerk sees it on screen. Each fixture
 * writes numbering.xml and styles.xml the way Word or WPS does; each expectation is the label a
 * reader sees in Word in front of the text.
 */
class DocxNumberingTest {
    private static final String NOTHING = "<w:suff w:val=\"nothing\"/>";
    private static final String SPACE = "<w:suff w:val=\"space\"/>";

    @TempDir
    Path dir;
    private final ImportService service = new ImportService();

    private List<String> read(WordDocs d, String name) throws Exception {
        return service.readParagraphs(d.write(dir.resolve(name)));
    }

    @Test
    void wpsPlanWithFourLevels() throws Exception {
        // WPS: 一、 and （一） with no tab after them (suff nothing), 1． with a full-width stop, ① below
        WordDocs d = new WordDocs(abstractNum(1,
                lvl(0, "chineseCounting", "%1、", 1, NOTHING),
                lvl(1, "chineseCounting", "（%2）", 1, NOTHING),
                lvl(2, "decimal", "%3．"),
                lvl(3, "decimalEnclosedCircleChinese", "%4"))
                + num(1, 1), null);
        d.p("某县教育局2025年工作要点").num("指导思想", 1, 0).p("坚持立德树人根本任务。").num("重点工作", 1, 0)
                .num("加强党的建设", 1, 1).num("落实主体责任。", 1, 2).num("开展专题学习。", 1, 3)
                .num("组织集中研讨。", 1, 3).num("强化监督执纪。", 1, 2).num("推进教育均衡发展", 1, 1)
                .num("新建城南小学。", 1, 2).num("加强师资队伍建设", 1, 1).num("保障措施", 1, 0)
                .num("组织保障", 1, 1);
        assertEquals(List.of("某县教育局2025年工作要点", "一、指导思想", "坚持立德树人根本任务。", "二、重点工作",
                "（一）加强党的建设", "1．落实主体责任。", "①开展专题学习。", "②组织集中研讨。", "2．强化监督执纪。",
                "（二）推进教育均衡发展", "1．新建城南小学。", "（三）加强师资队伍建设", "三、保障措施", "（一）组织保障"),
                read(d, "wps.docx"));
    }

    @Test
    void everyNumberFormatAndLevelTextShape() throws Exception {
        WordDocs d = new WordDocs(
                abstractNum(1, lvl(0, "chineseCountingThousand", "%1、", 1, NOTHING)) + num(1, 1)
                + abstractNum(2, lvl(0, "ideographTraditional", "%1、", 1, NOTHING)) + num(2, 2)
                + abstractNum(3, lvl(0, "decimalFullWidth", "%1．")) + num(3, 3)
                + abstractNum(4, lvl(0, "upperLetter", "%1.")) + num(4, 4)
                + abstractNum(5, lvl(0, "lowerLetter", "%1）")) + num(5, 5)
                + abstractNum(6, lvl(0, "upperRoman", "%1、")) + num(6, 6)
                + abstractNum(7, lvl(0, "lowerRoman", "（%1）")) + num(7, 7)
                + abstractNum(8, lvl(0, "decimalEnclosedCircle", "%1")) + num(8, 8)
                + abstractNum(9, lvl(0, "decimal", "第%1条")) + num(9, 9)
                + abstractNum(10, lvl(0, "chineseCounting", "第%1章", 1, NOTHING)) + num(10, 10)
                + abstractNum(11, lvl(0, "chineseCounting", "第%1条", 1, SPACE)) + num(11, 11)
                + abstractNum(12, lvl(0, "bullet", "\uF06C")) + num(12, 12)
                + abstractNum(13, lvl(0, "chineseCounting", "%1.", 3, "")) + num(13, 13)
                // WPS: a one-level list of （一） items, and 一． with a full-width stop
                + abstractNum(14, lvl(0, "chineseCounting", "（%1）", 1, NOTHING)) + num(14, 14)
                + abstractNum(15, lvl(0, "chineseCounting", "%1．", 1, NOTHING)) + num(15, 15), null);
        String[] items = {"师德师风", "课程建设", "课堂教学", "作业管理", "考试评价", "教研活动", "教师培训", "家校共育",
            "安全管理", "后勤保障", "督导评估", "宣传工作"};
        for (String item : items) {
            d.num(item, 1, 0);
        }
        d.num("德育为先", 2, 0).num("能力为重", 2, 0).num("全面发展", 2, 0);
        d.num("目标任务", 3, 0).num("实施步骤", 3, 0);
        d.num("Planning", 4, 0).num("Doing", 4, 0);
        d.num("小学段", 5, 0).num("初中段", 5, 0);
        d.num("总体安排", 6, 0).num("分项安排", 6, 0).num("考核安排", 6, 0).num("经费安排", 6, 0);
        d.num("春季学期", 7, 0).num("秋季学期", 7, 0);
        d.num("完善课程方案。", 8, 0).num("规范课时安排。", 8, 0);
        d.num("为规范学校管理，制定本办法。", 9, 0).num("本办法适用于全县中小学。", 9, 0).num("学校应当建立健全制度。", 9, 0);
        d.num("总则", 10, 0).num("学籍管理", 10, 0);
        d.num("本细则自发布之日起施行。", 11, 0);
        d.num("各校要高度重视。", 12, 0).num("各校要按时报送。", 12, 0);
        d.num("第三项起编号", 13, 0);
        d.num("加强组织领导", 14, 0).num("强化督导考核", 14, 0);
        d.num("基本情况", 15, 0).num("存在问题", 15, 0);
        assertEquals(List.of("一、师德师风", "二、课程建设", "三、课堂教学", "四、作业管理", "五、考试评价", "六、教研活动",
                "七、教师培训", "八、家校共育", "九、安全管理", "十、后勤保障", "十一、督导评估", "十二、宣传工作",
                "甲、德育为先", "乙、能力为重", "丙、全面发展",
                "１．目标任务", "２．实施步骤",
                "A.Planning", "B.Doing",
                "a）小学段", "b）初中段",
                "I、总体安排", "II、分项安排", "III、考核安排", "IV、经费安排",
                "（i）春季学期", "（ii）秋季学期",
                "①完善课程方案。", "②规范课时安排。",
                "第1条 为规范学校管理，制定本办法。", "第2条 本办法适用于全县中小学。", "第3条 学校应当建立健全制度。",
                "第一章总则", "第二章学籍管理",
                "第一条 本细则自发布之日起施行。",
                "各校要高度重视。", "各校要按时报送。",
                "三.第三项起编号",
                "（一）加强组织领导", "（二）强化督导考核",
                "一．基本情况", "二．存在问题"), read(d, "formats.docx"));
    }

    @Test
    void multiLevelDecimalAndLegalNumbering() throws Exception {
        String legal = "<w:isLgl/>";
        WordDocs d = new WordDocs(
                abstractNum(1, lvl(0, "decimal", "%1."), lvl(1, "decimal", "%1.%2"), lvl(2, "decimal", "%1.%2.%3"))
                + num(1, 1)
                + abstractNum(2, lvl(0, "chineseCounting", "第%1章"), lvl(1, "decimal", "%1.%2", 1, legal)) + num(2, 2)
                + abstractNum(3, lvl(0, "chineseCounting", "第%1章"), lvl(1, "decimal", "%1.%2")) + num(3, 3), null);
        d.num("总体要求", 1, 0).num("工作目标", 1, 1).num("基本原则", 1, 1).num("坚持公益普惠", 1, 2)
                .num("主要任务", 1, 0).num("扩大优质资源", 1, 1);
        d.num("总则", 2, 0).num("适用范围", 2, 1).num("职责分工", 2, 1).num("实施", 2, 0).num("组织领导", 2, 1);
        d.num("总则", 3, 0).num("适用范围", 3, 1);
        assertEquals(List.of("1.总体要求", "1.1 工作目标", "1.2 基本原则", "1.2.1 坚持公益普惠", "2.主要任务", "2.1 扩大优质资源",
                "第一章 总则", "1.1 适用范围", "1.2 职责分工", "第二章 实施", "2.1 组织领导",
                // without isLgl Word writes the chapter number in its own format
                "第一章 总则", "一.1 适用范围"), read(d, "multilevel.docx"));
    }

    @Test
    void listsSharingAnAbstractNumContinueAndOverridesRestart() throws Exception {
        String lvl0 = lvl(0, "chineseCounting", "%1、", 1, NOTHING);
        String replaced = "<w:lvlOverride w:ilvl=\"0\">" + lvl(0, "ideographTraditional", "%1、", 1, NOTHING)
                + "</w:lvlOverride>";
        WordDocs d = new WordDocs(abstractNum(1, lvl0, lvl(1, "chineseCounting", "（%2）", 1, NOTHING))
                + abstractNum(2, lvl0, lvl(1, "decimal", "%2.", 1, "<w:lvlRestart w:val=\"0\"/>"))
                + num(1, 1) + num(2, 1) + num(3, 1, startOverride(0, 1)) + num(4, 1, startOverride(0, 5))
                + num(5, 2) + num(6, 1, replaced), null);
        d.num("工作目标", 1, 0).p("全面提高育人质量。").num("主要任务", 1, 0)
                .table(List.of(List.of("项目", "时间"), List.of("开学检查", "2月")))
                .num("保障措施", 2, 0) // a second w:num of the same abstractNum: 三、
                .num("附则", 3, 0).num("解释权", 3, 0) // startOverride sets the shared count back to 一
                .num("其他事项", 1, 0) // and the first list runs on from there, as Word shows it
                .num("第五项", 4, 0)
                .num("不编号的一段", 0, 0)
                .num("继续", 1, 0)
                .num("工作安排", 5, 0).num("春季", 5, 1).num("夏季", 5, 1).num("工作要求", 5, 0).num("秋季", 5, 1)
                .num("另一种编号", 6, 0); // w:lvl replaced without startOverride: the count goes on
        assertEquals(List.of("一、工作目标", "全面提高育人质量。", "二、主要任务", "\u2063TABLE", "项目\t时间", "开学检查\t2月",
                "\u2063END", "三、保障措施", "一、附则", "二、解释权", "三、其他事项", "五、第五项", "不编号的一段", "六、继续",
                // lvlRestart 0: the 1. 2. 3. items run on across 一、 二、
                "一、工作安排", "1.春季", "2.夏季", "二、工作要求", "3.秋季", "庚、另一种编号"), read(d, "restart.docx"));
    }

    @Test
    void numberingFromParagraphStyles() throws Exception {
        // Word's Chinese templates call the heading styles "1" "2" "3"; headings linked to a list
        WordDocs d = new WordDocs(
                abstractNum(10, lvl(0, "chineseCounting", "%1、", 1, NOTHING + "<w:pStyle w:val=\"1\"/>"),
                        lvl(1, "chineseCounting", "（%2）", 1, NOTHING + "<w:pStyle w:val=\"2\"/>"),
                        lvl(2, "decimal", "%3.", 1, NOTHING + "<w:pStyle w:val=\"3\"/>"))
                + num(10, 10) + abstractNum(11, lvl(0, "decimal", "%1.", 1, NOTHING)) + num(11, 11),
                style("a", "Normal", null, null)
                + style("1", "heading 1", "a", numPr(null, 10))
                + style("2", "heading 2", "a", numPr(1, 10))
                + style("3", "heading 3", "a", numPr(null, 10))
                + style("31", "正文标题3", "3", null));
        d.styled("指导思想", "1").p("以习近平新时代中国特色社会主义思想为指导。").styled("主要任务", "1")
                .styled("深化课程改革", "2").styled("推进集团化办学", "3").styled("开展集体备课", "31")
                .styledNum("不编号的标题", "1", 0, null)
                .styledNum("提升教师素养", "1", null, 1)
                .styled("保障措施", "1")
                .styledNum("另列一项", "1", 11, null);
        assertEquals(List.of("一、指导思想", "以习近平新时代中国特色社会主义思想为指导。", "二、主要任务", "（一）深化课程改革",
                "1.推进集团化办学", "2.开展集体备课", "不编号的标题", "（二）提升教师素养", "三、保障措施", "1.另列一项"),
                read(d, "styles.docx"));
    }

    @Test
    void tablesAreMarkedAndNumberedCellParagraphsKeepTheirLabels() throws Exception {
        WordDocs d = new WordDocs(abstractNum(1, lvl(0, "chineseCounting", "%1、", 1, NOTHING)) + num(1, 1)
                + abstractNum(20, lvl(0, "decimal", "%1.", 1, NOTHING)) + num(20, 20), null);
        d.num("重点工作安排", 1, 0)
                .table(List.of(
                        List.of("月份", "主要工作", "责任科室"),
                        List.of("3月", List.of("#20/0#开展春季教学视导。", "#20/0#组织教研活动。"), "教研室"),
                        List.of("4月", List.of("#20/0#举办教师技能大赛。"), ""),
                        List.of("", "", ""),
                        List.of("5月", List.of("安排如下：", List.of(List.of("第一周", "家长会"), List.of("第二周", "运动会"))),
                                "德育科\t办公室")))
                .p("注：各校可结合实际调整。\t（教育局办公室）")
                .num("保障措施", 1, 0);
        assertEquals(List.of("一、重点工作安排", "\u2063TABLE", "月份\t主要工作\t责任科室",
                "3月\t1.开展春季教学视导。\u20282.组织教研活动。\t教研室", "4月\t3.举办教师技能大赛。\t",
                "5月\t安排如下：\u2028第一周 家长会\u2028第二周 运动会\t德育科 办公室", "\u2063END",
                "注：各校可结合实际调整。\t（教育局办公室）", "二、保障措施"), read(d, "table.docx"));
    }

    @Test
    void listsLinkedToAListStyleShareItsDefinitionAndCount() throws Exception {
        // Word's multilevel list styles: the abstractNum in use only names the list style (numStyleLink),
        // the style points to the w:num whose abstractNum holds the levels (styleLink)
        WordDocs d = new WordDocs("<w:abstractNum w:abstractNumId=\"3\"><w:nsid w:val=\"5E2A1C03\"/>"
                + "<w:multiLevelType w:val=\"multilevel\"/><w:numStyleLink w:val=\"gw\"/></w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"4\"><w:nsid w:val=\"5E2A1C04\"/>"
                + "<w:multiLevelType w:val=\"multilevel\"/><w:styleLink w:val=\"gw\"/>"
                + lvl(0, "chineseCounting", "%1、", 1, NOTHING) + lvl(1, "chineseCounting", "（%2）", 1, NOTHING)
                + "</w:abstractNum>" + num(3, 3) + num(4, 4),
                "<w:style w:type=\"numbering\" w:styleId=\"gw\"><w:name w:val=\"公文编号\"/>"
                + "<w:pPr><w:numPr><w:numId w:val=\"4\"/></w:numPr></w:pPr></w:style>");
        d.num("工作目标", 4, 0).num("主要任务", 3, 0).num("深化课程改革", 3, 1).num("保障措施", 4, 0);
        assertEquals(List.of("一、工作目标", "二、主要任务", "（一）深化课程改革", "三、保障措施"), read(d, "liststyle.docx"));
    }

    @Test
    void aCellMergedAcrossColumnsKeepsTheGrid() throws Exception {
        WordDocs d = new WordDocs(null, null);
        d.p("2025年秋季学期行事历").table(List.of(
                List.of("周次", "日期", "主要工作"),
                List.of("第一周", "9月1日—9月5日", "开学典礼；安全教育")));
        Path f = dir.resolve("merged.docx");
        d.write(f);
        // merge the first row into one cell spanning the three columns, as Word writes it
        try (var in = java.nio.file.Files.newInputStream(f);
                var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            var row = doc.getTables().get(0).insertNewTableRow(0);
            var cell = row.createCell();
            cell.setText("秋季学期工作安排");
            cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(3));
            Fixtures.write(doc, f);
        }
        assertEquals(List.of("2025年秋季学期行事历", "\u2063TABLE", "秋季学期工作安排\t\t", "周次\t日期\t主要工作",
                "第一周\t9月1日—9月5日\t开学典礼；安全教育", "\u2063END"), service.readParagraphs(f));
    }
}
