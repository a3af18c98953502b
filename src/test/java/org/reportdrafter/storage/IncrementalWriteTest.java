package org.reportdrafter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.SectionHit;

/**
 * Writing a stored report again touches only the node rows that changed (an autosave after a keystroke in
 * a long plan), and whatever was changed — moved, indented, inserted before older rows, deleted — reads
 * back as the clerk left it, with the search index following.
 */
class IncrementalWriteTest {
    @TempDir
    Path dir;
    Database db;
    SqliteReportRepository repo;

    @BeforeEach
    void open() throws SQLException {
        db = Database.open(dir.resolve("library.db"));
        repo = new SqliteReportRepository(db);
        try (Statement st = db.connection().createStatement()) {
            // what each write does to the rows, seen from the writer's own connection
            st.execute("CREATE TEMP TABLE touched (what TEXT, id INTEGER)");
            st.execute("CREATE TEMP TRIGGER nodes_ins AFTER INSERT ON nodes BEGIN INSERT INTO touched VALUES ('insert', NEW.id); END");
            st.execute("CREATE TEMP TRIGGER nodes_upd AFTER UPDATE ON nodes BEGIN INSERT INTO touched VALUES ('update', NEW.id); END");
            st.execute("CREATE TEMP TRIGGER nodes_del AFTER DELETE ON nodes BEGIN INSERT INTO touched VALUES ('delete', OLD.id); END");
            st.execute("CREATE TEMP TRIGGER text_ins AFTER INSERT ON document_text BEGIN INSERT INTO touched VALUES ('text', NEW.id); END");
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** 重点工作 with two groups of three measures each, numbered straight through, and 保障措施. */
    private static Report plan() {
        Report r = new Report();
        r.setTitle("某区教育局2026年工作要点");
        r.setYear(2026);
        r.setKind(ReportKind.PLAN);
        r.preamble().add("2026年全区教育工作的总体要求是：坚持立德树人。");
        OutlineNode key = r.root().addChild(new OutlineNode("重点工作"));
        String[][] groups = {
                {"深化课堂教学改革", "推进集体备课。", "开展优质课评选。", "规范作业管理。"},
                {"加强教师队伍建设", "实施青年教师培养工程。", "组织骨干教师送教下乡。", "完善师德考核办法。"}};
        for (String[] g : groups) {
            OutlineNode group = key.addChild(new OutlineNode(g[0]));
            for (int i = 1; i < g.length; i++) {
                OutlineNode m = group.addChild(new OutlineNode());
                m.body().add(g[i]);
            }
        }
        OutlineNode safe = r.root().addChild(new OutlineNode("保障措施"));
        safe.addChild(new OutlineNode("加强组织领导")).body().add("成立工作领导小组。");
        return r;
    }

    @Test
    void aKeystrokeRewritesOneRowAndLeavesTheOthersAndTheDocumentTextAlone() throws SQLException {
        Report r = plan();
        long id = repo.save(r);
        List<Long> before = nodeIds(id);
        clearTouched();
        OutlineNode measure = r.sections().get(0).children().get(1).children().get(0);
        measure.body().set(0, "实施青年教师成长工程。");
        repo.save(r);

        assertEquals(List.of("update " + nodeId(id, measure.uid())), touched());
        assertEquals(before, nodeIds(id), "no row was replaced");
        assertTrue(repo.searchSections("培养工程", 10).isEmpty(), "the old words leave the index");
        assertEquals(List.of(measure.uid()), repo.searchSections("成长工程", 10).stream().map(SectionHit::nodeUid).toList());
        assertEquals(1, repo.searchSections("立德树人", 10).size(), "the preamble stays found");
    }

    @Test
    void aMoveUpdatesThePlacesAndPathsOfTheRowsItRenumbersOnly() throws SQLException {
        Report r = plan();
        long id = repo.save(r);
        clearTouched();
        // Alt+Shift+↑ on the third measure of the first group: it becomes the second
        OutlineNode group = r.sections().get(0).children().get(0);
        OutlineNode third = group.children().get(2);
        third.detach();
        group.insertChild(1, third);
        repo.save(r);

        // the two measures that swapped places, and nothing in the second group or 保障措施
        assertEquals(2, touched().size(), touched().toString());
        assertTrue(touched().stream().allMatch(t -> t.startsWith("update ")));
        assertEquals(outline(r), outline(repo.load(id).orElseThrow()));
        SectionHit hit = repo.searchSections("作业管理", 10).get(0);
        String last = hit.path().substring(hit.path().lastIndexOf("› ") + 2);
        assertTrue(last.startsWith("2") && last.endsWith("规范作业管理。"),
                "the search result shows the measure's new number: " + hit.path());
    }

    @Test
    void newNodesBeforeOlderOnesIndentsAndDeletionsReadBackInTheirPlaces() {
        Report r = plan();
        long id = repo.save(r);

        // a new first section written after every other row: its id is the highest, its place the first
        OutlineNode guide = r.root().insertChild(0, new OutlineNode("指导思想"));
        guide.body().add("以习近平新时代中国特色社会主义思想为指导。");
        repo.save(r);
        assertEquals(outline(r), outline(repo.load(id).orElseThrow()));

        // Tab on 保障措施: it goes under 重点工作, after the two groups, taking its child along
        OutlineNode safe = r.sections().get(2);
        safe.detach();
        r.sections().get(1).addChild(safe);
        // and a new group goes in front of the old first group, taking that group's measures by a move
        OutlineNode oldFirst = r.sections().get(1).children().get(0);
        OutlineNode fresh = r.sections().get(1).insertChild(0, new OutlineNode("推进教育数字化"));
        for (OutlineNode m : new ArrayList<>(oldFirst.children())) {
            m.detach();
            fresh.addChild(m);
        }
        repo.save(r);
        assertEquals(outline(r), outline(repo.load(id).orElseThrow()));

        // deleting the old first group (now empty) and the second group with its three measures
        oldFirst.detach();
        OutlineNode second = r.sections().get(1).children().get(1);
        second.detach();
        repo.save(r);
        Report back = repo.load(id).orElseThrow();
        assertEquals(outline(r), outline(back));
        assertEquals(r.allNodes().size(), back.allNodes().size());
        assertTrue(repo.searchSections("送教下乡", 10).isEmpty(), "a deleted measure leaves the index");
        assertTrue(repo.searchSections("加强教师队伍建设", 10).isEmpty(), "a deleted group leaves the index");
        assertEquals(1, repo.searchSections("集体备课", 10).size());
    }

    @Test
    void aChangedPreambleIsIndexedAgainAndTheOldTextLeaves() {
        Report r = plan();
        repo.save(r);
        r.preamble().set(0, "2026年全区教育工作的总体要求是：办好人民满意的教育。");
        repo.save(r);
        assertTrue(repo.searchSections("立德树人", 10).isEmpty());
        assertEquals(1, repo.searchSections("人民满意", 10).size());
    }

    @Test
    void twoNodesWithOneUidBothStayInTheirPlaces() {
        Report r = plan();
        // a file put together by hand or by an old tool may repeat a uid
        OutlineNode group = r.sections().get(0).children().get(0);
        group.children().get(2).setUid(group.children().get(0).uid());
        long id = repo.save(r);
        group.children().get(2).body().set(0, "规范作业设计与批改。");
        repo.save(r);
        assertEquals(outline(r), outline(repo.load(id).orElseThrow()));
    }

    @Test
    void aDamagedTreeIsRefusedRatherThanReadInPart() throws SQLException {
        Report r = plan();
        long id = repo.save(r);
        OutlineNode key = r.sections().get(0);
        OutlineNode group = key.children().get(0);
        try (Statement st = db.connection().createStatement()) {
            // 重点工作 made a child of its own group: the rows no longer form one tree
            st.execute("UPDATE nodes SET parent_id = " + nodeId(id, group.uid()) + " WHERE id = " + nodeId(id, key.uid()));
        }
        assertThrows(StorageException.class, () -> repo.load(id));
    }

    /** The outline as a clerk sees it: one line per node, indented by depth, with its uid and text. */
    private static String outline(Report r) {
        StringBuilder out = new StringBuilder();
        for (OutlineNode n : r.allNodes()) {
            out.append("  ".repeat(n.depth())).append(n.uid()).append(' ').append(n.heading()).append(' ')
                    .append(String.join("/", n.body())).append('\n');
        }
        return out.toString();
    }

    private List<Long> nodeIds(long reportId) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM nodes WHERE report_id = " + reportId + " ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private long nodeId(long reportId, String uid) throws SQLException {
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM nodes WHERE report_id = " + reportId + " AND uid = '" + uid + "'")) {
            assertTrue(rs.next(), uid);
            return rs.getLong(1);
        }
    }

    private void clearTouched() throws SQLException {
        try (Statement st = db.connection().createStatement()) {
            st.execute("DELETE FROM touched");
        }
    }

    private List<String> touched() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT what, id FROM touched ORDER BY rowid")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getLong(2));
            }
        }
        return out;
    }
}
