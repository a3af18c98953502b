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
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/org/reportdrafter/ui/" + name)) {
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

    @Test
    void sameKeysAndNoChineseInAnyEnglishText() throws Exception {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        assertTrue(en.stringPropertyNames().containsAll(QUOTE_CHINESE.keySet()), "the exceptions are keys of the bundle");
        List<String> chinese = new ArrayList<>();
        for (String k : new TreeSet<>(en.stringPropertyNames())) {
            boolean han = en.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (han != QUOTE_CHINESE.containsKey(k)) {
                chinese.add(k + "=" + en.getProperty(k));
            }
        }
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

    @Test
    void everyArgumentOfAnEnglishTextIsFilledIn() throws Exception {
        // MessageFormat takes a single ' as the start of a quotation: "summary's {0}" would print {0}
        Properties en = load("messages_en.properties");
        Texts.setEnglish(true);
        for (String k : en.stringPropertyNames()) {
            if (en.getProperty(k).matches("(?s).*\\{\\d.*")) {
                String shown = Texts.get(k, "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M");
                assertFalse(shown.matches("(?s).*\\{\\d.*"), k + " shows " + shown);
                assertFalse(en.getProperty(k).contains("'") && !shown.contains("'"), k + " lost its apostrophe: " + shown);
            }
        }
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
        assertEquals(List.of("Move down", "Split item", "Edit body text", "某某"),
                List.of("下移", "拆分条目", "编辑正文", "某某").stream().map(OutlineEditorViewModel::editName).toList());
        assertEquals("Official (一、（一）1.（1）)", PropertiesPane.numberingName(NumberingStyle.GONGWEN));
        assertEquals("Title 方正小标宋简体 22.0 pt, body 仿宋_GB2312 16.0 pt, lines 28.95 pt, margins top 37.0 bottom 35.0 left 28.0 right 26.0 mm,"
                + " page numbers outside (odd right, even left)", ExportDialog.describe(ExportPreset.STANDARD));
    }

    @Test
    void panesSpeakTheChosenLanguage() {
        assertEquals("错误 1 处，警告 2 处，提示 0 处", Texts.get("proofread.counts", "1", "2", "0"));
        assertEquals("（2014）", Texts.get("reuse.year", "2014"));
        Texts.setEnglish(true);
        assertEquals("1 errors, 2 warnings, 0 hints", Texts.get("proofread.counts", "1", "2", "0"));
        assertEquals("Include templates", Texts.get("reuse.includeTemplates"));
        assertEquals(List.of("(added)", "Compare: 工作要点"), List.of(Texts.get("versions.added"), Texts.get("versions.compareTitle", "工作要点")));
    }
}
