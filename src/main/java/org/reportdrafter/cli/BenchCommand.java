package org.reportdrafter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.ImportService;
import org.reportdrafter.importing.LibraryImporter;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.SqliteReportRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Benchmarks; results go into docs/benchmarks.md. */
@Command(name = "bench", description = "性能测试。", subcommands = {BenchCommand.ImportBench.class, ExportBench.class, CheckBench.class, SearchBench.class,
        CoverageBench.class})
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }

    static String stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms, max %.1f ms", millis(s[s.length / 2]),
                millis(s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]), millis(s[s.length - 1]));
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    @Command(name = "import", description = "解析 10 万字的工作要点，并导入 1000 份文档。")
    static final class ImportBench implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--docs", defaultValue = "1000", description = "导入的文档数（默认 1000）")
        int docs;

        @Option(names = "--chars", defaultValue = "100000", description = "解析测试的文档字数（默认 100000）")
        int chars;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            ImportService service = new ImportService();
            String text = SyntheticText.plan(2025, "某区教育局", chars, 1);
            List<String> lines = List.of(text.split("\n"));
            for (int i = 0; i < 10; i++) {
                service.parseText(text, "bench.txt");
            }
            long[] times = new long[30];
            Report parsed = null;
            for (int i = 0; i < times.length; i++) {
                long t0 = System.nanoTime();
                parsed = service.parseText(text, "bench.txt").get(0);
                times[i] = System.nanoTime() - t0;
            }
            out.printf(Locale.ROOT, "parse: %d chars, %d lines, %d nodes: %s%n", text.length(), lines.size(),
                    parsed.allNodes().size(), stats(times));

            Path dir = Files.createTempDirectory("rd-bench-import");
            try {
                List<Path> files = new ArrayList<>();
                long totalChars = 0;
                for (int i = 0; i < docs; i++) {
                    String t = SyntheticText.plan(2000 + i % 26, "第" + (i + 1) + "教育局", 8000, i);
                    totalChars += t.length();
                    Path f = dir.resolve("doc" + i + ".txt");
                    Files.writeString(f, t, StandardCharsets.UTF_8);
                    files.add(f);
                }
                try (Database db = Database.open(dir.resolve("bench.db"))) {
                    LibraryImporter importer = new LibraryImporter(service, new SqliteReportRepository(db));
                    long t0 = System.nanoTime();
                    var results = importer.importFiles(files, null);
                    long elapsed = System.nanoTime() - t0;
                    long failed = results.stream().filter(r -> !r.ok()).count();
                    out.printf(Locale.ROOT, "import: %d files (%d chars in all) in %.2f s (%.1f ms per file), %d failed%n",
                            docs, totalChars, elapsed / 1e9, millis(elapsed) / docs, failed);
                    return failed == 0 ? Cli.OK : Cli.FAILED;
                }
            } finally {
                deleteTree(dir);
            }
        }
    }
}
