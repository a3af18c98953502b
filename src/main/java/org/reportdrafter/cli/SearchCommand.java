package org.reportdrafter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.SearchFilter;
import org.reportdrafter.domain.SectionHit;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.ReportJson;
import org.reportdrafter.storage.SqliteReportRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = "在资料库中全文检索（各词都须出现；\"引号内\"为一个短语），按章节列出结果。")
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", arity = "1..*")
    List<String> query;

    @Option(names = "--limit", defaultValue = "20")
    int limit;

    @Option(names = "--json", description = "以 JSON 数组输出")
    boolean json;

    @Option(names = "--kind", split = ",", description = "只查这些种类：plan、summary、summary_and_plan、other")
    List<String> kinds;

    @Option(names = "--from", description = "起始年份")
    Integer from;

    @Option(names = "--to", description = "截止年份")
    Integer to;

    @Option(names = "--org", description = "单位名称包含")
    String org;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Set<ReportKind> k = EnumSet.noneOf(ReportKind.class);
        if (kinds != null) {
            kinds.forEach(s -> k.add(ReportKind.fromCode(s)));
        }
        List<SectionHit> hits;
        try (Database db = library.open()) {
            hits = new SqliteReportRepository(db).searchSections(String.join(" ", query), new SearchFilter(k, from, to, org), limit);
        }
        if (json) {
            ArrayNode a = ReportJson.MAPPER.createArrayNode();
            for (SectionHit h : hits) {
                ObjectNode o = a.addObject();
                o.put("report_id", h.reportId());
                o.put("report_title", h.reportTitle());
                if (h.year() == null) {
                    o.putNull("year");
                } else {
                    o.put("year", h.year());
                }
                o.put("path", h.path());
                o.put("snippet", h.snippet());
            }
            out.println(ReportJson.MAPPER.writeValueAsString(a));
        } else {
            for (SectionHit h : hits) {
                out.println(h.reportId() + "\t" + h.reportTitle() + (h.year() == null ? "" : "（" + h.year() + "）") + "\t"
                        + h.path() + "\t" + h.snippet());
            }
        }
        out.flush();
        return Cli.OK;
    }
}
