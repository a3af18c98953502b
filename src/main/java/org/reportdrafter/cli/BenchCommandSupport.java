package org.reportdrafter.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Helpers the benchmarks share. */
final class BenchCommandSupport {
    private BenchCommandSupport() {
    }

    static boolean onPath(String cmd) {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!p.isEmpty() && Files.isExecutable(Path.of(p, cmd))) {
                return true;
            }
        }
        return false;
    }
}
