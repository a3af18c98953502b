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

    @Option(names = "--keep", description = "资料库测后保留（再测时用 --measure 路径）")
    boolean keep;

    @Option(names = "--launcher", description = "用安装包的启动器开窗口（如 /opt/report-drafter/bin/report-drafter），测安装后的程序")
    Path launcher;

    /** Set in the child process that opens the window: the library to open. */
    @Option(names = "--measure", hidden = true)
    Path measure;

    @Spec
    CommandSpec spec;

    static volatile Path library;
    static volatile long bigReportId;
    static final List<String> RESULTS = new ArrayList<>() {
        @Override
        public boolean add(String line) {
            // printed at once: a later step that hangs must not hide the earlier results
            System.out.println(line);
            System.out.flush();
            return super.add(line);
        }
    };
    static final CountDownLatch DONE = new CountDownLatch(1);
    private static final String WINDOW_OPEN = "window open, from the JVM's start in a new process";

    /** The JVM options every launcher of the app uses (resource launcher.options, decision 0018). */
    static List<String> launcherOptions() {
        try (var in = UiBench.class.getResourceAsStream("launcher.options")) {
            if (in == null) {
                throw new IllegalStateException("launcher.options missing from the jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (measure != null) {
            return measureWindow(measure, out);
        }
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
            // an autosave after one keystroke, as the editor writes it: the whole report with its revision
            long revision = repo.revision(bigReportId);
            long[] saves = new long[25];
            OutlineNode typedIn = big.allNodes().get(big.allNodes().size() / 2);
            for (int k = 0; k < saves.length; k++) {
                typedIn.setHeading(typedIn.heading() + "字");
                long s0 = System.nanoTime();
                repo.save(big, ++revision);
                saves[k] = System.nanoTime() - s0;
            }
            long[] warm = Arrays.copyOfRange(saves, 5, saves.length);
            Arrays.sort(warm);
            out.printf(Locale.ROOT, "autosave of the %d-node report after one keystroke (in this process, after 5 warm-up saves): median %.1f ms, max %.1f ms%n",
                    big.allNodes().size(), warm[warm.length / 2] / 1e6, warm[warm.length - 1] / 1e6);
            out.printf(Locale.ROOT, "library: %d reports built in %.1f s; open report: %d nodes%n", repo.count(),
                    (System.nanoTime() - t0) / 1e9, big.allNodes().size());
        }
        out.flush();
        // the window is timed in a new process, from the JVM's own start: what a clerk waits for
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // started as the app's launchers start it: with their JVM options
        List<String> command = new ArrayList<>();
        if (launcher != null) {
            // the installed app as a clerk starts it: its launcher, runtime, class archive and options
            command.add(launcher.toString());
            out.println("window process: " + launcher + " bench ui --measure");
        } else {
            command.add(javaBin);
            command.addAll(launcherOptions());
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
            out.println("window process: java " + String.join(" ", launcherOptions()) + " … bench ui --measure");
        }
        command.addAll(List.of("bench", "ui", "--measure", library.toString()));
        long spawned = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("WARNING") && !line.contains("Unsupported JavaFX configuration")) {
                    out.println(line);
                    if (line.startsWith(WINDOW_OPEN)) {
                        // a check on the child's own clock, from outside: an upper bound (the line's way
                        // through the pipe included)
                        out.printf(Locale.ROOT, "  seen by this process: %d ms after it started the window process%n",
                                (System.nanoTime() - spawned) / 1_000_000);
                    }
                    out.flush();
                }
            }
        }
        int rc = p.waitFor();
        if (keep) {
            out.println("library kept: " + library);
            return rc;
        }
        org.reportdrafter.cli.BenchSupport.deleteTree(dir);
        return rc;
    }

    /**
     * The window process: opens the library's window as the app does and prints the timings. Main calls it
     * before it builds the command line, as the app itself starts without it.
     */
    static int measureWindow(Path lib, PrintWriter out) throws InterruptedException {
        library = lib;
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            System.out.println("failed on " + t.getName() + ": " + e);
            e.printStackTrace(System.out);
        });
        AppLauncher.prepare(library); // as the app's main does
        Thread fx = new Thread(() -> Application.launch(BenchApp.class), "bench-ui");
        fx.setDaemon(true);
        fx.start();
        if (!DONE.await(300, TimeUnit.SECONDS)) {
            out.println("timed out");
            return 1;
        }
        return 0;
    }

    /** The app under measurement. */
    public static final class BenchApp extends Application {
        private ReportDrafterApp app;

        /**
         * 分页预览 of a 30-page report: from the last keystroke to the new pages drawn (the pause that waits
         * for typing to stop, the layout off the FX thread and the drawing included), 10 times.
         */
        private void measurePreview(Stage stage) {
            Report r = app.library().editor().report().copy();
            while (PreviewLayout.pages(r).size() > 30) {
                List<OutlineNode> all = r.allNodes();
                for (int k = 0; k < 20 && all.size() > 1; k++) {
                    all.remove(all.size() - 1).detach();
                }
            }
            int pageCount = PreviewLayout.pages(r).size();
            OutlineEditorViewModel vm = new OutlineEditorViewModel(r);
            PreviewPane preview = app.window().preview();
            // the 30-page report in the preview first: drawing the 2,000-node report's pages is not measured
            preview.setViewModel(vm);
            OutlineNode target = r.sections().get(0);
            long[] times = new long[10];
            int[] i = {-1};
            long[] start = {0};
            Runnable[] type = new Runnable[1];
            boolean[] tabShown = {false};
            preview.setOnShown(() -> {
                if (!tabShown[0]) {
                    tabShown[0] = true;
                    app.window().run("action-preview");
                    Platform.runLater(type[0]);
                    return;
                }
                if (i[0] >= 0) {
                    stage.getScene().addPostLayoutPulseListener(new Runnable() {
                        @Override
                        public void run() {
                            stage.getScene().removePostLayoutPulseListener(this);
                            times[i[0]] = System.nanoTime() - start[0];
                            Platform.runLater(type[0]);
                        }
                    });
                    stage.getScene().getRoot().requestLayout();
                }
            });
            type[0] = () -> {
                i[0]++;
                if (i[0] >= times.length) {
                    // the preview redraws once more for the report put back below; that drawing is not one of the ten
                    preview.setOnShown(() -> { });
                    Arrays.sort(times);
                    RESULTS.add(String.format(Locale.ROOT, "page preview of a %d-page report, from the last keystroke to the pages drawn (120 ms typing pause included): median %.0f ms, max %.0f ms",
                            pageCount, times[times.length / 2] / 1e6, times[times.length - 1] / 1e6));
                    // the same moves again once the app has been open a while, as a clerk mostly meets them: the
                    // first ones run while the compiler is still busy with the start, the check and the preview.
                    // The outline in front again, the preview on the report edited (until 2026-12-03 these moves
                    // were timed behind the preview's tab)
                    app.window().run("action-preview");
                    preview.setViewModel(app.library().editor());
                    long waitMs = Math.max(0, WARM_MOVES_AT_S * 1000L - ProcessClock.millisSinceStart());
                    javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.millis(waitMs));
                    wait.setOnFinished(e -> measureEdits(stage, "move/indent again, " + WARM_MOVES_AT_S + " s after the start,", () -> {
                        app.library().close();
                        DONE.countDown();
                        Platform.exit();
                    }));
                    wait.play();
                    return;
                }
                start[0] = System.nanoTime();
                vm.setHeading(target, target.heading() + "字");
            };
        }

        @Override
        public void init() {
            // the app's whole start, as the launcher runs it: init() on the launcher's thread, then start()
            app = new ReportDrafterApp(library);
            app.init();
        }

        @Override
        public void start(Stage stage) {
            app.start(stage);
            AtomicLong shown = new AtomicLong();
            // checked once a frame: re-posting a Runnable until the window is there kept the FX thread busy
            // and starved the library's opening on the two cores (20 s instead of a few)
            new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (app.window() != null && app.library().editor() != null) {
                        stop();
                        stage.getScene().addPostLayoutPulseListener(new Runnable() {
                            @Override
                            public void run() {
                                stage.getScene().removePostLayoutPulseListener(this);
                                shown.set(System.nanoTime());
                                // from the process's start (before the JVM's own), read from /proc: exact to 10 ms
                                long sinceStart = ProcessClock.millisSinceStart();
                                long cpu = ProcessClock.cpuMillis();
                                long[] st = ReportDrafterApp.OPEN_STEPS;
                                long nowNanos = System.nanoTime();
                                long jvmNanos = nowNanos - sinceStart * 1_000_000L;
                                RESULTS.add(String.format(Locale.ROOT, "  steps: JavaFX start() at %d ms; off the FX thread: library opened at %d ms, last session read at %d ms; on the FX thread: window built %d–%d ms, shown (its first style pass and layout) at %d ms, first frame at %d ms, session taken up at %d ms and shown at %d ms, then its first layout and paint %d ms",
                                        ms(st[4], jvmNanos), ms(st[5], jvmNanos), ms(st[6], jvmNanos), ms(st[0], jvmNanos), ms(st[2], jvmNanos), ms(st[3], jvmNanos), ms(st[8], jvmNanos), ms(st[7], jvmNanos), ms(st[1], jvmNanos), (nowNanos - st[1]) / 1_000_000));
                                if (cpu >= 0) {
                                    RESULTS.add(String.format(Locale.ROOT, "  CPU time of the process by then, all threads: %d ms (busiest, ms: %s)", cpu,
                                            String.join(", ", ProcessClock.busiestThreads(8))));
                                }
                                RESULTS.add(String.format(Locale.ROOT, WINDOW_OPEN + " (library of %d reports listed, last report of %d nodes reopened): %d ms",
                                        app.library().drafts().size() + app.library().past().size(), app.library().editor().report().allNodes().size(),
                                        sinceStart));
                                long caretFrom = System.nanoTime();
                                new javafx.animation.AnimationTimer() {
                                    @Override
                                    public void handle(long now) {
                                        if (app.window().settledIn()
                                                && stage.getScene().getFocusOwner() instanceof org.fxmisc.richtext.StyleClassedTextArea) {
                                            stop();
                                            RESULTS.add(String.format(Locale.ROOT, "  the caret in the reopened item (its text area made) and 属性's panes below the fold in the window, drawn %d ms after that",
                                                    (System.nanoTime() - caretFrom) / 1_000_000));
                                        }
                                    }
                                }.start();
                                // moves are timed once the app has settled: the first check and the
                                // preview's first layout (for the page count) run a moment after the window
                                // shows, and a clerk does not move items in that moment
                                whenSettled(() -> measureEdits(stage, "move/indent", () -> measurePreview(stage)));
                            }
                        });
                        stage.getScene().getRoot().requestLayout();
                    }
                }
            }.start();
        }

        private static long ms(long nanos, long jvmNanos) {
            return (nanos - jvmNanos) / 1_000_000;
        }

        /** Once the first check's findings and the preview's first pages are shown (both start a moment after the window). */
        private void whenSettled(Runnable then) {
            new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (app.window().preview().pageCountProperty().get() > 0 && app.window().proofreadPane().checksShown() > 0) {
                        stop();
                        Platform.runLater(then);
                    }
                }
            }.start();
        }

        /** The current thread's CPU time, where the runtime has java.management (the installed app's trimmed one has not). */
        private static final class ThreadCpu {
            static final boolean AVAILABLE = ModuleLayer.boot().findModule("java.management").isPresent();

            static long now() {
                return AVAILABLE ? Measured.now() : 0;
            }

            /** Loaded only where the module is there. */
            private static final class Measured {
                static long now() {
                    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                }
            }
        }

        /**
         * When the render thread has drawn the next frame of a scene: JavaFX's own performance tracker, which
         * it calls after each frame it painted. An internal class, reached where JavaFX is loaded from the class
         * path (the jar); elsewhere (a runtime whose JavaFX modules do not export it) frames are not timed.
         */
        private static final class FrameClock {
            private volatile long after = Long.MAX_VALUE;
            private volatile Runnable then;
            private volatile long drawnAt;

            static FrameClock of(javafx.scene.Scene scene) {
                try {
                    Class<?> tracker = Class.forName("com.sun.javafx.perf.PerformanceTracker");
                    Object t = tracker.getMethod("getSceneTracker", javafx.scene.Scene.class).invoke(null, scene);
                    FrameClock clock = new FrameClock();
                    tracker.getMethod("setOnRenderedFrameTask", Runnable.class).invoke(t, (Runnable) clock::rendered);
                    return clock;
                } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                    return null;
                }
            }

            /** On the render thread, after a frame. */
            private void rendered() {
                long now = System.nanoTime();
                Runnable t = then;
                if (t != null && now > after) {
                    then = null;
                    drawnAt = now;
                    Platform.runLater(t);
                }
            }

            /**
             * Runs {@code t} on the FX thread once a frame has been drawn after {@code afterNanos}: called before
             * the pulse's state goes to the render thread, the first such frame is that pulse's (another pulse's
             * frame, as the caret's blink, in between would end the wait early: rare, and only shorter).
             */
            void whenDrawn(long afterNanos, Runnable t) {
                after = afterNanos;
                then = t;
                // a pulse that paints nothing draws no frame: the bench goes on after 2 s, and says so
                javafx.animation.PauseTransition timeout = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
                timeout.setOnFinished(e -> {
                    if (then == t) {
                        then = null;
                        drawnAt = System.nanoTime();
                        missed++;
                        t.run();
                    }
                });
                timeout.play();
            }

            /** Frames waited for in vain (counted as 2 s). */
            private int missed;

            int missed() {
                return missed;
            }

            long drawnAt() {
                return drawnAt;
            }
        }

        /** Seconds after the process's start at which the moves are measured again, the code compiled by then. */
        static final int WARM_MOVES_AT_S = 15;

        private void measureEdits(Stage stage, String what, Runnable then) {
            OutlineEditorViewModel vm = app.library().editor();
            List<OutlineNode> all = vm.report().allNodes();
            OutlineNode target = all.get(all.size() / 2);
            while (target.indexInParent() == 0) {
                target = all.get(all.indexOf(target) + 1);
            }
            vm.select(target);
            List<Runnable> ops = List.of(vm::moveUp, vm::moveDown, vm::indent, vm::outdent);
            long[] times = new long[40];
            long[] opTimes = new long[40];
            // the FX thread's own CPU time per move: what the app's code costs, apart from what the machine
            // gives it (another process, the X server's drawing, a collector's pause)
            long[] cpuTimes = new long[40];
            // and until the render thread has drawn the frame that shows it
            long[] frameTimes = new long[40];
            FrameClock frames = FrameClock.of(stage.getScene());
            int[] i = {0};
            Runnable[] step = new Runnable[1];
            step[0] = () -> {
                if (i[0] >= times.length) {
                    // the first of each of the four operations runs cold code (class loading, compiling)
                    long[] later = Arrays.copyOfRange(times, ops.size(), times.length);
                    Arrays.sort(times);
                    Arrays.sort(later);
                    RESULTS.add(String.format(Locale.ROOT, "%s on a %d-node report, renumber + repaint: median %.1f ms, p95 %.1f ms, max %.1f ms; after the first of each operation: median %.1f ms, p95 %.1f ms, max %.1f ms",
                            what, all.size(), times[times.length / 2] / 1e6, times[(int) Math.ceil(times.length * 0.95) - 1] / 1e6, times[times.length - 1] / 1e6,
                            later[later.length / 2] / 1e6, later[(int) Math.ceil(later.length * 0.95) - 1] / 1e6, later[later.length - 1] / 1e6));
                    Arrays.sort(opTimes);
                    RESULTS.add(String.format(Locale.ROOT, "  of which the operation itself (edit, renumbering, listeners, before the pulse): median %.1f ms, p95 %.1f ms",
                            opTimes[opTimes.length / 2] / 1e6, opTimes[(int) Math.ceil(opTimes.length * 0.95) - 1] / 1e6));
                    Arrays.sort(frameTimes);
                    if (frames != null) {
                        RESULTS.add(String.format(Locale.ROOT, "  to the frame drawn (the render thread done painting it): median %.1f ms, p95 %.1f ms, max %.1f ms%s",
                                frameTimes[frameTimes.length / 2] / 1e6, frameTimes[(int) Math.ceil(frameTimes.length * 0.95) - 1] / 1e6, frameTimes[frameTimes.length - 1] / 1e6,
                                frames.missed() == 0 ? "" : " (" + frames.missed() + " frames not seen, counted as 2 s)"));
                    } else {
                        RESULTS.add("  to the frame drawn: not measured (this runtime's JavaFX does not open its performance tracker)");
                    }
                    Arrays.sort(cpuTimes);
                    if (ThreadCpu.AVAILABLE) {
                        RESULTS.add(String.format(Locale.ROOT, "  CPU time of the FX thread in the same span: median %.1f ms, p95 %.1f ms",
                                cpuTimes[cpuTimes.length / 2] / 1e6, cpuTimes[(int) Math.ceil(cpuTimes.length * 0.95) - 1] / 1e6));
                    } else {
                        RESULTS.add("  CPU time of the FX thread: not measured (this runtime, as the installed app's, has no java.management)");
                    }
                    Platform.runLater(then);
                    return;
                }
                long start = System.nanoTime();
                long cpuStart = ThreadCpu.now();
                ops.get(i[0] % ops.size()).run();
                opTimes[i[0]] = System.nanoTime() - start;
                stage.getScene().addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        stage.getScene().removePostLayoutPulseListener(this);
                        cpuTimes[i[0]] = ThreadCpu.now() - cpuStart;
                        long laidOut = System.nanoTime();
                        times[i[0]] = laidOut - start;
                        if (frames == null) {
                            i[0]++;
                            Platform.runLater(step[0]);
                        } else {
                            // the next operation only once this one is drawn: frames do not overlap
                            frames.whenDrawn(laidOut, () -> {
                                frameTimes[i[0]++] = frames.drawnAt() - start;
                                step[0].run();
                            });
                        }
                    }
                });
                stage.getScene().getRoot().requestLayout();
            };
            Platform.runLater(step[0]);
        }
    }
}
