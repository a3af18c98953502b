package org.reportdrafter.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.i18n.Message;

/**
 * A clerk who chose English reads the findings in English: what is wrong and where, in English words, the
 * report's own text quoted as written. The command line and the review copy keep the Chinese.
 */
class FindingsInEnglishTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** A plan with the mistakes a hurried clerk makes: each rule here has something to say. */
    private static Report sloppy() {
        Report r = new Report();
        r.setTitle("某县教育局2025年工作要点");
        r.setYear(2025);
        r.setKind(ReportKind.PLAN);
        r.preamble().clear();
        r.preamble().add("为了进一步做好的的教育工作,结合实际,制定本要点。");
        OutlineNode s = r.root().addChild(new OutlineNode("重点工作"));
        OutlineNode a = s.addChild(new OutlineNode("加强教研工作。"));
        a.setRunIn(true);
        a.setBody(List.of("全面提高全县中小学课堂教学质量和教研水平。", "完成201X年任务，学前三年毛入园率达到98%。"));
        OutlineNode b = s.addChild(new OutlineNode("推进学前教育普及普惠安全优质发展，全面提升保教质量，确保学前三年毛入园率稳步提高并保持在全市前列"));
        b.setBody(List.of("全面提高全县中小学课堂教学质量和教研水平。", "学前三年毛入园率达到97%；会议定于3月5号召开。"));
        return r;
    }

    private static List<Finding> check(Report r) {
        return Proofreader.check(r, TermList.EMPTY, LocalDate.of(2025, 3, 1));
    }

    private static Finding first(List<Finding> all, String rule) {
        return all.stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow(() -> new AssertionError("no " + rule + " finding"));
    }

    @Test
    void findingsReadInEnglishWithTheReportTextQuotedAsWritten() {
        List<Finding> all = check(sloppy());
        assertEquals("“的的”: probably one character typed twice", first(all, "doubled-char").message(EN));
        assertEquals("Half-width “,” in Chinese text; use the full-width “，”", first(all, "halfwidth-punctuation").message(EN));
        assertEquals("A placeholder “201X” is left in the text; fill in the actual content", first(all, "placeholder").message(EN));
        assertEquals("A date in an official document takes “日”, not “号”, for the day", first(all, "number-usage").message(EN));
        assertEquals("The heading has 48 characters, more than 40", first(all, "heading-length").message(EN));
        Finding dup = first(all, "duplicate");
        assertTrue(dup.message(EN).startsWith("Repeats the paragraph at “"), dup.message(EN));
        assertTrue(dup.message(EN).endsWith(" › paragraph 1”"), "the place is named in English too: " + dup.message(EN));
        Finding rate = first(all, "consistency");
        assertTrue(rate.message(EN).matches("Here “毛入园率” is 97%, but at “.* › paragraph 2” it is 98%"), rate.message(EN));
        // the places in the panel: title, opening and closing paragraphs, a heading's body paragraph
        assertEquals("Opening, paragraph 1", first(all, "doubled-char").path(EN));
        assertTrue(dup.path(EN).endsWith(" › paragraph 1") && !HAN.matcher(dup.path(EN).replace(dup.piece().path(), "")).find(), dup.path(EN));
    }

    @Test
    void nothingButTheQuotedReportTextIsChineseInEnglish() {
        List<String> chinese = new ArrayList<>();
        List<Finding> all = check(sloppy());
        for (FindingGroup g : FindingGroup.of(all)) {
            String shown = g.message(EN) + " | " + g.first().path(EN) + " | " + Proofreader.ruleName(g.rule(), EN) + " | "
                    + g.severity().displayName(EN);
            String rest = shown;
            for (Finding f : g.findings()) {
                for (Object arg : f.what().args()) {
                    if (arg instanceof String quoted) {
                        rest = rest.replace(quoted, ""); // the clerk's own text
                    } else if (arg instanceof TextPiece p && p.node() != null) {
                        rest = rest.replace(p.path(), ""); // another place, named by its heading
                    }
                }
                rest = rest.replace(f.piece().path(), ""); // a heading's number and words, as the clerk wrote them
            }
            // the characters a rule is about are named as they are: 日 and 号
            rest = rest.replace("“日”", "").replace("“号”", "");
            if (HAN.matcher(rest).find()) {
                chinese.add(shown);
            }
        }
        assertTrue(all.size() >= 8, "the sloppy plan has something for most rules: " + all.size());
        assertTrue(chinese.isEmpty(), "Chinese in English findings: " + chinese);
    }

    @Test
    void theCommandLineAndTheReviewCopyKeepTheChinese() {
        List<Finding> all = check(sloppy());
        assertEquals("“的的”疑为多打了一个字", first(all, "doubled-char").message());
        assertEquals("开头第1段", first(all, "doubled-char").path());
        assertEquals("重复字", Proofreader.ruleName("doubled-char"));
        assertEquals("错误", Severity.ERROR.displayName());
        Finding dup = first(all, "duplicate");
        assertTrue(dup.message().matches("与“.* › 正文第1段”重复"), dup.message());
        // the review copy's comment: a document for a Chinese office stays Chinese whatever the UI language
        String comment = ReviewCopy.text(FindingGroup.of(List.of(first(all, "doubled-char"))).get(0), false);
        assertEquals("【警告·重复字】“的的”疑为多打了一个字。建议：“的的”改为“的”", comment);
    }

    @Test
    void aGroupCountsInGoodEnglish() {
        Report r = sloppy();
        r.preamble().clear();
        r.preamble().add("加强管理,提高质量,完善制度,落实责任。");
        FindingGroup same = FindingGroup.of(check(r)).stream().filter(g -> g.rule().equals("halfwidth-punctuation")).findFirst().orElseThrow();
        assertEquals("Half-width “,” in Chinese text; use the full-width “，” (3 times in this paragraph)", same.message(EN));
        assertEquals("中文中使用了半角“,”，应为全角“，”，本段共 3 处", same.message());
        r.preamble().clear();
        r.preamble().add("加强管理,提高质量;完善制度。");
        FindingGroup mixed = FindingGroup.of(check(r)).stream().filter(g -> g.rule().equals("halfwidth-punctuation")).findFirst().orElseThrow();
        assertEquals("Half-width punctuation in Chinese text: 2 in this paragraph, e.g. Half-width “,” in Chinese text; use the full-width “，”",
                mixed.message(EN));
        assertEquals("中文中的半角标点（如：中文中使用了半角“,”，应为全角“，”），本段共 2 处", mixed.message());
    }

    @Test
    void countsInFindingsTakeTheSingularForOne() {
        assertEquals("The attachment notes list one attachment, but 2 are attached after the text",
                Message.format(EN, "check.parts.noteCount", 1, 2));
        assertEquals("The attachment notes list 3 attachments, but one is attached after the text",
                Message.format(EN, "check.parts.noteCount", 3, 1));
        assertEquals("One attachment follows the text, but there are no attachment notes (“附件：1.…”)",
                Message.format(EN, "check.parts.noNotes", 1));
        assertEquals("Under “一、” the next level is numbered “（1）”, skipping the levels “（一）”“1.”",
                Message.format(EN, "check.structure.levelSkip", "一、", "（1）", "“（一）”“1.”", 2));
        assertEquals("附件说明列了 1 个附件，正文后实际附了 2 个", Message.format(Message.CHINESE, "check.parts.noteCount", 1, 2));
    }

    @Test
    void everyRuleAndSeverityHasAnEnglishName() {
        for (Rule r : Proofreader.RULES) {
            assertFalse(HAN.matcher(r.name(EN).replaceAll("GB/T \\d+", "")).find(), r.id() + ": " + r.name(EN));
            assertTrue(HAN.matcher(r.name()).find(), r.id() + " in Chinese: " + r.name());
        }
        assertEquals(List.of("Error", "Warning", "Hint"), List.of(Severity.values()).stream().map(s -> s.displayName(EN)).toList());
    }
}
