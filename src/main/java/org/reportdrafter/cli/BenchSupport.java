package org.reportdrafter.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Helpers the benchmarks share, including the one the app adds (bench ui). */
public final class BenchSupport {
    private BenchSupport() {
    }

    static boolean onPath(String cmd) {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!p.isEmpty() && Files.isExecutable(Path.of(p, cmd))) {
                return true;
            }
        }
        return false;
    }

    public static void deleteTree(Path dir) {
        BenchCommand.deleteTree(dir);
    }
}
