package org.reportdrafter.ui;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.reportdrafter.cli.SyntheticText;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.ImportService;
import org.reportdrafter.storage.AppState;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.SqliteReportRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench ui}: opens the real window on a library of 10,000 reports and times it, then, with a
 * 2,000-node report open, times moves and indents from the key press to the end of the repaint pulse.
 * Needs a display (Xvfb will do).
 */
@Command(name = "ui", description = "界面性能：1 万份报告的资料库打开窗口的时间；2000 个节点的报告中移动、缩进后重新编号并重绘的时间。需要显示器（可用 Xvfb）。")
public final class UiBench implements Callable<Integer> {
    @Option(names = "--reports", defaultValue = "10000")
    int reports;

    @Option(names = "--nodes", defaultValue = "2000")
    int nodes;

    @Spec
    CommandSpec spec;

    static volatile Path library;
    static volatile long bigReportId;
    static final List<String> RESULTS = new ArrayList<>();
    static final CountDownLatch DONE = new CountDownLatch(1);
    static volatile long launchNanos;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("rd-bench-ui");
        library = dir.resolve("library.db");
        long t0 = System.nanoTime();
        try (Database db = Database.open(library)) {
            SqliteReportRepository repo = new SqliteReportRepository(db);
            ImportService service = new ImportService();
            Report template = service.parseText(SyntheticText.plan(2020, "某区教育局", 3000, 1), "t.txt").get(0);
            List<Report> batch = new ArrayList<>();
            for (int i = 0; i < reports - 1; i++) {
                Report r = template.copy();
                r.setTitle("第" + (i + 1) + "教育局" + (2000 + i % 26) + "年工作要点");
                r.setYear(2000 + i % 26);
                batch.add(r);
                if (batch.size() == 500) {
                    repo.saveAll(batch);
                    batch.clear();
                }
            }
            repo.saveAll(batch);
            Report big = service.parseText(SyntheticText.plan(2026, "某县教育局", 420_000, 2), "big.txt").get(0);
            while (big.allNodes().size() > nodes) {
                List<OutlineNode> all = big.allNodes();
                all.get(all.size() - 1).detach();
            }
            bigReportId = repo.save(big);
            new AppState(db).put(AppState.OPEN_REPORT, String.valueOf(bigReportId));
            out.printf(Locale.ROOT, "library: %d reports built in %.1f s; open report: %d nodes%n", repo.count(),
                    (System.nanoTime() - t0) / 1e9, big.allNodes().size());
        }
        out.flush();
        launchNanos = System.nanoTime();
        Thread fx = new Thread(() -> Application.launch(BenchApp.class), "bench-ui");
        fx.setDaemon(true);
        fx.start();
        if (!DONE.await(180, TimeUnit.SECONDS)) {
            out.println("timed out");
            return 1;
        }
        RESULTS.forEach(out::println);
        out.flush();
        org.reportdrafter.cli.BenchSupport.deleteTree(dir);
        return 0;
    }

    /** The app under measurement. */
    public static final class BenchApp extends Application {
        private ReportDrafterApp app;

        @Override
        public void start(Stage stage) {
            app = new ReportDrafterApp(library);
            app.start(stage);
            AtomicLong shown = new AtomicLong();
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                if (app.window() != null && app.library().editor() != null) {
                    stage.getScene().addPostLayoutPulseListener(new Runnable() {
                        @Override
                        public void run() {
                            stage.getScene().removePostLayoutPulseListener(this);
                            shown.set(System.nanoTime());
                            RESULTS.add(String.format(Locale.ROOT, "window open (library of %d reports listed, last report reopened): %.0f ms",
                                    app.library().drafts().size() + app.library().past().size(), (shown.get() - launchNanos) / 1e6));
                            Platform.runLater(() -> measureEdits(stage));
                        }
                    });
                    stage.getScene().getRoot().requestLayout();
                } else {
                    Platform.runLater(check[0]);
                }
            };
            Platform.runLater(check[0]);
        }

        private void measureEdits(Stage stage) {
            OutlineEditorViewModel vm = app.library().editor();
            List<OutlineNode> all = vm.report().allNodes();
            OutlineNode target = all.get(all.size() / 2);
            while (target.indexInParent() == 0) {
                target = all.get(all.indexOf(target) + 1);
            }
            vm.select(target);
            List<Runnable> ops = List.of(vm::moveUp, vm::moveDown, vm::indent, vm::outdent);
            long[] times = new long[40];
            int[] i = {0};
            Runnable[] step = new Runnable[1];
            step[0] = () -> {
                if (i[0] >= times.length) {
                    Arrays.sort(times);
                    RESULTS.add(String.format(Locale.ROOT, "move/indent on a %d-node report, renumber + repaint: median %.1f ms, p95 %.1f ms, max %.1f ms",
                            all.size(), times[times.length / 2] / 1e6, times[(int) (times.length * 0.95) - 1] / 1e6, times[times.length - 1] / 1e6));
                    app.library().close();
                    DONE.countDown();
                    Platform.exit();
                    return;
                }
                long start = System.nanoTime();
                ops.get(i[0] % ops.size()).run();
                stage.getScene().addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        stage.getScene().removePostLayoutPulseListener(this);
                        times[i[0]++] = System.nanoTime() - start;
                        Platform.runLater(step[0]);
                    }
                });
                stage.getScene().getRoot().requestLayout();
            };
            Platform.runLater(step[0]);
        }
    }
}
