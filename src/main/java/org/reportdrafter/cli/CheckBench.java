package org.reportdrafter.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reportdrafter.checks.Proofreader;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.ImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "校对 10 万字的报告所需时间。")
final class CheckBench implements Callable<Integer> {
    @Option(names = "--chars", defaultValue = "100000")
    int chars;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        // half-width commas and placeholders as pages copied from the web have them
        String text = SyntheticText.plan(2025, "XX区教育局", chars, 3).replace("，", ",");
        Report r = new ImportService().parseText(text, "bench.txt").get(0);
        int findings = 0;
        for (int i = 0; i < 10; i++) {
            findings = Proofreader.check(r).size();
        }
        long[] times = new long[30];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            Proofreader.check(r);
            times[i] = System.nanoTime() - t0;
        }
        out.printf(Locale.ROOT, "check: %d characters, %d nodes, %d findings: %s%n", r.charCount(), r.allNodes().size(),
                findings, BenchCommand.stats(times));
        return Cli.OK;
    }
}
