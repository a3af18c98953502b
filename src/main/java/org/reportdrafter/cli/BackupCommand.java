package org.reportdrafter.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reportdrafter.storage.Backups;
import org.reportdrafter.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backup", description = "把整个资料库备份到一个文件。")
final class BackupCommand implements Callable<Integer> {
    @Parameters(paramLabel = "OUT")
    Path out;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Database db = library.open()) {
            Backups.backup(db, out);
        }
        spec.commandLine().getOut().println(out.toAbsolutePath());
        return Cli.OK;
    }
}
