package org.reportdrafter.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.ImportService;
import org.reportdrafter.storage.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "parse", description = "解析文件，把大纲以 JSON 输出到标准输出（不改动资料库）。")
final class ParseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = ".txt、.docx 或 .doc 文件")
    Path file;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Report> reports = new ImportService().parseFile(file);
        spec.commandLine().getOut().println(ReportJson.write(reports));
        return Cli.OK;
    }
}
