package org.reportdrafter.cli;

import java.nio.file.Path;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.LibraryLocation;
import picocli.CommandLine.Option;

/** The {@code --db} option every command takes. */
public final class LibraryOption {
    @Option(names = "--db", paramLabel = "PATH",
            description = "资料库文件（默认：环境变量 REPORT_DRAFTER_DB，或 ~/.report-drafter/library.db）")
    Path db;

    public Path path() {
        return LibraryLocation.resolve(db);
    }

    public Database open() {
        return Database.open(path());
    }
}
