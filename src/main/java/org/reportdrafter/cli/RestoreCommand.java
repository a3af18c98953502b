package org.reportdrafter.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reportdrafter.storage.Backups;
import org.reportdrafter.storage.LibraryLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = "用备份文件替换资料库（原资料库先另存到 backups 文件夹）。程序正在使用资料库时会被拒绝。")
final class RestoreCommand implements Callable<Integer> {
    @Parameters(paramLabel = "IN")
    Path in;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path db = library.path();
        try (LibraryLock lock = LibraryLock.acquire(db)) {
            Path safety = Backups.restore(in, db);
            spec.commandLine().getOut().println("已从 " + in + " 恢复资料库" + (safety == null ? "" : "；原资料库已另存为 " + safety));
        }
        return Cli.OK;
    }
}
