package org.reportdrafter.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportdrafter.cycle.Skeletons;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.YearNameReview;
import org.reportdrafter.importing.ImportException;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.ReportJson;
import org.reportdrafter.storage.SqliteReportRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "skeleton", description = "起草：由计划起草本年总结的框架（--kind summary，默认），或由总结起草下一年计划（--kind plan）。"
        + "以报告 JSON 输出到标准输出，不改动资料库（--save 时存入资料库的草稿）。")
final class SkeletonCommand implements Callable<Integer> {
    enum Kind { summary, plan }

    @Parameters(paramLabel = "SOURCE", description = "计划或总结：资料库报告编号，或 .txt/.docx/.doc/.json 文件")
    String source;

    @Option(names = "--kind", defaultValue = "summary", description = "summary：由计划起草总结；plan：由总结起草下一年计划")
    Kind kind;

    @Option(names = "--plan", paramLabel = "PLAN", description = "起草下一年计划时沿用的上一年计划（编号或文件）；"
            + "不给时用总结所对应的资料库计划，没有则按总结的分组搭框架")
    String lastPlan;

    @Option(names = "--json", description = "以报告 JSON 输出（默认即是）")
    boolean json;

    @Option(names = "--save", description = "把起草的稿子作为草稿存入资料库，并在标准错误输出其编号")
    boolean save;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Report src = CoverageCommand.one(Sources.load(source, library), source);
        Report draft;
        if (kind == Kind.summary) {
            draft = Skeletons.summaryFromPlan(src);
        } else {
            Report plan = null;
            if (lastPlan != null) {
                plan = CoverageCommand.one(Sources.load(lastPlan, library), lastPlan);
            } else if (src.parts().answers() != null && src.parts().answers().reportId() != null) {
                plan = linkedPlan(src.parts().answers().reportId());
            }
            Skeletons.NextPlan next = Skeletons.planFromSummary(src, plan);
            draft = next.plan();
            err.println("已从总结中提出 " + next.offered() + " 条新措施（灰色，编辑后才算正文）"
                    + (plan == null ? "；没有上一年的计划，按总结的分组搭了框架" : "；沿用“" + plan.title() + "”的结构"));
            for (YearNameReview.Item it : next.review()) {
                err.println("请确认：“" + it.found() + "”→“" + it.proposed() + "”（" + it.reason() + "）");
            }
        }
        if (save) {
            try (Database db = library.open()) {
                long id = new SqliteReportRepository(db).save(draft);
                draft.setId(id);
                err.println("已存入资料库，编号 " + id);
            }
        }
        err.flush();
        out.println(ReportJson.write(List.of(draft)));
        out.flush();
        return Cli.OK;
    }

    private Report linkedPlan(long id) throws ImportException {
        if (!java.nio.file.Files.exists(library.path())) {
            return null;
        }
        try (Database db = library.open()) {
            return new SqliteReportRepository(db).load(id).orElse(null);
        }
    }
}
