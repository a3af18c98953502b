package org.reportdrafter.ui;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
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
        this.dbPath = dbPath;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void start(Stage stage) {
        // one font policy and the icon for every window the app opens, dialogs and popups included
        CjkFonts.install();
        stage.getIcons().setAll(AppAssets.icons());
        ProgressIndicator spinner = new ProgressIndicator();
        Label status = new Label(Texts.get("app.opening", dbPath));
        status.setId("status");
        VBox loading = new VBox(12, spinner, status);
        loading.setStyle(CjkFonts.style(14) + "-fx-alignment: center;");
        scene = new Scene(loading, 1280, 800);
        stage.setScene(scene);
        stage.setTitle(Texts.get("app.title"));
        stage.show();

        Task<LibraryViewModel> open = new Task<>() {
            @Override
            protected LibraryViewModel call() {
                // one app per library: a second copy is refused, not allowed to overwrite the first one's edits
                lock = org.reportdrafter.storage.LibraryLock.acquire(dbPath);
                return openLibrary();
            }
        };
        open.setOnSucceeded(e -> {
            showLibrary(open.getValue());
            stage.setTitle(Texts.get("app.title") + " — " + dbPath.getFileName());
        });
        open.setOnFailed(e -> {
            spinner.setVisible(false);
            status.setText(Texts.get("app.openFailed", open.getException().getMessage()));
        });
        stage.setOnCloseRequest(e -> saveOnExit());
        daemon(open, "open-library").start();
    }

    private LibraryViewModel openLibrary() {
        database = Database.open(dbPath);
        LibraryViewModel vm = new LibraryViewModel(new SqliteReportRepository(database), new AppState(database),
                Platform::runLater, background, timer);
        vm.loadLanguage();
        return vm;
    }

    private void showLibrary(LibraryViewModel vm) {
        if (window != null) {
            window.dispose();
        }
        library = vm;
        library.restoreSession();
        window = new MainWindow(library, getHostServices());
        window.setRestoreHandler(this::restore);
        scene.setRoot(window);
        // today's automatic backup, once the window is up, on a thread of its own: copying a large library
        // takes seconds and must not hold up autosave; it reads through its own connection
        Database db = database;
        daemon(() -> {
            try {
                org.reportdrafter.storage.Backups.daily(db, java.time.LocalDate.now());
            } catch (RuntimeException e) {
                Platform.runLater(() -> library.saveStateProperty().set(Texts.get("status.backupFailed", e.getMessage())));
            }
        }, "daily-backup").start();
    }

    /** Replaces the library with a backup and reopens it, off the FX thread; the app keeps its lock throughout. */
    void restore(Path backup) {
        library.close();
        window.dispose();
        database.close();
        ProgressIndicator spinner = new ProgressIndicator();
        Label status = new Label(Texts.get("app.restoring", backup.getFileName()));
        VBox waiting = new VBox(12, spinner, status);
        waiting.setStyle(CjkFonts.style(14) + "-fx-alignment: center;");
        scene.setRoot(waiting);
        Task<LibraryViewModel> task = new Task<>() {
            @Override
            protected LibraryViewModel call() {
                org.reportdrafter.storage.Backups.restore(backup, dbPath);
                return openLibrary();
            }
        };
        task.setOnSucceeded(e -> showLibrary(task.getValue()));
        task.setOnFailed(e -> {
            // a bad backup leaves the library as it was: open it again
            LibraryViewModel reopened = openLibrary();
            showLibrary(reopened);
            Dialogs.error(scene.getWindow(), task.getException());
        });
        daemon(task, "restore-library").start();
    }

    /** The main window once the library is open (tests). */
    MainWindow window() {
        return window;
    }

    LibraryViewModel library() {
        return library;
    }

    private void saveOnExit() {
        if (library != null) {
            library.close();
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        saveOnExit();
        timer.shutdownNow();
        background.shutdown();
        if (database != null) {
            database.close();
        }
        if (lock != null) {
            lock.close();
        }
    }
}
