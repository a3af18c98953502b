package org.reportdrafter.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.VersionDiff;
import org.reportdrafter.domain.VersionInfo;

/** 版本历史: the versions of the open report; compare any two (or one with now) section by section; restore. */
final class VersionsDialog extends Dialog<ButtonType> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    private final LibraryViewModel library;
    private final ListView<VersionInfo> list = new ListView<>();

    /**
     * A version's name in the UI language: the name the clerk gave it, or, for the versions the app keeps
     * by itself, what kind of version it is (the names stored with them are Chinese).
     */
    static String name(VersionInfo v) {
        if (v.name().isBlank()) {
            String key = "versions.kind." + v.kind();
            String k = Texts.get(key);
            return k.equals(key) ? "" : k;
        }
        return v.kind().equals("before-restore") && v.name().equals(LibraryViewModel.BEFORE_RESTORE) ? Texts.get("versions.beforeRestore") : v.name();
    }

    VersionsDialog(LibraryViewModel library, Window owner) {
        this.library = library;
        setTitle(Texts.get("versions.title"));
        initOwner(owner);
        list.setId("versions-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(VersionInfo item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Texts.get("versions.row", TIME.format(item.createdAt()), name(item), item.chars()));
            }
        });
        list.getItems().setAll(library.versions());
        Button compareNow = new Button(Texts.get("versions.compareNow"));
        compareNow.setId("versions-compare-now");
        Button compareTwo = new Button(Texts.get("versions.compareTwo"));
        Button restore = new Button(Texts.get("versions.restore"));
        restore.setId("versions-restore");
        compareNow.setOnAction(e -> selected(1).ifPresent(v -> showDiff(library.loadVersion(v.get(0).id()), library.current(),
                Texts.get("versions.toNow", TIME.format(v.get(0).createdAt())))));
        compareTwo.setOnAction(e -> selected(2).ifPresent(v -> {
            VersionInfo newer = v.get(0).createdAt().isAfter(v.get(1).createdAt()) ? v.get(0) : v.get(1);
            VersionInfo older = newer == v.get(0) ? v.get(1) : v.get(0);
            showDiff(library.loadVersion(older.id()), library.loadVersion(newer.id()),
                    TIME.format(older.createdAt()) + " → " + TIME.format(newer.createdAt()));
        }));
        restore.setOnAction(e -> selected(1).ifPresent(v -> {
            library.restoreVersion(v.get(0).id());
            list.getItems().setAll(library.versions());
        }));
        VBox box = new VBox(8, new Label(Texts.get("versions.restoreHint")), list, new HBox(8, compareNow, compareTwo, restore));
        box.setPadding(new Insets(8));
        box.setPrefSize(560, 420);
        getDialogPane().setContent(box);
        getDialogPane().setId("versions-dialog");
        getDialogPane().setStyle(CjkFonts.style(14));
        getDialogPane().getButtonTypes().setAll(new ButtonType(Texts.get("dialog.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private java.util.Optional<List<VersionInfo>> selected(int n) {
        List<VersionInfo> sel = List.copyOf(list.getSelectionModel().getSelectedItems());
        if (sel.size() != n) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, n == 1 ? Texts.get("versions.pickOne") : Texts.get("versions.pickTwo"), ButtonType.OK);
            a.setHeaderText(null);
            a.initOwner(getDialogPane().getScene().getWindow());
            a.show();
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(sel);
    }

    /** Section by section, changed text highlighted: inserted green, deleted struck through in red. */
    static VBox diffView(Report older, Report newer) {
        VBox sections = new VBox(10);
        sections.setId("diff-view");
        sections.setPadding(new Insets(8));
        int changes = 0;
        for (VersionDiff.SectionDiff d : VersionDiff.compare(older, newer)) {
            if (d.change() == VersionDiff.Change.SAME) {
                continue;
            }
            changes++;
            String what = switch (d.change()) {
                case ADDED -> Texts.get("versions.added");
                case REMOVED -> Texts.get("versions.removed");
                default -> Texts.get("versions.changed");
            };
            Label path = new Label(d.path() + what);
            path.setStyle("-fx-font-weight: bold;");
            TextFlow flow = new TextFlow();
            for (VersionDiff.Segment s : d.segments()) {
                Text t = new Text(s.text());
                t.setStyle(CjkFonts.style(15) + switch (s.op()) {
                    case INSERTED -> "-fx-fill: #1e7d32; -fx-underline: true;";
                    case DELETED -> "-fx-fill: #c62828; -fx-strikethrough: true;";
                    default -> "-fx-fill: #333;";
                });
                flow.getChildren().add(t);
            }
            sections.getChildren().addAll(path, flow);
        }
        if (changes == 0) {
            sections.getChildren().add(new Label(Texts.get("versions.same")));
        }
        return sections;
    }

    private void showDiff(Report older, Report newer, String title) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(Texts.get("versions.compareTitle", title));
        d.initOwner(getDialogPane().getScene().getWindow());
        ScrollPane scroll = new ScrollPane(diffView(older, newer));
        scroll.setFitToWidth(true);
        scroll.setPrefSize(720, 520);
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().setId("diff-dialog");
        d.getDialogPane().setStyle(CjkFonts.style(14));
        d.getDialogPane().getButtonTypes().setAll(new ButtonType(Texts.get("dialog.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        d.show();
    }
}
