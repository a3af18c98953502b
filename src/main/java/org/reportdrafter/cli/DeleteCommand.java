package org.reportdrafter.cli;

import java.util.concurrent.Callable;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.SqliteReportRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "delete", description = "从资料库删除一份报告。程序正在使用资料库时会被拒绝。")
final class DeleteCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID")
    long id;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // while the app has the library open it may hold unsaved edits of this report: refused, like restore
        try (org.reportdrafter.storage.LibraryLock lock = org.reportdrafter.storage.LibraryLock.acquire(library.path());
             Database db = library.open()) {
            if (!new SqliteReportRepository(db).delete(id)) {
                spec.commandLine().getErr().println("错误：资料库中没有编号为 " + id + " 的报告");
                return Cli.FAILED;
            }
            spec.commandLine().getOut().println("已删除 " + id);
            return Cli.OK;
        }
    }
}
