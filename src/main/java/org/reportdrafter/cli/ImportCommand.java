package org.reportdrafter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.ImportService;
import org.reportdrafter.importing.LibraryImporter;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.SqliteReportRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "把文件导入资料库（作为往年报告），每份文档输出一行：ID<TAB>标题。")
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = ".txt、.docx、.doc 或 .json 文件")
    List<Path> files;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = library.open()) {
            LibraryImporter importer = new LibraryImporter(new ImportService(), new SqliteReportRepository(db));
            boolean showProgress = files.size() > 1;
            int failed = 0;
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                if (showProgress) {
                    err.printf("[%d/%d] %s%n", i + 1, files.size(), f.getFileName());
                    err.flush();
                }
                LibraryImporter.FileResult result = importer.importFile(f);
                if (!result.ok()) {
                    failed++;
                    err.println("导入失败：" + result.error());
                    err.flush();
                    continue;
                }
                for (Report r : result.reports()) {
                    out.println(r.id() + "\t" + r.title());
                }
                out.flush();
            }
            if (showProgress) {
                err.printf("完成：成功 %d 个文件，失败 %d 个。%n", files.size() - failed, failed);
            }
            return failed == 0 ? Cli.OK : Cli.FAILED;
        }
    }
}
