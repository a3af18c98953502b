package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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

    @Test
    void sameKeysAndNoChineseInTheEnglishTextsOfThePanes() throws Exception {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        for (String k : en.stringPropertyNames()) {
            if (k.startsWith("reuse.") || k.startsWith("versions.") || k.startsWith("proofread.") || k.startsWith("coverage.")) {
                assertTrue(en.getProperty(k).codePoints().noneMatch(c -> c >= 0x4e00 && c <= 0x9fff), k + "=" + en.getProperty(k));
            }
        }
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
