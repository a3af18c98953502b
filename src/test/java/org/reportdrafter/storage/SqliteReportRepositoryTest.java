package org.reportdrafter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.NumberingStyle;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Provenance;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.ReportSettings;
import org.reportdrafter.domain.ReportStatus;
import org.reportdrafter.domain.SectionHit;

class SqliteReportRepositoryTest {
    @TempDir
    Path dir;
    Database db;
    SqliteReportRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("sub/library.db"));
        repo = new SqliteReportRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Report sample(String title, int year, String... bodies) {
        Report r = new Report();
        r.setTitle(title);
        r.setOrganization("某区教育局");
        r.setYear(year);
        r.setKind(ReportKind.PLAN);
        r.setStatus(ReportStatus.PAST);
        r.setDateOfIssue(LocalDate.of(year, 3, 5));
        r.preamble().add("首页 > 范文");
        r.preamble().add(year + "年，全区教育工作的总体思路是：……");
        r.setClutterBefore(1);
        r.trailer().add("某区教育局");
        r.setSettings(new ReportSettings(NumberingStyle.FULLWIDTH, 3, ExportOptions.DEFAULT.withPreset("office22"), Set.of("doubled-char")));
        OutlineNode s = r.root().addChild(new OutlineNode("重点工作"));
        OutlineNode g = s.addChild(new OutlineNode("加强教师队伍建设"));
        for (String b : bodies) {
            OutlineNode m = g.addChild(new OutlineNode());
            m.body().add(b);
            m.setRunIn(true);
        }
        OutlineNode shi = s.addChild(new OutlineNode("校网布局调整优化。"));
        shi.setLabelMode(LabelMode.SHI);
        shi.setRankSkip(0);
        shi.setProvenance(new Provenance(7L, "2014年工作总结", "三、… › （二）…", "uid-1", "2025-01-02"));
        return r;
    }

    @Test
    void createsTheLibraryWithWalForeignKeysAndSchemaVersion() throws Exception {
        assertEquals(Database.latestVersion(), db.schemaVersion());
        try (Statement st = db.connection().createStatement()) {
            ResultSet rs = st.executeQuery("PRAGMA journal_mode");
            rs.next();
            assertEquals("wal", rs.getString(1));
            rs = st.executeQuery("PRAGMA foreign_keys");
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
        assertEquals("ok", db.integrityCheck());
    }

    @Test
    void reopeningDoesNotMigrateAgain() {
        long id = repo.save(sample("区教育局2015年工作要点", 2015, "开展教研活动。"));
        db.close();
        db = Database.open(dir.resolve("sub/library.db"));
        repo = new SqliteReportRepository(db);
        assertTrue(repo.load(id).isPresent());
    }

    @Test
    void savesAndLoadsAReportWithItsTree() {
        Report r = sample("区教育局2015年工作要点", 2015, "加强师资培训。", "开展教研活动。");
        long id = repo.save(r);
        Report back = repo.load(id).orElseThrow();
        assertEquals("区教育局2015年工作要点", back.title());
        assertEquals("某区教育局", back.organization());
        assertEquals(2015, back.year());
        assertEquals(ReportKind.PLAN, back.kind());
        assertEquals(ReportStatus.PAST, back.status());
        assertEquals(LocalDate.of(2015, 3, 5), back.dateOfIssue());
        assertEquals(r.preamble(), back.preamble());
        assertEquals(1, back.clutterBefore());
        assertEquals(List.of("某区教育局"), back.trailer());
        assertEquals(NumberingStyle.FULLWIDTH, back.settings().numbering());
        assertEquals(3, back.settings().continuousRank());
        assertEquals(Set.of("doubled-char"), back.settings().disabledChecks());
        assertEquals("office22", back.settings().export().preset());
        OutlineNode g = back.sections().get(0).children().get(0);
        assertEquals("加强教师队伍建设", g.heading());
        assertEquals(List.of("开展教研活动。"), g.children().get(1).body());
        assertTrue(g.children().get(1).runIn());
        OutlineNode shi = back.sections().get(0).children().get(1);
        assertEquals(LabelMode.SHI, shi.labelMode());
        assertEquals("2014年工作总结", shi.provenance().reportTitle());
        assertEquals(r.allNodes().get(2).uid(), back.allNodes().get(2).uid());
    }

    @Test
    void updateReplacesTheTreeAndTheIndex() {
        Report r = sample("区教育局2015年工作要点", 2015, "开展教研活动。");
        long id = repo.save(r);
        r.allNodes().get(2).body().set(0, "加强师资队伍管理。");
        assertEquals(id, repo.save(r));
        assertEquals(1, repo.count());
        assertTrue(repo.searchSections("教研", 10).isEmpty(), "old text must leave the index");
        assertEquals(1, repo.searchSections("师资", 10).size());
    }

    @Test
    void listAndDelete() {
        long a = repo.save(sample("甲", 2014, "一"));
        long b = repo.save(sample("乙", 2015, "二"));
        assertEquals(List.of(a, b), repo.list().stream().map(s -> s.id()).toList());
        assertTrue(repo.delete(a));
        assertFalse(repo.delete(a));
        assertEquals(1, repo.count());
        assertTrue(repo.load(a).isEmpty());
        assertTrue(repo.searchSections("教师队伍", 10).stream().allMatch(h -> h.reportId() == b));
    }

    @Test
    void aFailedWriteLeavesTheLibraryAsItWas() throws Exception {
        repo.save(sample("甲", 2014, "开展教研活动。"));
        try (Statement st = db.connection().createStatement()) {
            st.execute("CREATE TEMP TRIGGER refuse BEFORE INSERT ON reports WHEN NEW.title = '坏' "
                    + "BEGIN SELECT RAISE(ABORT, 'refused'); END");
        }
        // the second report of the batch fails inside the transaction: the first must not stay
        assertThrows(StorageException.class, () -> repo.saveAll(List.of(sample("乙", 2015, "加强师资。"), sample("坏", 2016, "x"))));
        assertEquals(1, repo.count());
        assertTrue(repo.searchSections("师资", 10).isEmpty());
        assertEquals("ok", db.integrityCheck());
    }

    @Test
    void findsTwoCharacterAndLongerTermsAndSingleCharacters() {
        repo.save(sample("区教育局2015年工作要点", 2015, "开展教研活动，加强师资培训。", "完善校园安全管理制度。"));
        repo.save(sample("区教育局2016年工作要点", 2016, "推进教育信息化建设。"));
        assertEquals(1, repo.searchSections("教研", 10).size());
        assertEquals(1, repo.searchSections("师资", 10).size());
        assertEquals(1, repo.searchSections("师资培训", 10).size());
        assertEquals(1, repo.searchSections("校园安全管理", 10).size());
        assertEquals(0, repo.searchSections("安全校园", 10).size(), "a phrase matches only contiguous text");
        assertEquals(1, repo.searchSections("教研 师资", 10).size(), "all terms must match");
        assertEquals(0, repo.searchSections("教研 信息化", 10).size());
        assertEquals(1, repo.searchSections("\"教研活动\"", 10).size());
        assertEquals(1, repo.searchSections("训", 10).size(), "a single character is found too");
        // the year stands only in the preamble: found there, as the clerk who remembers the opening looks for it
        assertEquals(List.of("前言"), repo.searchSections("2016", 10).stream().map(h -> h.path()).toList());
    }

    @Test
    void headingMatchesRankAboveBodyMatchesAndNewerYearsFirst() {
        Report older = sample("2014年工作要点", 2014, "开展教研活动。");
        Report newer = sample("2016年工作要点", 2016, "开展教研活动。");
        Report heading = sample("2010年工作要点", 2010, "无关内容。");
        heading.sections().get(0).children().get(0).setHeading("加强教研工作");
        repo.save(older);
        repo.save(newer);
        repo.save(heading);
        List<SectionHit> hits = repo.searchSections("教研", 10);
        assertEquals(3, hits.size());
        assertEquals(2010, hits.get(0).year());
        assertTrue(hits.get(0).headingMatch());
        assertEquals(2016, hits.get(1).year());
        assertEquals(2014, hits.get(2).year());
        assertTrue(hits.get(1).path().startsWith("一、重点工作 › ㈠加强教师队伍建设 › ⒈"), hits.get(1).path());
        assertTrue(hits.get(1).snippet().contains("教研"));
    }

    @Test
    void anUnfilledTemplatePromptIsNeitherFoundNorOfferedAsSimilar() {
        Report draft = sample("2026年工作要点", 2026, "开展教研活动。");
        OutlineNode prompt = draft.sections().get(0).addChild(new OutlineNode());
        prompt.setBody(List.of("写明本年度工作的指导思想：以什么为指导，围绕什么中心。"));
        prompt.setGuidance(true);
        repo.save(draft);
        assertTrue(repo.searchSections("指导思想", 10).isEmpty(), "a prompt is not the clerk's text");
        assertTrue(repo.similarSections("本年度工作的指导思想", null, 10).stream().noneMatch(h -> h.snippet().contains("指导思想")),
                "other sections may share a pair of characters, the prompt is not among them");
        assertEquals(1, repo.searchSections("教研", 10).size(), "the draft's own text is still found");
    }

    @Test
    void enoughHeadingMatchesFillTheListBeforeAnyNewerBodyMatch() {
        for (int y = 2000; y < 2025; y++) {
            Report r = sample(y + "年工作要点", y, "无关内容。");
            r.sections().get(0).children().get(0).setHeading("加强教研工作");
            repo.save(r);
        }
        repo.save(sample("2030年工作要点", 2030, "开展教研活动。"));
        List<SectionHit> hits = repo.searchSections("教研", 20);
        assertEquals(20, hits.size());
        assertTrue(hits.stream().allMatch(SectionHit::headingMatch), "a body-only match never outranks a heading match");
        assertEquals(2024, hits.get(0).year());
        assertEquals(2005, hits.get(19).year());
    }

    @Test
    void aSectionMatchingInHeadingAndBodyIsListedOnceAsAHeadingMatch() {
        Report both = sample("2012年工作要点", 2012, "开展教研活动。");
        both.sections().get(0).children().get(0).setHeading("加强教研工作");
        both.sections().get(0).children().get(0).setBody(List.of("深化教研改革。"));
        repo.save(both);
        repo.save(sample("2019年工作要点", 2019, "开展教研活动。"));
        List<SectionHit> hits = repo.searchSections("教研", 20);
        assertEquals(List.of(true, false, false), hits.stream().map(SectionHit::headingMatch).toList());
        assertEquals(3, hits.stream().map(SectionHit::nodeId).distinct().count(), hits.toString());
        assertEquals(2012, hits.get(0).year());
        assertEquals(2019, hits.get(1).year());
        assertEquals(2012, hits.get(2).year());
    }

    @Test
    void resolvesTheLibraryLocation() {
        assertEquals(Path.of("/x/a.db"), LibraryLocation.resolve(Path.of("/x/a.db"), Map.of(LibraryLocation.ENV, "/y/b.db"), "/home/u"));
        assertEquals(Path.of("/y/b.db"), LibraryLocation.resolve(null, Map.of(LibraryLocation.ENV, "/y/b.db"), "/home/u"));
        assertEquals(Path.of("/home/u/.report-drafter/library.db"), LibraryLocation.resolve(null, Map.of(), "/home/u"));
    }

    @Test
    void segmenterMakesBigramsAndPhrases() {
        assertEquals("教研 研室 室 gb 9704", CjkSegmenter.segment("教研室，GB 9704"));
        assertEquals("\"教研\"", CjkSegmenter.phraseQuery("教研"));
        assertEquals("\"教研 研室\"", CjkSegmenter.phraseQuery("教研室"));
        assertEquals("\"校\" *", CjkSegmenter.phraseQuery("校"));
        assertEquals(null, CjkSegmenter.phraseQuery("，。"));
    }
}
