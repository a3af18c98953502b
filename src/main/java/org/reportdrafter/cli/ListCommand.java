package org.reportdrafter.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.reportdrafter.domain.ReportSummary;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.SqliteReportRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "列出资料库中的报告：ID、类别、年份、种类、标题（以制表符分隔）。")
final class ListCommand implements Callable<Integer> {
    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = library.open()) {
            for (ReportSummary s : new SqliteReportRepository(db).list()) {
                out.println(s.id() + "\t" + s.status().code() + "\t" + (s.year() == null ? "" : s.year())
                        + "\t" + s.kind().code() + "\t" + s.title());
            }
        }
        out.flush();
        return Cli.OK;
    }
}
