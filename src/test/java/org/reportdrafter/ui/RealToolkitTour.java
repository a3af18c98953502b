package org.reportdrafter.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.reportdrafter.docx.DocxExporter;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Table;
import org.reportdrafter.domain.YearNameReview;
import org.reportdrafter.importing.LibraryImporter;

/**
 * Screenshots of the main window (1280×800), every dialog and the page preview with the REAL window
 * toolkit (GTK glass under Xvfb, not Monocle), written to target/screenshots/real-*.png:
 * {@code ./mvnw -q -o -DskipTests package && DISPLAY=:57 java -cp target/report-drafter.jar:target/test-classes
 * org.reportdrafter.ui.RealToolkitTour}; with {@code -Duser.language=en} in English (real-en-*.png).
 */
public final class RealToolkitTour {
    private static final Path OUT = Path.of("target", "screenshots");
    private static String prefix = "real-";

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT);
        Path dir = Files.createTempDirectory("rd-tour");
        System.setProperty("reportdrafter.prefs", "tour");
        Platform.startup(() -> { });
        ReportDrafterApp app = new ReportDrafterApp(dir.resolve("library.db"));
        Stage[] stage = new Stage[1];
        fx(() -> {
            stage[0] = new Stage();
            app.start(stage[0]);
            stage[0].setWidth(1280);
            stage[0].setHeight(800);
            return null;
        });
        waitFor(() -> app.ready());
        // -Duser.language=en: the tour in English, switched as the clerk does (视图 › English), shots named real-en-*
        if ("en".equals(System.getProperty("user.language"))) {
            prefix = "real-en-";
            fx(() -> {
                app.window().run("action-language");
                return null;
            });
        }
        Path plan = Path.of("src/test/resources/fixtures/plan-2024.txt");
        var results = fx(() -> app.library().importFiles(List.of(plan), null));
        fx(() -> {
            app.library().refresh();
            app.library().createFromTemplate(app.library().templateChoices().get(0), "某县教育局", 2026);
            var r = app.library().editor().report();
            OutlineNode schedule = r.sections().get(r.sections().size() - 1);
            schedule.addTable(new Table(List.of(List.of("月份", "主要工作"), List.of("1月", "召开全系统工作会议，部署全年工作"),
                    List.of("3—5月", "开展春季学期教学视导")), 1, 0));
            OutlineNode guide = r.sections().get(0);
            app.library().editor().setBody(guide, "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，"
                    + "围绕办好人民满意的教育，坚持稳中求进工作总基调。".repeat(3));
            r.parts().setDocNumber("某教发〔2026〕1号");
            r.parts().setAddressee("各乡镇中心学校，局属各学校：");
            r.parts().signature().add("某县教育局");
            r.parts().setDateText("2026年1月5日");
            Attachment a = new Attachment("附件1", "2026年重点工作任务清单");
            a.paragraphs().add("各单位对照清单逐项落实，每季度末报送进展情况。");
            r.parts().attachments().add(a);
            r.preamble().addAll(List.of("首页 > 通知公告", "发布时间：2026-01-05 浏览次数：36"));
            r.setClutterBefore(2);
            app.library().editor().expandAll();
            return null;
        });
        Thread.sleep(1500);
        shoot(stage[0].getScene(), "real-window-1280x800");
        Stage owner = stage[0];
        MainWindow w = app.window();
        dialog("real-dialog-new-report", () -> new NewReportDialog(app.library(), owner));
        dialog("real-dialog-import-summary", () -> new ImportSummaryDialog(results, owner));
        // the notes and errors as the export, the import and the library make them (in the chosen language)
        org.reportdrafter.docx.ExportReview review = new org.reportdrafter.docx.ExportReview(List.of("1. 第一项可衡量的目标"), List.of("首页 > 通知公告"));
        List<org.reportdrafter.i18n.Localized> notes = new java.util.ArrayList<>(review.notes());
        notes.add(org.reportdrafter.i18n.Message.of("warning.export.fonts", "方正小标宋简体"));
        dialog("real-dialog-export-done", () -> new ExportDoneDialog(new DocxExporter.Result(dir.resolve("某县教育局2026年工作要点.docx"),
                notes, review), owner, null));
        Path broken = Files.write(dir.resolve("坏文件.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        var failed = fx(() -> app.library().importFiles(List.of(broken, plan), null));
        dialog("real-dialog-import-failed", () -> new ImportSummaryDialog(failed, owner));
        Path notABackup = Files.writeString(dir.resolve("备份.db"), "这不是资料库");
        RuntimeException restoreFailed;
        try {
            org.reportdrafter.storage.Backups.validate(notABackup);
            restoreFailed = new IllegalStateException("validated");
        } catch (RuntimeException e) {
            restoreFailed = e;
        }
        RuntimeException shown = restoreFailed;
        dialog("real-dialog-restore-failed", () -> Dialogs.error(owner, shown));
        dialog("real-dialog-export", () -> ExportDialog.build(owner, new ExportDialogViewModel(app.library().editor().report().snapshot(),
                app.library().exportPresets().all()), p -> { }));
        dialog("real-dialog-error", () -> Dialogs.error(owner, "无法打开资料库：文件已损坏"));
        dialog("real-dialog-delete-confirm", () -> Dialogs.confirmation(owner, "delete-confirm",
                Texts.get("dialog.delete.confirm", "某县教育局2026年工作要点")));
        dialog("real-dialog-restore-confirm", () -> w.files().confirmRestore(dir.resolve("备份.db")));
        dialog("real-dialog-rename", () -> Dialogs.text(owner, "rename-dialog", Texts.get("dialog.rename.title"), null, "某县教育局2026年工作要点"));
        dialog("real-dialog-save-version", () -> Dialogs.text(owner, "save-version-dialog", Texts.get("dialog.version.title"),
                Texts.get("dialog.version.header"), Texts.get("dialog.version.default")));
        dialog("real-dialog-versions", () -> new VersionsDialog(app.library(), owner));
        dialog("real-dialog-shortcuts", () -> new ShortcutsDialog(w.actions(), owner));
        dialog("real-dialog-manual", () -> new ManualDialog(owner));
        dialog("real-dialog-year-name-review", () -> w.reusePane().reviewDialog(List.of(new YearNameReview.Item(
                app.library().editor().report().sections().get(0), 0, 0, "2025年", "2026年", "年份与本报告不同"))));
        fx(() -> {
            w.run("action-replace");
            // a word the report has more than once: its matches are highlighted in the outline
            ((javafx.scene.control.TextField) stage[0].getScene().lookup("#find-field")).setText("教育");
            return null;
        });
        Thread.sleep(500);
        shoot(stage[0].getScene(), "real-find-replace");
        fx(() -> {
            w.run("action-preview");
            return null;
        });
        waitFor(() -> w.preview().drawn() && !w.preview().pages().isEmpty());
        Thread.sleep(800);
        shoot(stage[0].getScene(), "real-preview");
        // the 校对 pane wide enough to read its findings, one selected
        fx(() -> {
            w.run("action-replace");
            w.mainSplit().setDividerPositions(0.12, 0.2, 0.52);
            javafx.scene.control.TreeView<?> tree = (javafx.scene.control.TreeView<?>) stage[0].getScene().lookup("#proofread-tree");
            tree.getSelectionModel().select(1);
            return null;
        });
        Thread.sleep(800);
        shoot(stage[0].getScene(), "real-proofread-wide");
        // the language switched there and back: the same tabs, panes and selection, the status bar at once in the language
        fx(() -> {
            ((javafx.scene.control.TabPane) stage[0].getScene().lookup("#reuse-pane")).getSelectionModel().select(2);
            app.window().run("action-language");
            return null;
        });
        Thread.sleep(1500);
        shoot(stage[0].getScene(), "real-switched");
        fx(() -> {
            app.library().close();
            Platform.exit();
            return null;
        });
        System.exit(0);
    }

    private static void dialog(String name, Supplier<Object> show) throws Exception {
        Set<Window> before = fx(() -> new HashSet<>(Window.getWindows()));
        fx(() -> {
            Object d = show.get();
            if (d instanceof Dialog<?> dialog && !dialog.isShowing()) {
                dialog.show();
            }
            return null;
        });
        waitFor(() -> Window.getWindows().stream().anyMatch(x -> !before.contains(x) && x.isShowing()));
        Thread.sleep(600);
        Window w = fx(() -> Window.getWindows().stream().filter(x -> !before.contains(x) && x.isShowing()).findFirst().orElseThrow());
        shoot(w.getScene(), name);
        fx(() -> {
            w.hide();
            return null;
        });
    }

    private static void shoot(Scene scene, String name) throws Exception {
        WritableImage img = fx(() -> scene.snapshot(null));
        int width = (int) img.getWidth();
        int height = (int) img.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = img.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        String file = name.replaceFirst("^real-", prefix);
        ImageIO.write(out, "png", OUT.resolve(file + ".png").toFile());
        System.out.println("saved " + file + " " + width + "x" + height);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static void waitFor(java.util.function.BooleanSupplier cond) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!fx(cond::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(100);
        }
    }
}
