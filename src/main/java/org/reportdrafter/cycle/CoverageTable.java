package org.reportdrafter.cycle;

import java.util.ArrayList;
import java.util.List;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.Table;

/** The 对照 as a table for the reviewer, appended to a copy of the summary before export. */
public final class CoverageTable {
    public static final String HEADING = "附：年度计划落实情况对照表";

    private CoverageTable() {
    }

    public static Table table(Coverage c) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "计划事项", "落实情况", "目标：计划／实际", "总结中的对应内容"));
        int i = 1;
        for (Coverage.Item it : c.items()) {
            Measure m = it.measure();
            rows.add(List.of(String.valueOf(i++), (m.label() + m.heading()).strip(), it.status().displayName(), targets(it),
                    it.evidence().isEmpty() ? "" : it.evidence().get(0).path()));
        }
        for (Coverage.Unplanned u : c.unplanned()) {
            rows.add(List.of(String.valueOf(i++), "（计划外）", "计划外工作", "", u.path()));
        }
        return new Table(rows, 1, 0);
    }

    static String targets(Coverage.Item it) {
        List<String> out = new ArrayList<>();
        for (Coverage.TargetCheck t : it.targets()) {
            out.add(t.planned().display() + "／" + (t.reported() == null ? "未报告" : t.reported().display() + "（" + t.result().displayName() + "）"));
        }
        return String.join("；", out);
    }

    /** A copy of the report with the 对照 table as a last, unnumbered section; the report itself is unchanged. */
    public static Report appendTo(Report report, Coverage c) {
        Report copy = report.snapshot();
        OutlineNode n = new OutlineNode(HEADING);
        n.setLabelMode(LabelMode.NONE);
        n.addTable(table(c));
        copy.root().addChild(n);
        return copy;
    }
}
