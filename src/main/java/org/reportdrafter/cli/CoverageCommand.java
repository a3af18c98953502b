package org.reportdrafter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reportdrafter.cycle.Coverage;
import org.reportdrafter.cycle.CoverageChecker;
import org.reportdrafter.cycle.CoverageTable;
import org.reportdrafter.cycle.TermRarity;
import org.reportdrafter.docx.DocxExporter;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.ImportException;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.LibraryTermRarity;
import org.reportdrafter.storage.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "coverage", description = "对照：逐项列出计划中的措施和目标在总结中是否落实（covered 已落实 / partly 部分落实 / missing 未见总结），"
        + "以及总结中计划外的工作。")
final class CoverageCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLAN", description = "计划：资料库报告编号，或 .txt/.docx/.doc/.json 文件")
    String plan;

    @Parameters(index = "1", paramLabel = "SUMMARY", description = "总结：资料库报告编号，或 .txt/.docx/.doc/.json 文件")
    String summary;

    @Option(names = "--json", description = "以 JSON 数组输出")
    boolean json;

    @Option(names = "--library-rarity", description = "按资料库中的词频计算词的稀有度（资料库须存在）")
    boolean libraryRarity;

    @Option(names = "--docx", paramLabel = "OUT", description = "另把总结导出为 .docx，文末附对照表")
    Path docx;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Report p = one(Sources.load(plan, library), plan);
        Report s = one(Sources.load(summary, library), summary);
        Coverage c;
        if (libraryRarity) {
            try (Database db = library.open()) {
                c = new CoverageChecker(new LibraryTermRarity(db)).check(p, s);
            }
        } else {
            c = new CoverageChecker(TermRarity.NONE).check(p, s);
        }
        if (json) {
            out.println(ReportJson.MAPPER.writeValueAsString(toJson(c)));
        } else {
            for (Coverage.Item it : c.items()) {
                out.println(it.status().mark() + " " + it.status().displayName() + "\t" + it.measure().path()
                        + (it.evidence().isEmpty() ? "" : "\t← " + it.evidence().get(0).path()));
                for (Coverage.TargetCheck t : it.targets()) {
                    out.println("    目标 " + t.planned().indicator() + " " + t.planned().display() + "：" + t.result().displayName()
                            + (t.reported() == null ? "" : "（实际 " + t.reported().display() + "）"));
                }
            }
            for (Coverage.Unplanned u : c.unplanned()) {
                out.println("＋ 计划外\t" + u.path());
            }
            out.printf(Locale.ROOT, "共 %d 项：已落实 %d，部分落实 %d，未见总结 %d；计划外 %d 项%n", c.items().size(),
                    c.count(Coverage.Status.COVERED), c.count(Coverage.Status.PARTLY), c.count(Coverage.Status.MISSING),
                    c.unplanned().size());
        }
        out.flush();
        if (docx != null) {
            new DocxExporter().export(CoverageTable.appendTo(s, c), docx);
        }
        return Cli.OK;
    }

    static Report one(List<Report> reports, String source) throws ImportException {
        if (reports.size() != 1) {
            throw new ImportException("“" + source + "”中有 " + reports.size() + " 份报告，请指定其中一份（可先导入资料库，再用编号）");
        }
        return reports.get(0);
    }

    static ArrayNode toJson(Coverage c) {
        ArrayNode a = ReportJson.MAPPER.createArrayNode();
        for (Coverage.Item it : c.items()) {
            ObjectNode o = a.addObject();
            o.put("plan_path", it.measure().path());
            o.put("label", it.measure().label());
            o.put("heading", it.measure().heading());
            o.put("kind", it.measure().target() ? "target" : "measure");
            o.put("status", it.status().code());
            o.put("score", it.score());
            ArrayNode ev = o.putArray("evidence");
            for (Coverage.Evidence e : it.evidence()) {
                ObjectNode eo = ev.addObject();
                eo.put("path", e.path());
                eo.put("excerpt", e.excerpt());
                eo.put("score", e.score());
            }
            if (!it.targets().isEmpty()) {
                ArrayNode ts = o.putArray("targets");
                for (Coverage.TargetCheck t : it.targets()) {
                    ObjectNode to = ts.addObject();
                    to.put("indicator", t.planned().indicator());
                    to.put("unit", t.planned().unit());
                    to.put("planned", t.planned().value());
                    if (t.reported() == null) {
                        to.putNull("reported");
                    } else {
                        to.put("reported", t.reported().value());
                        to.put("reported_text", t.reported().text());
                        to.put("reported_path", t.reportedPath());
                    }
                    to.put("result", t.result().code());
                }
            }
        }
        for (Coverage.Unplanned u : c.unplanned()) {
            ObjectNode o = a.addObject();
            o.put("summary_path", u.path());
            o.put("status", "unplanned");
            o.put("excerpt", u.excerpt());
        }
        return a;
    }
}
