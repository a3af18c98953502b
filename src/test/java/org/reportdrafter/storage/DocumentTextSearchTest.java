package org.reportdrafter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.SectionHit;

/** A clerk remembers a phrase of the covering notice, an attachment or a table: search finds it there. */
class DocumentTextSearchTest {
    @TempDir
    Path dir;

    private static List<String> paths(List<SectionHit> hits) {
        return hits.stream().map(SectionHit::path).toList();
    }

    @Test
    void findsThePreambleTheDocumentPartsAttachmentsAndTables() {
        try (Database db = Database.open(dir.resolve("library.db"))) {
            SqliteReportRepository repo = new SqliteReportRepository(db);
            long id = repo.save(ReportCodecTest.everyField());
            assertEquals(List.of("前言"), paths(repo.searchSections("十五五", 10)));
            assertEquals(List.of("结尾"), paths(repo.searchSections("认真抓好落实", 10)));
            assertEquals(List.of("版头"), paths(repo.searchSections("各乡镇中心学校", 10)), "the addressee");
            assertEquals(List.of("版头"), paths(repo.searchSections("某教发", 10)), "the document number");
            assertEquals(List.of("附件1"), paths(repo.searchSections("每月底报送", 10)), "an attachment's text");
            assertEquals(List.of("附件1"), paths(repo.searchSections("控辍保学", 10)), "a table of an attachment");
            assertEquals(List.of("附件1"), paths(repo.searchSections("学前教育普及", 10)), "a section of an attachment");
            assertEquals(List.of("表格"), paths(repo.searchSections("食堂改造", 10)), "a table of the report");
            assertTrue(paths(repo.searchSections("一中", 10)).get(0).endsWith("表格"), "a table in a section");
            assertEquals(List.of("落款与版记"), paths(repo.searchSections("此件公开发布", 10)));
            SectionHit hit = repo.searchSections("每月底报送", 10).get(0);
            assertEquals(id, hit.reportId());
            OutlineNode reusable = repo.loadSection(hit.nodeId()).orElseThrow();
            assertEquals("重点任务分工表", reusable.heading());
            assertTrue(String.join("", reusable.body()).contains("每月底报送"));
            // replaced and deleted with the report: no stale rows
            Report r = repo.load(id).orElseThrow();
            r.preamble().set(0, "新的一年开局良好。");
            repo.save(r);
            assertEquals(List.of(), repo.searchSections("十五五", 10));
            assertEquals(List.of("前言"), paths(repo.searchSections("开局良好", 10)));
            repo.delete(id);
            assertEquals(List.of(), repo.searchSections("开局良好", 10));
            assertEquals(List.of(), repo.searchSections("控辍保学", 10));
            assertEquals("ok", db.integrityCheck());
        }
    }

    @Test
    void anOlderLibraryHasItsDocumentTextIndexedWhenUpgraded() throws Exception {
        Path file = dir.resolve("old.db");
        try (Database old = Database.openAtVersion(file, 6)) {
            old.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO reports (title, preamble, trailer, parts, created_at, updated_at)
                        VALUES ('某县教育局2024年工作总结', '["一年来，全县教育系统砥砺奋进。"]', '[]',
                                '{"addressee":"县人民政府："}', '2024-12-01T00:00:00Z', '2024-12-01T00:00:00Z')""")) {
                    ps.executeUpdate();
                }
                return null;
            });
        }
        try (Database db = Database.open(file)) {
            SqliteReportRepository repo = new SqliteReportRepository(db);
            assertEquals(List.of("前言"), paths(repo.searchSections("砥砺奋进", 10)));
            assertEquals(List.of("版头"), paths(repo.searchSections("县人民政府", 10)));
        }
    }
}
