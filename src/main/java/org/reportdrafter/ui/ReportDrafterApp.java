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
        ProgressIndicator spinner = new ProgressIndicator();
        Label status = new Label("正在打开资料库 " + dbPath + " …");
        status.setId("status");
        VBox loading = new VBox(12, spinner, status);
        loading.setStyle(CjkFonts.style(14) + "-fx-alignment: center;");
        Scene scene = new Scene(loading, 1280, 800);
        stage.setScene(scene);
        stage.setTitle(Texts.get("app.title"));
        stage.show();

        Task<LibraryViewModel> open = new Task<>() {
            @Override
            protected LibraryViewModel call() {
                database = Database.open(dbPath);
                LibraryViewModel vm = new LibraryViewModel(new SqliteReportRepository(database), new AppState(database),
                        Platform::runLater, background, timer);
                vm.loadLanguage();
                return vm;
            }
        };
        open.setOnSucceeded(e -> {
            library = open.getValue();
            library.restoreSession();
            window = new MainWindow(library, getHostServices());
            scene.setRoot(window);
            stage.setTitle(Texts.get("app.title") + " — " + dbPath.getFileName());
        });
        open.setOnFailed(e -> {
            spinner.setVisible(false);
            status.setText("无法打开资料库：" + open.getException().getMessage());
        });
        stage.setOnCloseRequest(e -> saveOnExit());
        daemon(open, "open-library").start();
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
        saveOnExit();
        timer.shutdownNow();
        background.shutdown();
        if (database != null) {
            database.close();
        }
    }
}
