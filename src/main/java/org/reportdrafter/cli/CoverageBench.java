package org.reportdrafter.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reportdrafter.cycle.Coverage;
import org.reportdrafter.cycle.CoverageChecker;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * 对照 of a 60-measure plan against a 20,000-character summary, in process: the whole check (reading
 * measures, cutting the summary into passages, weights, scores, numbers, unplanned sections).
 */
@Command(name = "coverage", description = "对照：60 项措施的计划与 2 万字的总结逐项对照所需时间。")
final class CoverageBench implements Callable<Integer> {
    @Option(names = "--measures", defaultValue = "60")
    int measures;

    @Option(names = "--chars", defaultValue = "20000")
    int chars;

    @Spec
    CommandSpec spec;

    private static final String[] TOPICS = {"科技创新竞赛", "城乡教共体", "青蓝工程", "明厨亮灶", "校外培训治理", "课后服务", "劳动教育基地",
        "心理健康教育", "智慧校园", "集团化办学", "双减提质", "家校共育", "体育艺术节", "读书节", "职业教育实训基地", "特殊教育资源教室",
        "近视防控", "防溺水教育", "校园足球", "乡村小规模学校", "教师招聘", "名师工作室", "职称评审", "校长职级制", "学前教育普惠",
        "随迁子女入学", "学生资助", "校车安全", "食品安全", "语言文字规范"};
    private static final String[] PLACES = {"城东", "城西", "南湖", "北岭", "青石", "白沙", "红星", "临江", "新桥", "河口", "东山", "西岭"};

    static Report plan(int n) {
        Report r = new Report();
        r.setTitle("某县教育局2025年工作要点");
        r.setYear(2025);
        OutlineNode target = r.root().addChild(new OutlineNode("主要目标"));
        target.addChild(new OutlineNode("学前三年毛入园率达到98%，义务教育巩固率保持在99%以上。"));
        target.addChild(new OutlineNode("新建校舍3万平方米，培训教师2000人次。"));
        OutlineNode work = r.root().addChild(new OutlineNode("重点工作"));
        OutlineNode group = null;
        for (int i = 0; i < n - 2; i++) {
            if (i % 8 == 0) {
                group = work.addChild(new OutlineNode("推进第" + (i / 8 + 1) + "组工作"));
            }
            OutlineNode m = group.addChild(new OutlineNode("开展" + PLACES[i % PLACES.length] + TOPICS[i % TOPICS.length] + "建设。"));
            m.body().add("组织" + PLACES[(i + 3) % PLACES.length] + "片区学校参与" + TOPICS[(i + 7) % TOPICS.length] + "，力争覆盖" + (10 + i) + "所学校。");
        }
        return r;
    }

    static Report summary(int chars) {
        Report r = new Report();
        r.setTitle("某县教育局2025年工作总结");
        r.setYear(2025);
        OutlineNode work = r.root().addChild(new OutlineNode("主要工作和成效"));
        int total = 0;
        int i = 0;
        OutlineNode group = null;
        while (total < chars) {
            if (i % 6 == 0) {
                group = work.addChild(new OutlineNode("第" + (i / 6 + 1) + "方面工作取得新成效"));
            }
            OutlineNode s = group.addChild(new OutlineNode(TOPICS[(i * 7) % TOPICS.length] + "成效明显。"));
            StringBuilder p = new StringBuilder();
            for (int k = 0; k < 5; k++) {
                int t = (i * 5 + k * 3) % TOPICS.length;
                p.append("成功举办了").append(PLACES[(i + k) % PLACES.length]).append(TOPICS[t]).append("活动，参与学校")
                        .append(5 + (i + k) % 30).append("所，覆盖学生").append(1000 + i * 13).append("人次，群众满意度达到")
                        .append(90 + (i + k) % 10).append("%。");
            }
            s.body().add(p.toString());
            total += s.ownCharCount();
            i++;
        }
        r.root().addChild(new OutlineNode("存在的问题")).body().add("部分学校新建校舍进度偏慢，培训教师1800人次，未达到年初目标。");
        return r;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Report p = plan(measures);
        Report s = summary(chars);
        CoverageChecker checker = new CoverageChecker();
        Coverage c = null;
        for (int i = 0; i < 10; i++) {
            c = checker.check(p, s);
        }
        long[] times = new long[30];
        long[] cpu = new long[30];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < times.length; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            checker.check(p, s);
            times[i] = System.nanoTime() - t0;
            cpu[i] = mx.getCurrentThreadCpuTime() - c0;
        }
        out.printf(Locale.ROOT, "coverage: %d measures and targets, summary %d characters, %d covered, %d partly, %d missing, %d unplanned: %s%n",
                c.items().size(), s.charCount(), c.count(Coverage.Status.COVERED), c.count(Coverage.Status.PARTLY),
                c.count(Coverage.Status.MISSING), c.unplanned().size(), BenchCommand.stats(times));
        // on a shared machine the wall clock counts time spent waiting for a core; the thread's CPU time does not
        out.printf(Locale.ROOT, "coverage CPU time of the checking thread: %s%n", BenchCommand.stats(cpu));
        return Cli.OK;
    }
}
