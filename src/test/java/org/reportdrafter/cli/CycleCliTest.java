package org.reportdrafter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** skeleton and coverage through the command line, as a script would call them. */
class CycleCliTest {
    @TempDir
    Path dir;

    static String fixture(String name) {
        try {
            return Path.of(CycleCliTest.class.getResource("/fixtures/cycle/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void coverageAsJsonListsEveryMeasureInPlanOrderThenTheUnplannedWork() throws Exception {
        CliTest.Run r = CliTest.run("coverage", fixture("plan-2025.json"), fixture("summary-2025.json"), "--json",
                "--db", dir.resolve("none.db").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode a = new ObjectMapper().readTree(r.out());
        assertEquals(14, a.size());
        Map<String, JsonNode> byHeading = new HashMap<>();
        for (JsonNode o : a) {
            if (o.has("heading")) {
                byHeading.put(o.path("heading").asText(), o);
            }
        }
        JsonNode school = byHeading.get("完成城东小学新校区建设。");
        assertEquals("covered", school.path("status").asText());
        assertEquals("1.", school.path("label").asText());
        assertTrue(school.path("plan_path").asText().startsWith("三、重点工作 › （一）推进教育资源扩容提质 › 1."), school.toString());
        JsonNode ev = school.path("evidence").get(0);
        assertTrue(ev.path("excerpt").asText().contains("城东小学新校区建成"), ev.toString());
        assertTrue(ev.path("score").asDouble() > 0 && ev.path("score").asDouble() <= 1);
        assertEquals("missing", byHeading.get("开展校长职级制改革试点。").path("status").asText());
        assertEquals(0, byHeading.get("开展校长职级制改革试点。").path("evidence").size());
        assertEquals("partly", byHeading.get("启动县第二幼儿园改扩建工程。").path("status").asText());
        JsonNode training = byHeading.get("培训教师2000人次，县级以上骨干教师占比达到20%。").path("targets").get(0);
        assertEquals("not_met", training.path("result").asText());
        assertEquals(2000, training.path("planned").asDouble(), 1e-9);
        assertEquals(1650, training.path("reported").asDouble(), 1e-9);
        JsonNode last = a.get(a.size() - 1);
        assertEquals("unplanned", last.path("status").asText());
        assertTrue(last.path("summary_path").asText().contains("平安校园"));
        assertTrue(a.get(0).has("plan_path"));
        assertTrue(!Files.exists(dir.resolve("none.db")), "reading two files touches no library");
    }

    @Test
    void coverageReadsTextFilesToo() {
        CliTest.Run r = CliTest.run("coverage", fixture("plan-2025.txt"), fixture("summary-2025.txt"), "--db", dir.resolve("x.db").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("未见总结"), r.out());
        assertTrue(r.out().contains("共 13 项"), r.out());
    }

    @Test
    void skeletonDraftsASummaryFromAPlanAsReportJson() throws Exception {
        CliTest.Run r = CliTest.run("skeleton", fixture("plan-2025.json"), "--json", "--db", dir.resolve("x.db").toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode rep = new ObjectMapper().readTree(r.out()).get(0);
        assertEquals("summary", rep.path("kind").asText());
        assertEquals("青山县教育局2025年工作总结", rep.path("title").asText());
        assertEquals("主要工作和成效", rep.path("sections").get(0).path("heading").asText());
        assertEquals("青山县教育局2025年工作要点", rep.path("answers_plan").path("title").asText());
    }

    @Test
    void skeletonDraftsNextYearsPlanFromASummaryAndSavesItWhenAsked() throws Exception {
        String db = dir.resolve("lib.db").toString();
        CliTest.Run r = CliTest.run("skeleton", fixture("summary-2025.json"), "--kind", "plan", "--plan", fixture("plan-2025.json"),
                "--save", "--db", db);
        assertEquals(0, r.exit(), r.err());
        JsonNode rep = new ObjectMapper().readTree(r.out()).get(0);
        assertEquals("plan", rep.path("kind").asText());
        assertEquals(2026, rep.path("year").asInt());
        assertTrue(r.err().contains("提出 5 条新措施"), r.err());
        CliTest.Run list = CliTest.run("list", "--db", db);
        assertTrue(list.out().contains("2026年工作要点"), list.out());
    }

    @Test
    void aMissingFileIsAOneLineChineseErrorAndExitOne() {
        CliTest.Run r = CliTest.run("coverage", dir.resolve("nope.txt").toString(), fixture("summary-2025.json"), "--db", dir.resolve("x.db").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("错误："), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }
}
