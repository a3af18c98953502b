package org.reportdrafter.cli;

import java.nio.file.Path;

/** Public helpers of the benchmarks for the benchmarks the app adds (bench ui). */
public final class BenchSupport {
    private BenchSupport() {
    }

    public static void deleteTree(Path dir) {
        BenchCommand.deleteTree(dir);
    }
}
