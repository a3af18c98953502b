package org.reportdrafter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.DocumentParts;
import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.NumberingStyle;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Provenance;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.ReportSettings;
import org.reportdrafter.domain.ReportStatus;
import org.reportdrafter.domain.Table;

/**
 * Nothing lost: a report that uses every field goes through the library, a version, a portable file and
 * a recovery file, and comes back equal field by field (compared over the domain objects, not over the
 * codec's own output).
 */
class ReportCodecTest {
    @TempDir
    Path dir;
    Database db;
    SqliteReportRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.db"));
        repo = new SqliteReportRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A 通知 with every part a clerk meets: 发文字号, 主送, 附件 with a table, 落款, 版记, and a reused section. */
    static Report everyField() {
        Report r = new Report();
        r.setTitle("关于印发《某县教育局2026年工作要点》的通知");
        r.setOrganization("某县教育局");
        r.setYear(2026);
        r.setKind(ReportKind.SUMMARY_AND_PLAN);
        r.setStatus(ReportStatus.DRAFT);
        r.setDateOfIssue(LocalDate.of(2026, 2, 14));
        r.preamble().add("2026年是“十五五”规划开局之年。");
        r.trailer().add("各单位要结合实际，认真抓好落实。");
        r.setClutterBefore(2);
        r.setClutterAfter(1);
        r.setSettings(new ReportSettings(NumberingStyle.FULLWIDTH, 3,
                new ExportOptions("office22", "宋体", "黑体", true, true), Set.of("doubled-char", "year")));
        r.setSourceFile("某县2026要点.docx");
        r.setImportedAt(Instant.parse("2026-03-01T08:30:00Z"));
        OutlineNode s = r.root().addChild(new OutlineNode("总体要求"));
        s.setLabelMode(LabelMode.AUTO);
        s.setSourceLabel("一、");
        OutlineNode m = s.addChild(new OutlineNode("坚持立德树人"));
        m.setBody(List.of("落实立德树人根本任务。", "", "第二段。"));
        m.setLabelMode(LabelMode.SHI);
        m.setRankSkip(1);
        m.setRunIn(true);
        m.setSourceLabel("一是");
        m.setProvenance(new Provenance(17L, "某县教育局2025年工作要点", "二、重点工作 › （一）", "uid-of-source", "2026-02-10T09:00:00Z"));
        m.setTables(List.of(new Table(List.of(List.of("学校", "人数"), List.of("一中", "1200")), 1, 1)));
        OutlineNode g = r.root().addChild(new OutlineNode("（此处填写保障措施）"));
        g.setGuidance(true);
        g.setLabelMode(LabelMode.NONE);
        g.setProvenance(new Provenance(null, "模板", "", null, "2026-02-11"));
        r.root().setTables(List.of(new Table(List.of(List.of("项目", "完成时间"), List.of("食堂改造", "6月底")), 1, 0)));
        DocumentParts p = new DocumentParts();
        p.setGenre("notice");
        p.setDocNumber("某教发〔2026〕3号");
        p.setHeadline("某县教育局文件");
        p.titleLines().addAll(List.of("关于印发《某县教育局2026年", "工作要点》的通知"));
        p.wrapper().add("现将《某县教育局2026年工作要点》印发给你们，请认真贯彻落实。");
        p.setAddressee("各乡镇中心学校，县直各学校：");
        p.setAuthor("县教育局办公室");
        p.setOccasion("2026年全县教育工作会议");
        p.attachmentNotes().add("附件：1.重点任务分工表");
        Attachment a = new Attachment("附件1", "重点任务分工表");
        a.paragraphs().add("各牵头科室于每月底报送进展。");
        OutlineNode as = a.root().addChild(new OutlineNode("一、基础教育科"));
        as.setBody(List.of("负责学前教育普及普惠。"));
        a.root().setTables(List.of(new Table(List.of(List.of("任务", "牵头科室"), List.of("控辍保学", "基础教育科")), 1, 0)));
        p.attachments().add(a);
        p.signature().add("某县教育局");
        p.setDateText("2026年2月14日");
        p.setNote("（此件公开发布）");
        p.setCopyTo("县委办，县政府办。");
        p.setIssuedBy("某县教育局办公室");
        p.setIssuedOn("2026年2月14日印发");
        p.setDocSerial("000012");
        p.setSecretLevel("秘密★1年");
        p.setUrgency("特急");
        p.setSignedOffBy("张某某");
        r.setParts(p);
        return r;
    }

    @Test
    void theLibraryKeepsEveryField() {
        Report r = everyField();
        long id = repo.save(r);
        assertSameReport(r, repo.load(id).orElseThrow());
    }

    @Test
    void aVersionKeepsEveryField() {
        Report r = everyField();
        long id = repo.save(r);
        long v = repo.saveVersion(id, "送审稿", "named", repo.load(id).orElseThrow(), Instant.now());
        assertSameReport(r, repo.loadVersion(v).orElseThrow());
        // a version restored over the report: the stored state is what the version held
        Report restored = repo.loadVersion(v).orElseThrow();
        restored.setId(id);
        repo.save(restored);
        assertSameReport(r, repo.load(id).orElseThrow());
    }

    @Test
    void aPortableFileKeepsEveryFieldInAnotherLibrary() throws Exception {
        Report r = everyField();
        long id = repo.save(r);
        repo.saveVersion(id, "初稿", "named", repo.load(id).orElseThrow(), Instant.parse("2026-02-12T10:00:00Z"));
        String json = PortableJson.write(repo, id);
        try (Database other = Database.open(dir.resolve("colleague/library.db"))) {
            SqliteReportRepository theirs = new SqliteReportRepository(other);
            long copy = theirs.storePortable(PortableJson.read(json, "要点.json")).get(0);
            assertSameReport(r, theirs.load(copy).orElseThrow());
            assertSameReport(r, theirs.loadVersion(theirs.versions(copy).get(0).id()).orElseThrow());
        }
    }

    @Test
    void aRecoveryFileKeepsEveryField() {
        Report r = everyField();
        r.setId(42L);
        Path f = Recovery.keep(db.path(), r);
        assertEquals(42L, Recovery.reportId(f));
        assertSameReport(r, Recovery.read(f));
    }

    @Test
    void showJsonKeepsTheDocumentedFieldNames() throws Exception {
        var o = ReportJson.toJson(everyField());
        for (String field : List.of("title", "organization", "year", "kind", "preamble", "sections", "trailer", "settings",
                "date_of_issue", "status", "doc_number", "addressee", "attachments", "signature", "tables", "imported_at")) {
            assertNotNull(o.get(field), field);
        }
        var node = o.get("sections").get(0).get("children").get(0);
        for (String field : List.of("label", "heading", "body", "children", "uid", "label_mode", "provenance", "tables")) {
            assertNotNull(node.get(field), field);
        }
        assertEquals("二、重点工作 › （一）", node.get("provenance").get("section_path").asText());
    }

    static void assertSameReport(Report e, Report a) {
        assertEquals(e.title(), a.title(), "title");
        assertEquals(e.organization(), a.organization(), "organization");
        assertEquals(e.year(), a.year(), "year");
        assertEquals(e.kind(), a.kind(), "kind");
        assertEquals(e.status(), a.status(), "status");
        assertEquals(e.dateOfIssue(), a.dateOfIssue(), "date of issue");
        assertEquals(e.preamble(), a.preamble(), "preamble");
        assertEquals(e.trailer(), a.trailer(), "trailer");
        assertEquals(e.clutterBefore(), a.clutterBefore(), "clutter before");
        assertEquals(e.clutterAfter(), a.clutterAfter(), "clutter after");
        assertEquals(e.settings(), a.settings(), "settings");
        assertEquals(e.sourceFile(), a.sourceFile(), "source file");
        assertEquals(e.importedAt(), a.importedAt(), "imported at");
        assertEquals(e.root().tables(), a.root().tables(), "tables of the report");
        assertSameNodes(e.root(), a.root(), "");
        DocumentParts ep = e.parts();
        DocumentParts ap = a.parts();
        assertEquals(ep.genre(), ap.genre());
        assertEquals(ep.docNumber(), ap.docNumber());
        assertEquals(ep.headline(), ap.headline());
        assertEquals(ep.titleLines(), ap.titleLines());
        assertEquals(ep.wrapper(), ap.wrapper());
        assertEquals(ep.addressee(), ap.addressee());
        assertEquals(ep.author(), ap.author());
        assertEquals(ep.occasion(), ap.occasion());
        assertEquals(ep.attachmentNotes(), ap.attachmentNotes());
        assertEquals(ep.signature(), ap.signature());
        assertEquals(ep.dateText(), ap.dateText());
        assertEquals(ep.note(), ap.note());
        assertEquals(ep.copyTo(), ap.copyTo());
        assertEquals(ep.issuedBy(), ap.issuedBy());
        assertEquals(ep.issuedOn(), ap.issuedOn());
        assertEquals(ep.docSerial(), ap.docSerial(), "份号");
        assertEquals(ep.secretLevel(), ap.secretLevel(), "密级和保密期限");
        assertEquals(ep.urgency(), ap.urgency(), "紧急程度");
        assertEquals(ep.signedOffBy(), ap.signedOffBy(), "签发人");
        assertEquals(ep.attachments().size(), ap.attachments().size(), "attachments");
        for (int i = 0; i < ep.attachments().size(); i++) {
            Attachment x = ep.attachments().get(i);
            Attachment y = ap.attachments().get(i);
            assertEquals(x.name(), y.name());
            assertEquals(x.title(), y.title());
            assertEquals(x.paragraphs(), y.paragraphs());
            assertEquals(x.root().tables(), y.root().tables(), "attachment tables");
            assertSameNodes(x.root(), y.root(), x.name());
        }
    }

    private static void assertSameNodes(OutlineNode e, OutlineNode a, String where) {
        assertEquals(e.children().size(), a.children().size(), "children of " + where);
        for (int i = 0; i < e.children().size(); i++) {
            OutlineNode x = e.children().get(i);
            OutlineNode y = a.children().get(i);
            String w = where + "/" + x.heading();
            assertEquals(x.heading(), y.heading(), w);
            assertEquals(x.body(), y.body(), w + " body");
            assertEquals(x.uid(), y.uid(), w + " uid");
            assertEquals(x.labelMode(), y.labelMode(), w + " label mode");
            assertEquals(x.rankSkip(), y.rankSkip(), w + " rank skip");
            assertEquals(x.runIn(), y.runIn(), w + " run in");
            assertEquals(x.guidance(), y.guidance(), w + " guidance");
            assertEquals(x.sourceLabel(), y.sourceLabel(), w + " source label");
            assertEquals(x.provenance(), y.provenance(), w + " provenance");
            assertEquals(x.tables(), y.tables(), w + " tables");
            assertSameNodes(x, y, w);
        }
    }
}
