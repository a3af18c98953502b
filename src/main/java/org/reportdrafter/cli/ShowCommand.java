package org.reportdrafter.cli;

import java.util.concurrent.Callable;
import org.reportdrafter.storage.ReportJson;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.SqliteReportRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "以 parse 的 JSON 格式输出一份报告。")
final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID")
    long id;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = library.open()) {
            var report = new SqliteReportRepository(db).load(id);
            if (report.isEmpty()) {
                spec.commandLine().getErr().println("错误：资料库中没有编号为 " + id + " 的报告");
                return Cli.FAILED;
            }
            spec.commandLine().getOut().println(ReportJson.write(report.get()));
            return Cli.OK;
        }
    }
}
