package org.reportdrafter.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.Fixtures;
import org.reportdrafter.importing.ImportService;

/** On the real documents, the findings are what a careful reader would mark. */
class CheckCorpusTest {
    private List<Report> corpus(String name) throws Exception {
        Path c = Fixtures.corpus();
        assumeTrue(c != null && c.resolve(name).toFile().exists(), "shared corpus not present");
        return new ImportService().parseFile(c.resolve(name));
    }

    private static List<String> messages(Report r, String rule) {
        return Proofreader.check(r).stream().filter(f -> f.rule().equals(rule)).map(f -> f.message() + " | " + f.excerpt()).toList();
    }

    @Test
    void plansCollection() throws Exception {
        List<Report> docs = corpus("web-plans-collection.txt");
        Report first = docs.get(0);
        List<String> placeholders = messages(first, "placeholder");
        assertTrue(placeholders.stream().anyMatch(m -> m.contains("201X")));
        assertTrue(placeholders.stream().anyMatch(m -> m.contains("“**”")));
        List<String> numbering = messages(first, "numbering");
        assertTrue(messages(docs.get(3), "numbering").stream().anyMatch(m -> m.contains("“32”疑为编号")),
                "第四篇 starts a paragraph with 32加强 (32. without its dot)");
        assertTrue(numbering.stream().anyMatch(m -> m.contains("跳号") && m.contains("33.")), numbering.toString());
        assertTrue(messages(first, "duplicate").stream().anyMatch(m -> m.contains("教学常规管理制度》”出现了两次")));
        assertTrue(messages(first, "halfwidth-punctuation").size() > 50, "the page turned punctuation half-width");
        Report second = docs.get(1);
        assertTrue(messages(second, "numbering").stream().anyMatch(m -> m.contains("“12”疑为编号")));
        Report fifth = docs.get(4);
        assertTrue(messages(fifth, "numbering").stream().noneMatch(m -> m.contains("至")), "3至5月 is a month range");
        assertTrue(messages(fifth, "empty-section").isEmpty());
    }

    @Test
    void summaries() throws Exception {
        Report ideas = corpus("web-2018-summary-2019-ideas.txt").get(0);
        assertTrue(Proofreader.check(ideas).stream().noneMatch(f -> f.severity() == Severity.ERROR),
                "a clean real summary has no errors: " + Proofreader.check(ideas).stream()
                        .filter(f -> f.severity() == Severity.ERROR).map(Finding::message).toList());
        assertEquals(List.of(), messages(ideas, "year"));
        List<Report> collection = corpus("web-summaries-collection.txt");
        assertTrue(messages(collection.get(0), "placeholder").stream().anyMatch(m -> m.contains("XX")));
        // the page holds three summaries; read apart, none of them repeats its 一、
        assertEquals(3, collection.size());
        for (Report r : collection) {
            assertTrue(messages(r, "numbering").stream().noneMatch(m -> m.contains("重复")), r.title());
        }
    }

    /** The school site's pages: no placeholder or template-prompt error on any of them (a form's blanks are no leftovers). */
    @Test
    void realPagesHaveNoPlaceholderErrors() throws Exception {
        Path c = Fixtures.corpus();
        assumeTrue(c != null && c.resolve("real").toFile().isDirectory(), "shared corpus not present");
        int checked = 0;
        try (var files = java.nio.file.Files.list(c.resolve("real"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("r[0-9]+\\.txt")).sorted().toList()) {
                for (Report r : new ImportService().parseFile(f)) {
                    List<String> placeholders = messages(r, "placeholder");
                    assertEquals(List.of(), placeholders, f.getFileName().toString());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 20);
    }
}
