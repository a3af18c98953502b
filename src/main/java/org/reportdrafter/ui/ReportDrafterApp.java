package org.reportdrafter.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.reportdrafter.domain.ReportSummary;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.LibraryLocation;
import org.reportdrafter.storage.SqliteReportRepository;

/** The desktop app: a main window on the library (the embedded default library unless --db/env say otherwise). */
public final class ReportDrafterApp extends Application {
    private final Path dbPath;
    private Database database;

    public ReportDrafterApp() {
        this(LibraryLocation.resolve(null));
    }

    /** For tests and embedding: the app on a given library file. */
    public ReportDrafterApp(Path dbPath) {
        this.dbPath = dbPath;
    }

    @Override
    public void start(Stage stage) {
        ListView<ReportSummary> list = new ListView<>();
        list.setId("library-list");
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ReportSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : "［" + item.status().displayName() + "］" + item.title() + (item.year() == null ? "" : "（" + item.year() + "）"));
            }
        });
        list.setPlaceholder(new Label("资料库中还没有报告"));
        Label status = new Label("正在打开资料库 " + dbPath + " …");
        status.setId("status");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        HBox statusBar = new HBox(8, progress, status);
        statusBar.setPadding(new Insets(4, 8, 4, 8));

        BorderPane root = new BorderPane();
        root.setLeft(list);
        root.setCenter(new Label("从左侧资料库选择一份报告"));
        root.setBottom(statusBar);
        root.setStyle(CjkFonts.style(14));

        Task<List<ReportSummary>> open = new Task<>() {
            @Override
            protected List<ReportSummary> call() {
                database = Database.open(dbPath);
                return new SqliteReportRepository(database).list();
            }
        };
        open.setOnSucceeded(e -> {
            list.getItems().setAll(open.getValue());
            progress.setVisible(false);
            status.setText("资料库：" + dbPath + "（" + open.getValue().size() + " 份报告）");
        });
        open.setOnFailed(e -> {
            progress.setVisible(false);
            status.setText("无法打开资料库：" + open.getException().getMessage());
        });
        Thread t = new Thread(open, "open-library");
        t.setDaemon(true);
        t.start();

        stage.setTitle("报告起草助手");
        stage.setScene(new Scene(root, 1100, 720));
        stage.show();
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
