package org.reportdrafter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportdrafter.checks.Finding;
import org.reportdrafter.checks.Proofreader;
import org.reportdrafter.domain.Report;
import org.reportdrafter.storage.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "校对：列出占位符、编号、重复、标点、年份等问题。有“错误”级问题时退出码为 3。")
final class CheckCommand implements Callable<Integer> {
    static final int HAS_ERRORS = 3;

    @Parameters(paramLabel = "SOURCE", description = "资料库报告编号，或 .txt/.docx/.doc/.json 文件")
    String source;

    @Option(names = "--json", description = "以 JSON 数组输出")
    boolean json;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Report> reports = Sources.load(source, library);
        List<Finding> all = new ArrayList<>();
        ArrayNode array = ReportJson.MAPPER.createArrayNode();
        for (Report r : reports) {
            List<Finding> findings = Proofreader.check(r);
            all.addAll(findings);
            for (Finding f : findings) {
                String path = (reports.size() > 1 ? r.title() + " › " : "") + f.path();
                if (json) {
                    ObjectNode o = array.addObject();
                    o.put("rule", f.rule());
                    o.put("severity", f.severity().code());
                    o.put("path", path);
                    o.put("offset", f.offset());
                    o.put("excerpt", f.excerpt());
                    o.put("message", f.message());
                    if (f.fix() == null) {
                        o.putNull("fix");
                    } else {
                        o.put("fix", f.fix().replacement());
                    }
                } else {
                    out.println(f.severity().displayName() + "\t" + f.rule() + "\t" + path + "\t" + f.offset() + "\t"
                            + f.message() + "\t" + f.excerpt());
                }
            }
        }
        if (json) {
            out.println(ReportJson.MAPPER.writeValueAsString(array));
        }
        out.flush();
        return Proofreader.hasErrors(all) ? HAS_ERRORS : Cli.OK;
    }
}
