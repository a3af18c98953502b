package org.reportdrafter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.PlanLink;
import org.reportdrafter.domain.Report;

/** What the yearly cycle keeps in the library: the plan a draft answers, and term rarity from the index. */
class CycleStorageTest {
    @TempDir
    Path dir;

    @Test
    void thePlanADraftAnswersSurvivesTheLibraryAndThePortableJson() throws Exception {
        try (Database db = Database.open(dir.resolve("lib.db"))) {
            SqliteReportRepository repo = new SqliteReportRepository(db);
            Report r = new Report();
            r.setTitle("2025年工作总结");
            r.parts().setAnswers(new PlanLink(12L, "2025年工作要点", 2025, "plan.docx"));
            long id = repo.save(r);
            Report back = repo.load(id).orElseThrow();
            assertEquals(new PlanLink(12L, "2025年工作要点", 2025, "plan.docx"), back.parts().answers());
            Report json = ReportJson.read(ReportJson.write(List.of(back)), "x.json").get(0);
            assertEquals(back.parts().answers(), json.parts().answers());
            Report none = new Report();
            assertNull(ReportJson.read(ReportJson.write(List.of(none)), "y.json").get(0).parts().answers());
        }
    }

    @Test
    void rarityComesFromTheIndexOnceTheLibraryIsLargeEnough() {
        try (Database db = Database.open(dir.resolve("lib.db"))) {
            SqliteReportRepository repo = new SqliteReportRepository(db);
            LibraryTermRarity rarity = new LibraryTermRarity(db);
            Report r = new Report();
            OutlineNode s = r.root().addChild(new OutlineNode("重点工作"));
            for (int i = 0; i < 60; i++) {
                s.addChild(new OutlineNode(i == 0 ? "开展科技竞赛" : "办好教育第" + i + "项"));
            }
            assertTrue(rarity.weights(Set.of("教育")).isEmpty(), "an empty library says nothing about rarity");
            repo.save(r);
            Map<String, Double> w = rarity.weights(Set.of("教育", "竞赛", "火星"));
            assertTrue(w.get("竞赛") > w.get("教育"), w.toString());
            assertTrue(w.get("火星") >= w.get("竞赛"), "a term the library never saw is as rare as can be");
        }
    }
}
