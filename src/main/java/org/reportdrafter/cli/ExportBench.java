package org.reportdrafter.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.reportdrafter.docx.DocxExporter;
import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.ImportService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "导出 1000 个节点的报告（进程内），以及一条命令导出 200 份报告；装有 pandoc 时与之比较。")
final class ExportBench implements Callable<Integer> {
    @Option(names = "--reports", defaultValue = "200")
    int reports;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ImportService service = new ImportService();
        String text = SyntheticText.plan(2025, "某区教育局", 60_000, 7);
        Report big = service.parseText(text, "bench.txt").get(0);
        while (big.allNodes().size() < 1000) {
            OutlineNode extra = big.root().addChild(new OutlineNode("补充措施"));
            extra.body().add("健全工作机制，明确责任分工，确保各项任务落到实处。");
        }
        Path dir = Files.createTempDirectory("rd-bench-export");
        try {
            DocxExporter exporter = new DocxExporter();
            for (int i = 0; i < 5; i++) {
                exporter.export(big, ExportOptions.DEFAULT, dir.resolve("warm.docx"));
            }
            long[] times = new long[15];
            for (int i = 0; i < times.length; i++) {
                long t0 = System.nanoTime();
                exporter.export(big, ExportOptions.DEFAULT, dir.resolve("big.docx"));
                times[i] = System.nanoTime() - t0;
            }
            out.printf(Locale.ROOT, "export in process: %d nodes, %d characters: %s%n", big.allNodes().size(),
                    big.charCount(), BenchCommand.stats(times));

            List<String> args = new ArrayList<>(List.of("export", "--out-dir", dir.resolve("out").toString()));
            List<Path> markdown = new ArrayList<>();
            for (int i = 0; i < reports; i++) {
                String t = SyntheticText.plan(2000 + i % 26, "第" + (i + 1) + "教育局", 8000, 100 + i);
                Path f = dir.resolve("r" + i + ".txt");
                Files.writeString(f, t, StandardCharsets.UTF_8);
                args.add(f.toString());
                Report r = service.parseText(t, f.getFileName().toString()).get(0);
                Path md = dir.resolve("r" + i + ".md");
                Files.writeString(md, markdown(r), StandardCharsets.UTF_8);
                markdown.add(md);
            }
            CommandLine cl = Cli.commandLine();
            cl.setOut(new PrintWriter(java.io.Writer.nullWriter()));
            cl.setErr(new PrintWriter(java.io.Writer.nullWriter()));
            long t0 = System.nanoTime();
            int exit = cl.execute(args.toArray(String[]::new));
            long ours = System.nanoTime() - t0;
            out.printf(Locale.ROOT, "export command in this process, %d reports from .txt (parse + export): %.2f s, exit %d%n",
                    reports, ours / 1e9, exit);
            Path jar = Path.of(ExportBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.toString().endsWith(".jar")) {
                List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar", jar.toString()));
                cmd.addAll(args);
                long j0 = System.nanoTime();
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                p.waitFor(300, TimeUnit.SECONDS);
                out.printf(Locale.ROOT, "the same as a new process (java -jar report-drafter.jar export …, JVM start included): %.2f s, exit %d%n",
                        (System.nanoTime() - j0) / 1e9, p.exitValue());
            }
            if (BenchSupport.onPath("pandoc")) {
                long p0 = System.nanoTime();
                for (int i = 0; i < markdown.size(); i++) {
                    Process p = new ProcessBuilder("pandoc", markdown.get(i).toString(), "-o", dir.resolve("p" + i + ".docx").toString())
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                    if (!p.waitFor(60, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                }
                long pandoc = System.nanoTime() - p0;
                out.printf(Locale.ROOT, "pandoc once per report (markdown of the same content, no GB/T layout): %.2f s%n", pandoc / 1e9);
            } else {
                out.println("pandoc not installed: no comparison");
            }
            return exit;
        } finally {
            BenchCommand.deleteTree(dir);
        }
    }

    /** The same content as Markdown, headings as labelled lines, for the pandoc comparison. */
    static String markdown(Report r) {
        StringBuilder sb = new StringBuilder("# ").append(r.title()).append("\n\n");
        var labels = Labeler.labels(r);
        for (OutlineNode n : r.allNodes()) {
            sb.append(n.rank() <= 4 ? "#".repeat(n.rank() + 1) + " " : "").append(labels.get(n)).append(n.heading()).append("\n\n");
            for (String b : n.body()) {
                sb.append(b).append("\n\n");
            }
        }
        return sb.toString();
    }
}
