package org.reportdrafter.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.reportdrafter.storage.AppState;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.LibraryLocation;
import org.reportdrafter.storage.SqliteReportRepository;

/** The desktop app on the library (the embedded default library unless --db/env say otherwise). */
public final class ReportDrafterApp extends Application {
    private final Path dbPath;
    private final List<String> args;
    private Database database;
    private org.reportdrafter.storage.LibraryLock lock;
    private Scene scene;
    private LibraryViewModel library;
    private MainWindow window;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> daemon(r, "report-drafter-save"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "report-drafter-timer"));

    public ReportDrafterApp() {
        this(LibraryLocation.resolve(null));
    }

    /** For tests and embedding: the app on a given library file. */
    public ReportDrafterApp(Path dbPath) {
        this(dbPath, null);
    }

    /** For tests: as if these arguments had been given on the command line. */
    ReportDrafterApp(Path dbPath, List<String> args) {
        this.dbPath = dbPath;
        this.args = args;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * How long the window waits for the library before it shows a loading screen instead. Most starts have the
     * library a moment after the toolkit; the window is then built once, finished. A loading screen costs its own
     * first style pass and window (about 0.3 s on a two-core PC) and was never even painted before the main
     * window's pass took the FX thread.
     */
    static final long LOADING_SCREEN_AFTER_MS = 1_000;

    @Override
    public void init() {
        AppAssets.readIconsSoon(); // while start() builds the window
    }

    @Override
    public void start(Stage stage) {
        OPEN_STEPS[4] = System.nanoTime();
        // one font policy and the icon for every window the app opens, dialogs and popups included
        CjkFonts.install();
        Dialogs.installButtonTexts();
        stage.setTitle(Texts.get("app.title"));
        stage.setOnCloseRequest(e -> {
            saveOnExit();
            // the window closed is the app closed, whatever else JavaFX still counts as open: once (in two of
            // several GTK trials) it left the process running without a window, holding the library's lock
            Platform.runLater(quit);
        });
        CompletableFuture<Opened> early = takeEarly(dbPath);
        CompletableFuture<Opened> opening = early != null ? early : openInBackground(dbPath);
        Opened ready = awaitBriefly(opening);
        if (ready != null) {
            scene = new Scene(new VBox(), 1280, 800);
            stage.setScene(scene);
            opened(stage, ready);
            stage.getIcons().setAll(AppAssets.icons());
            stage.show();
            OPEN_STEPS[3] = System.nanoTime();
            afterFrames(1, () -> OPEN_STEPS[8] = System.nanoTime());
            afterFrames(2, StartPicture::close); // the window is painted: the start picture goes
            return;
        }
        ProgressIndicator spinner = new ProgressIndicator();
        Label status = new Label(Texts.get("app.opening", dbPath));
        status.setId("status");
        VBox loading = new VBox(12, spinner, status);
        loading.setStyle(CjkFonts.style(14) + "-fx-alignment: center;");
        scene = new Scene(loading, 1280, 800);
        stage.setScene(scene);
        stage.getIcons().setAll(AppAssets.icons());
        stage.show();
        afterFrames(2, StartPicture::close);
        opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                spinner.setVisible(false);
                Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                status.setText(Texts.get("app.openFailed", Texts.error(cause)));
                return;
            }
            // the loading screen is painted before the window's first pass takes the FX thread for a second
            afterFrames(2, () -> opened(stage, opened));
        }));
    }

    /** The library if it is open within {@link #LOADING_SCREEN_AFTER_MS}; null if not yet, or if it failed. */
    private static Opened awaitBriefly(CompletableFuture<Opened> opening) {
        try {
            return opening.get(LOADING_SCREEN_AFTER_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            return null; // the loading screen shows the wait, or the failure, from the future itself
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void afterFrames(int frames, Runnable then) {
        new javafx.animation.AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= frames) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /**
     * The window on the opened library, built while the last session is still being read; the session fills it
     * in when it arrives, then what the command line asked to open is opened.
     */
    private void opened(Stage stage, Opened opened) {
        lock = opened.lock();
        database = opened.database();
        LibraryViewModel vm = newViewModel(database);
        vm.loadLanguage();
        AppLauncher.followLanguage();
        vm.restoringProperty().set(true);
        showWindow(vm);
        stage.setTitle(Texts.get("app.title") + " — " + dbPath.getFileName());
        opened.session().whenComplete((session, failure) -> Platform.runLater(() -> {
            OPEN_STEPS[7] = System.nanoTime();
            if (library != vm) {
                return; // replaced meanwhile (a restore from a backup reads its own session)
            }
            try {
                if (failure != null) {
                    Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                    Dialogs.error(scene.getWindow(), cause);
                    return;
                }
                fillIn(vm, session);
            } finally {
                vm.restoringProperty().set(false);
            }
            openFiles(filesToOpen());
        }));
    }

    /**
     * The library opened and locked; its last session (10,000 summaries, the open report) is still being read
     * on the same thread, while the window is built and makes its first style pass on the FX thread.
     */
    private record Opened(org.reportdrafter.storage.LibraryLock lock, Database database,
                          CompletableFuture<LibraryViewModel.Session> session) {
    }

    private static volatile Path earlyPath;
    private static volatile CompletableFuture<Opened> early;

    /**
     * Starts opening the library before JavaFX starts (from main): the disk work and the toolkit's start
     * overlap, so the window has its data when it is built. {@link #start} takes it up for the same path.
     */
    static void openEarly(Path dbPath) {
        earlyPath = dbPath;
        early = openInBackground(dbPath);
    }

    private static synchronized CompletableFuture<Opened> takeEarly(Path dbPath) {
        CompletableFuture<Opened> f = early;
        if (f == null || !dbPath.equals(earlyPath)) {
            return null;
        }
        early = null;
        return f;
    }

    private static CompletableFuture<Opened> openInBackground(Path dbPath) {
        CompletableFuture<Opened> opened = new CompletableFuture<>();
        daemon(() -> {
            Database db;
            org.reportdrafter.storage.LibraryLock lock;
            try {
                // one app per library: a second copy is refused, not allowed to overwrite the first one's edits
                lock = org.reportdrafter.storage.LibraryLock.acquire(dbPath);
                try {
                    db = Database.open(dbPath);
                } catch (RuntimeException | Error e) {
                    lock.close();
                    throw e;
                }
            } catch (RuntimeException | Error e) {
                opened.completeExceptionally(e);
                return;
            }
            OPEN_STEPS[5] = System.nanoTime();
            // the pane sizes the window restores: Java's preferences read their file on first use, here
            // rather than on the FX thread while it builds the window
            PaneSizes.prefs().getDouble("main.0", 0);
            CompletableFuture<LibraryViewModel.Session> session = new CompletableFuture<>();
            opened.complete(new Opened(lock, db, session));
            try {
                session.complete(LibraryViewModel.readSession(new SqliteReportRepository(db), new AppState(db)));
            } catch (RuntimeException | Error e) {
                session.completeExceptionally(e);
            }
            OPEN_STEPS[6] = System.nanoTime();
        }, "open-library").start();
        return opened;
    }

    private LibraryViewModel newViewModel(Database db) {
        return new LibraryViewModel(new SqliteReportRepository(db), new AppState(db), Platform::runLater, background, timer);
    }

    private LibraryViewModel openLibrary() {
        database = Database.open(dbPath);
        LibraryViewModel vm = newViewModel(database);
        vm.loadLanguage();
        AppLauncher.followLanguage();
        return vm;
    }

    private static final long DAILY_BACKUP_DELAY_MS = 15_000;

    /** When the steps of opening ended (System.nanoTime), for {@code bench ui}'s breakdown. */
    static final long[] OPEN_STEPS = new long[9];

    /** The window on a library whose session has been read (a restore from a backup). */
    private void showLibrary(LibraryViewModel vm, LibraryViewModel.Session session) {
        showWindow(vm);
        fillIn(vm, session);
    }

    /** The last session in the window: texts left from a failed write first, then the lists and the open report. */
    void fillIn(LibraryViewModel vm, LibraryViewModel.Session session) {
        if (offerRecovery(vm)) {
            session = vm.readSession(); // what was recovered is in the library now
        }
        if (vm.editor() != null) {
            // the clerk opened or started a report while the session was read: keep it, and list what is there now
            vm.refresh();
        } else {
            vm.restoreSession(session);
        }
        OPEN_STEPS[1] = System.nanoTime();
    }

    private void showWindow(LibraryViewModel vm) {
        OPEN_STEPS[0] = System.nanoTime();
        if (window() != null) {
            window().dispose();
        }
        library = vm;
        window = new MainWindow(library, getHostServices());
        window.setRestoreHandler(this::restore);
        OPEN_STEPS[2] = System.nanoTime();
        scene.setRoot(window);
        // today's automatic backup, once the window is up, on a thread of its own: copying a large library
        // takes seconds and must not hold up autosave; it reads through its own connection
        Database db = database;
        daemon(() -> {
            try {
                // not while the window lays itself out and the clerk starts typing: a copy of a large
                // library is seconds of disk and a core
                Thread.sleep(DAILY_BACKUP_DELAY_MS);
                if (!db.isClosed()) { // closed meanwhile (exit, restore): the next start backs up
                    org.reportdrafter.storage.Backups.daily(db, java.time.LocalDate.now());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                Platform.runLater(() -> library.say("status.backupFailed", Texts.said(e)));
            }
        }, "daily-backup").start();
    }

    /** Documents given on the command line (the file manager's 打开方式, the installed launcher). */
    private List<Path> filesToOpen() {
        List<String> raw = args != null ? args : getParameters() == null ? List.of() : getParameters().getRaw();
        return raw.stream().filter(Main::isDocument).map(Path::of).toList();
    }

    /** Imports them as the 导入 command does, then opens the first report read, ready to edit. */
    private void openFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        Task<List<org.reportdrafter.importing.LibraryImporter.FileResult>> task = window().importFiles(files);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> task.getValue().stream()
                .flatMap(r -> r.reports().stream()).findFirst().ifPresent(r -> library.open(r.id())));
    }

    /** Replaces the library with a backup and reopens it, off the FX thread; the app keeps its lock throughout. */
    void restore(Path backup) {
        library.close();
        window().dispose();
        database.close();
        ProgressIndicator spinner = new ProgressIndicator();
        Label status = new Label(Texts.get("app.restoring", backup.getFileName()));
        VBox waiting = new VBox(12, spinner, status);
        waiting.setStyle(CjkFonts.style(14) + "-fx-alignment: center;");
        scene.setRoot(waiting);
        record Restored(LibraryViewModel vm, LibraryViewModel.Session session) {
        }
        Task<Restored> task = new Task<>() {
            @Override
            protected Restored call() {
                org.reportdrafter.storage.Backups.restore(backup, dbPath);
                LibraryViewModel vm = openLibrary();
                return new Restored(vm, vm.readSession());
            }
        };
        task.setOnSucceeded(e -> showLibrary(task.getValue().vm(), task.getValue().session()));
        task.setOnFailed(e -> {
            // a bad backup leaves the library as it was: open it again
            LibraryViewModel reopened = openLibrary();
            showLibrary(reopened, reopened.readSession());
            Dialogs.error(scene.getWindow(), task.getException());
        });
        daemon(task, "restore-library").start();
    }

    /** Texts that could not be written last time are offered back before anything else; true if any was recovered. */
    private boolean offerRecovery(LibraryViewModel vm) {
        List<Path> files = vm.recoveryFiles();
        if (files.isEmpty()) {
            return false;
        }
        boolean[] recovered = {false};
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                Texts.get("recovery.confirm", files.size(), files.get(0).getParent()),
                javafx.scene.control.ButtonType.YES, javafx.scene.control.ButtonType.NO);
        a.setHeaderText(Texts.get("recovery.header"));
        a.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.YES).ifPresent(b -> {
            for (Path f : files) {
                try {
                    vm.recover(f);
                    recovered[0] = true;
                } catch (RuntimeException e) {
                    vm.say("recovery.failed", Texts.said(e));
                }
            }
        });
        return recovered[0];
    }

    /** The main window once the library is open (tests); the language switch replaces it with a new one. */
    MainWindow window() {
        return scene != null && scene.getRoot() instanceof MainWindow current ? current : window;
    }

    LibraryViewModel library() {
        return library;
    }

    /** The window is up and the last session is in it (tests, bench ui). */
    boolean ready() {
        return window() != null && library != null && !library.restoringProperty().get();
    }

    /** What closing the main window ends with: the toolkit's exit ({@link #stop()} then runs); tests watch it instead. */
    private Runnable quit = Platform::exit;

    void onQuit(Runnable quit) {
        this.quit = quit;
    }

    private void saveOnExit() {
        if (library != null) {
            library.close();
        }
    }

    /** How long exit waits for the writer after the last save was queued (the save itself waits in close()). */
    private static final long DRAIN_SECONDS = 5;

    @Override
    public void stop() {
        if (window() != null) {
            window().dispose();
        }
        saveOnExit(); // queues the last write, waits (bounded), else keeps a recovery file; never throws
        timer.shutdownNow();
        background.shutdown();
        try {
            // the queued writes land before the database closes
            if (!background.awaitTermination(DRAIN_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
                background.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (database != null) {
                database.close();
            }
            if (lock != null) {
                lock.close();
            }
        } catch (RuntimeException e) {
            System.err.println(Texts.get("error.closing", e.getMessage()));
        }
    }
}
