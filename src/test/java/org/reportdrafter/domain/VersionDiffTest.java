package org.reportdrafter.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdrafter.domain.VersionDiff.Op;
import org.reportdrafter.domain.VersionDiff.Segment;

class VersionDiffTest {
    private static String shown(List<Segment> segments) {
        StringBuilder b = new StringBuilder();
        for (Segment s : segments) {
            b.append(switch (s.op()) {
                case SAME -> s.text();
                case DELETED -> "[-" + s.text() + "-]";
                case INSERTED -> "{+" + s.text() + "+}";
            });
        }
        return b.toString();
    }

    @Test
    void aWordAddedInASentenceIsShownAsThatWord() {
        assertEquals("加强{+教师+}队伍建设，促进整体发展", shown(VersionDiff.diff("加强队伍建设，促进整体发展", "加强教师队伍建设，促进整体发展")));
        assertEquals("全面提升教育质量[-,-]{+，+}办好人民满意的教育。",
                shown(VersionDiff.diff("全面提升教育质量,办好人民满意的教育。", "全面提升教育质量，办好人民满意的教育。")));
    }

    @Test
    void aRewrittenSentenceReadsAsTheOldOneStruckAndTheNewOne() {
        // the template's prompt replaced by the clerk's own sentence: they share 全, 提升, 教育质量, 、 and 的 here
        // and there, and a character-by-character stripe of those was unreadable
        String prompt = "用一段话概括全年要达到的总体目标，如教育质量、办学条件、队伍建设等方面的提升。";
        String written = "全面提升教育质量，办好人民满意的教育。";
        List<Segment> d = VersionDiff.diff(prompt, written);
        assertEquals("[-" + prompt.substring(0, prompt.length() - 1) + "-]{+" + written.substring(0, written.length() - 1) + "+}。",
                shown(d), "what was there, then what is there now; the full stop they end with kept");
    }

    @Test
    void theTextsAreKeptWhole() {
        String a = "坚持以立德树人为根本任务，深化课堂教学改革，全面提高教育教学质量。";
        String b = "坚持立德树人根本任务，深入推进课堂教学改革，提高教育质量。";
        List<Segment> d = VersionDiff.diff(a, b);
        assertEquals(a, d.stream().filter(s -> s.op() != Op.INSERTED).map(Segment::text).reduce("", String::concat));
        assertEquals(b, d.stream().filter(s -> s.op() != Op.DELETED).map(Segment::text).reduce("", String::concat));
    }
}
