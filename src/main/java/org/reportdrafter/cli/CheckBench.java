package org.reportdrafter.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.List;
import org.reportdrafter.checks.Proofreader;
import org.reportdrafter.checks.TermList;
import org.reportdrafter.domain.Attachment;
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
        // every rule has something to read: the parts of a 公文 and an office term list
        r.parts().setDocNumber("某教发[2025]07号");
        r.parts().setDateText("2025年1月6日");
        r.parts().attachmentNotes().addAll(List.of("附件：1.2025年重点工作任务分解表", "2.2025年教育系统行事历"));
        r.parts().attachments().add(new Attachment("附件1", "2025年重点工作任务分解表"));
        TermList terms = TermList.parse("保护：XX区教育局\n用“截至”不用“截止”（后接日期时）\n用“部署”不用“布署”\n");
        int findings = 0;
        for (int i = 0; i < 10; i++) {
            findings = Proofreader.check(r, terms).size();
        }
        long[] times = new long[30];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            Proofreader.check(r, terms);
            times[i] = System.nanoTime() - t0;
        }
        out.printf(Locale.ROOT, "check: %d characters, %d nodes, %d rules, %d findings: %s%n", r.charCount(), r.allNodes().size(),
                Proofreader.RULES.size(), findings, BenchCommand.stats(times));
        return Cli.OK;
    }
}
