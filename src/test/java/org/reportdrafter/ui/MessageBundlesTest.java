package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportdrafter.checks.Proofreader;
import org.reportdrafter.checks.Rule;
import org.reportdrafter.checks.Severity;
import org.reportdrafter.cycle.Coverage;
import org.reportdrafter.docx.PageLayout;
import org.reportdrafter.domain.ExportPreset;
import org.reportdrafter.domain.LabelFormat;
import org.reportdrafter.domain.NumberingStyle;
import org.reportdrafter.domain.ReportKind;

/** The English setting is complete: every Chinese string has its English one, and it is English. */
class MessageBundlesTest {
    private static Properties load(String name) throws Exception {
        return loadFrom("/org/reportdrafter/ui/" + name);
    }

    /** The bundle of texts the other packages make (findings, places, errors): org/reportdrafter/i18n. */
    private static Properties loadShared(String name) throws Exception {
        return loadFrom("/org/reportdrafter/i18n/" + name);
    }

    private static Properties loadFrom(String path) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @AfterEach
    void chinese() {
        Texts.setEnglish(false);
    }

    /**
     * The only English texts that may show Chinese, each for a reason: they quote what the clerk types or
     * what the document prints, which stays Chinese whatever the UI language.
     */
    static final Map<String, String> QUOTE_CHINESE = Map.of(
            "action.language", "the switch back names the other language in that language",
            "manual.missing", "the manual's file name is docs/用户手册.md",
            "parts.secretPeriodPrompt", "an example of what to type: the period is printed as written (秘密★1年)",
            "export.issuerMarkPrompt", "an example of what to type: the issuer mark is printed as written",
            "export.issuerMarkMissing", "the same example, when the mark was left empty");

    /** English texts with Chinese that are not listed exceptions, and listed exceptions without Chinese. */
    private static List<String> chineseOutside(Properties en, Map<String, String> exceptions) {
        List<String> wrong = new ArrayList<>();
        for (String k : new TreeSet<>(en.stringPropertyNames())) {
            boolean han = en.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (han != exceptions.containsKey(k)) {
                wrong.add(k + "=" + en.getProperty(k));
            }
        }
        return wrong;
    }

    @Test
    void sameKeysAndNoChineseInAnyEnglishText() throws Exception {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        assertTrue(en.stringPropertyNames().containsAll(QUOTE_CHINESE.keySet()), "the exceptions are keys of the bundle");
        List<String> chinese = chineseOutside(en, QUOTE_CHINESE);
        assertTrue(chinese.isEmpty(), "English texts with Chinese (or listed exceptions without): " + chinese);
    }

    @Test
    void theChineseBundleIsChinese() throws Exception {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        List<String> same = new ArrayList<>();
        for (String k : new TreeSet<>(zh.stringPropertyNames())) {
            // a Chinese text left in English by mistake: the same text in both bundles, and no Han in it
            String v = zh.getProperty(k);
            if (v.equals(en.getProperty(k)) && v.codePoints().anyMatch(Character::isLetter)
                    && v.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                same.add(k + "=" + v);
            }
        }
        assertTrue(same.isEmpty(), "untranslated in the Chinese bundle: " + same);
    }

    /** Arguments for a pattern: a count (2) where the English text chooses singular or plural, else a word. */
    private static Object[] sampleArgs(String pattern) {
        Object[] args = new Object[13];
        for (int i = 0; i < args.length; i++) {
            args[i] = pattern.contains("{" + i + ",choice") || pattern.contains("{" + i + ",number") ? (Object) 2 : String.valueOf((char) ('A' + i));
        }
        return args;
    }

    @Test
    void everyArgumentOfAnEnglishTextIsFilledIn() throws Exception {
        // MessageFormat takes a single ' as the start of a quotation: "summary's {0}" would print {0}
        Properties en = load("messages_en.properties");
        Texts.setEnglish(true);
        for (String k : en.stringPropertyNames()) {
            if (en.getProperty(k).matches("(?s).*\\{\\d.*")) {
                String shown = Texts.get(k, sampleArgs(en.getProperty(k)));
                assertFalse(shown.matches("(?s).*\\{\\d.*"), k + " shows " + shown);
                assertFalse(en.getProperty(k).contains("'") && !shown.contains("'"), k + " lost its apostrophe: " + shown);
            }
        }
        // the shared bundle always goes through MessageFormat: an apostrophe is written '' there, with or without arguments
        Properties shared = loadShared("messages_en.properties");
        for (String k : shared.stringPropertyNames()) {
            String shown = org.reportdrafter.i18n.Message.format(java.util.Locale.ENGLISH, k, sampleArgs(shared.getProperty(k)));
            assertFalse(shown.matches("(?s).*\\{\\d.*"), k + " shows " + shown);
            assertFalse(shared.getProperty(k).contains("'") && !shown.contains("'"), k + " lost its apostrophe: " + shown);
        }
    }

    /**
     * The English texts of findings may show the Chinese characters a rule is about (the rule is about
     * them), and the examples a clerk would type; nothing else.
     */
    static final Map<String, String> SHARED_QUOTE_CHINESE = Map.of(
            "check.number.zero", "the rule is about writing zero as 〇 in a year of Chinese numerals",
            "check.number.shortYear", "the suggested year is quoted as it will be printed: “2025年”",
            "check.number.hao", "the rule is about 日 and 号",
            "check.parts.docNumberDi", "the rule is about the character 第",
            "check.parts.noNotes", "the example of attachment notes is what the document prints: 附件：1.…",
            "check.usage.deng", "the rule is about 等 and 等等");

    @Test
    void theFindingsBundleHasEveryTextInBothLanguages() throws Exception {
        Properties zh = loadShared("messages.properties");
        Properties en = loadShared("messages_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        List<String> chinese = chineseOutside(en, SHARED_QUOTE_CHINESE);
        for (String k : new TreeSet<>(en.stringPropertyNames())) {
            boolean zhHan = zh.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            assertTrue(zhHan || zh.getProperty(k).matches("[{}0-9 ›]*"), "untranslated in the Chinese bundle: " + k);
        }
        assertTrue(chinese.isEmpty(), "English texts with Chinese (or listed exceptions without): " + chinese);
        // every key the code names is in the bundle (a missing one would show its key)
        java.nio.file.Path src = java.nio.file.Path.of("src/main/java/org/reportdrafter");
        java.util.regex.Pattern used = java.util.regex.Pattern.compile("\"((?:check|piece|severity|rule|error)\\.[A-Za-z0-9.-]*[A-Za-z0-9])\"");
        List<String> missing = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(src)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/ui/")).toList()) {
                java.util.regex.Matcher m = used.matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    if (!zh.containsKey(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys the code uses that the bundle lacks: " + missing);
        for (Rule r : Proofreader.RULES) {
            assertTrue(zh.containsKey("rule." + r.id()), r.id());
        }
    }

    /** “1 warnings”: an English count is singular for one, plural otherwise. */
    @Test
    void englishCountsAgreeWithTheirNumber() throws Exception {
        java.util.regex.Pattern bare = java.util.regex.Pattern.compile("\\{\\d+(,number[^}]*)?\\}\\s+(\\w+s)\\b");
        List<String> plural = new ArrayList<>();
        for (Properties en : List.of(load("messages_en.properties"), loadShared("messages_en.properties"))) {
            for (String k : new TreeSet<>(en.stringPropertyNames())) {
                // outside a choice: a number straight before a plural noun is “1 warnings” when it is 1
                String outside = en.getProperty(k).replaceAll("\\{\\d+,choice,(?:[^{}]|\\{[^{}]*\\})*\\}", "");
                java.util.regex.Matcher m = bare.matcher(outside);
                if (m.find() && !List.of("is", "was", "has", "does").contains(m.group(2))) {
                    plural.add(k + "=" + en.getProperty(k));
                }
            }
        }
        assertTrue(plural.isEmpty(), "counts before a plural noun without a singular form: " + plural);
        Texts.setEnglish(true);
        assertEquals(List.of("1 character", "2 characters", "0 characters", "1,234 characters"),
                List.of(Texts.get("status.chars", 1), Texts.get("status.chars", 2), Texts.get("status.chars", 0), Texts.get("status.chars", 1234)));
        assertEquals("section: 1 character", Texts.get("status.sectionChars", 1));
        assertEquals(List.of("1 page", "12 pages"), List.of(Texts.get("status.pages", 1), Texts.get("status.pages", 12)));
        assertEquals("Imported 1 file (1 document), 0 failed.", Texts.get("dialog.import.summary", 1, 1, 0));
        assertEquals("Imported 3 files (4 documents), 1 failed.", Texts.get("dialog.import.summary", 3, 4, 1));
        assertEquals("✓ 计划.docx: 1 document", Texts.get("dialog.import.fileOk", "计划.docx", 1));
        assertEquals(List.of("1 match", "5 matches", "Replaced 1 match"),
                List.of(Texts.get("find.total", 1), Texts.get("find.total", 5), Texts.get("find.replaced", 1)));
        assertEquals("Review copy exported: a.docx (1 comment)", Texts.get("proofread.reviewDone", "a.docx", 1));
        assertEquals("1 template prompt is not filled in and will be exported as it is (numbered as in the editor):",
                Texts.get("export.unfilled", 1));
        assertEquals("Save failed: disk full; trying again in 1 second.", Texts.get("banner.failed", "disk full", 1L));
        assertEquals("1 error, 3 warnings, 0 hints", Texts.get("proofread.counts", "1", "3", "0"), "a count given as text still counts");
        Texts.setEnglish(false);
        assertEquals(List.of("全文 1 字", "共 12 页", "成功导入 1 个文件（1 份文档），失败 0 个。"),
                List.of(Texts.get("status.chars", 1), Texts.get("status.pages", 12), Texts.get("dialog.import.summary", 1, 1, 0)));
    }

    /** Names the other packages give in Chinese (the command line, exported tables) are the Chinese UI's too. */
    @Test
    void theChineseUiNamesThingsAsTheRestOfTheAppDoes() {
        for (Rule r : Proofreader.RULES) {
            assertEquals(r.name(), ProofreadPane.ruleName(r.id()), r.id());
        }
        for (Severity s : Severity.values()) {
            assertEquals(s.displayName(), Texts.get("proofread.severity." + s.code()));
        }
        for (Coverage.Status s : Coverage.Status.values()) {
            assertEquals(s.displayName(), CoverageViewModel.statusName(s));
        }
        for (Coverage.TargetResult r : Coverage.TargetResult.values()) {
            assertEquals(r.displayName(), CoverageViewModel.resultName(r));
        }
        for (ReportKind k : ReportKind.values()) {
            assertEquals(k.displayName(), PropertiesPane.kindName(k));
        }
        for (NumberingStyle n : NumberingStyle.BUILT_IN) {
            assertEquals(n.displayName(), PropertiesPane.numberingName(n));
        }
        NumberingStyle read = NumberingStyle.custom(List.of(LabelFormat.CN_DUN, LabelFormat.AR_DUN));
        assertEquals(read.displayName(), PropertiesPane.numberingName(read));
        for (PageLayout p : PageLayout.PRESETS) {
            assertEquals(p.displayName(), ExportDialog.presetName(p.id()));
        }
        ExportPreset own = ExportPreset.STANDARD.withName("本单位").withSealed(true)
                .withLetterhead(ExportPreset.Letterhead.of("某县教育局文件"));
        for (ExportPreset p : List.of(ExportPreset.STANDARD, ExportPreset.COMMON, own)) {
            assertEquals(p.describe(), ExportDialog.describe(p));
        }
        // the outline's steps are named by the domain; the undo menu shows them in English
        Texts.setEnglish(true);
        for (Severity s : Severity.values()) {
            assertEquals(s.displayName(java.util.Locale.ENGLISH), Texts.get("proofread.severity." + s.code()));
        }
        assertEquals("Doubled characters", ProofreadPane.ruleName("doubled-char"));
        assertEquals(List.of("Move down", "Split item", "Edit body text", "某某"),
                List.of("下移", "拆分条目", "编辑正文", "某某").stream().map(OutlineEditorViewModel::editName).toList());
        assertEquals("Official (一、（一）1.（1）)", PropertiesPane.numberingName(NumberingStyle.GONGWEN));
        assertEquals("Title 方正小标宋简体 22.0 pt, body 仿宋_GB2312 16.0 pt, lines 28.95 pt, margins top 37.0 bottom 35.0 left 28.0 right 26.0 mm,"
                + " page numbers outside (odd right, even left)", ExportDialog.describe(ExportPreset.STANDARD));
    }

    /** 检查年份和单位: why each change is listed, as the domain says it in Chinese, and in English. */
    @Test
    void theYearAndNameReviewSaysWhyInTheChosenLanguage() {
        org.reportdrafter.domain.OutlineNode n = new org.reportdrafter.domain.OutlineNode("2014年工作回顾");
        n.body().add("去年，甲县教育局完成了各项任务。");
        List<org.reportdrafter.domain.YearNameReview.Item> items = org.reportdrafter.domain.YearNameReview.find(List.of(n), 2014, 2015, "甲县教育局", "乙县教育局");
        assertEquals(3, items.size(), items.toString());
        for (var it : items) {
            assertEquals(it.reason(), ReuseViewModel.reason(it), "the Chinese UI says what the domain says");
        }
        Texts.setEnglish(true);
        assertEquals(List.of("year: the original was written in 2014", "“去年” meant 2013 in the original; please check", "organization name"),
                items.stream().map(ReuseViewModel::reason).toList());
    }

    @Test
    void panesSpeakTheChosenLanguage() {
        assertEquals("错误 1 处，警告 2 处，提示 0 处", Texts.get("proofread.counts", 1, 2, 0));
        assertEquals("（2014）", Texts.get("reuse.year", "2014"));
        Texts.setEnglish(true);
        assertEquals("1 error, 2 warnings, 0 hints", Texts.get("proofread.counts", 1, 2, 0));
        assertEquals("2 errors, 1 warning, 1 hint", Texts.get("proofread.counts", 2, 1, 1));
        assertEquals("Include templates", Texts.get("reuse.includeTemplates"));
        assertEquals(List.of("(added)", "Compare: 工作要点"), List.of(Texts.get("versions.added"), Texts.get("versions.compareTitle", "工作要点")));
    }
}
