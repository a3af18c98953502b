package org.reportdrafter.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.HostServices;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reportdrafter.docx.DocxExporter;
import org.reportdrafter.importing.LibraryImporter;

/** 文件 menu work that touches files: import, export, portable .json, backup and restore, each off the FX thread. */
final class FileActions {
    private final LibraryViewModel library;
    private final StatusBar status;
    private final Supplier<Window> window;
    private final HostServices host;
    private Consumer<Path> restoreHandler;

    FileActions(LibraryViewModel library, StatusBar status, Supplier<Window> window, HostServices host) {
        this.library = library;
        this.status = status;
        this.window = window;
        this.host = host;
    }

    void setRestoreHandler(Consumer<Path> handler) {
        restoreHandler = handler;
    }

    Consumer<Path> restoreHandler() {
        return restoreHandler;
    }

    void chooseImport() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Texts.get("action.import"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("filter.import"), "*.docx", "*.doc", "*.txt", "*.json"));
        List<File> files = Folders.showOpenMultiple(Folders.DOCUMENTS, fc, window.get());
        if (files != null && !files.isEmpty()) {
            importFiles(files.stream().map(File::toPath).toList());
        }
    }

    /** Imports off the FX thread with a progress bar, then shows what was imported and what failed and why. */
    Task<List<LibraryImporter.FileResult>> importFiles(List<Path> files) {
        Task<List<LibraryImporter.FileResult>> task = new Task<>() {
            @Override
            protected List<LibraryImporter.FileResult> call() {
                return library.importFiles(files, (done, total, current) -> {
                    updateProgress(done, total);
                    updateMessage(current == null ? "" : Texts.get("task.importing", current.getFileName(), done + 1, total));
                });
            }
        };
        status.run(task);
        task.setOnSucceeded(e -> {
            status.end();
            library.refresh();
            new ImportSummaryDialog(task.getValue(), window.get()).show();
        });
        task.setOnFailed(e -> failed(task.getException()));
        return task;
    }

    void chooseExport() {
        OutlineEditorViewModel vm = library.editor();
        if (vm == null) {
            return;
        }
        var choice = ExportDialog.show(window.get(), new ExportDialogViewModel(vm.report().snapshot(), library.exportPresets().all()),
                p -> library.exportPresets().save(p, null));
        if (choice.isEmpty()) {
            return;
        }
        // the 版头 as set in the dialog is kept with the office's preset, so it is set once
        var toSave = choice.get().presetToSave();
        if (toSave.isPresent()) {
            try {
                library.exportPresets().save(toSave.get(), null);
                choice.get().saved(toSave.get());
            } catch (org.reportdrafter.storage.StorageException e) {
                failed(e);
                return;
            }
        }
        // remembered with the report (an undoable settings change, autosaved) for the next export
        choice.get().presetToRemember().ifPresent(vm::setExportPreset);
        FileChooser fc = new FileChooser();
        fc.setTitle(Texts.get("action.export"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("filter.docx"), "*.docx"));
        fc.setInitialFileName(DocxExporter.suggestedFileName(vm.report()));
        File f = Folders.showSave(Folders.EXPORTS, fc, window.get());
        if (f != null) {
            exportTo(f.toPath(), choice.get());
        }
    }

    /** Exports off the FX thread, then offers to open the file or its folder. */
    Task<DocxExporter.Result> exportTo(Path out) {
        return exportTo(out, null);
    }

    /** The same with the choices of the export dialog (preset, sealed layout, 版记). */
    Task<DocxExporter.Result> exportTo(Path out, ExportDialogViewModel choice) {
        Task<DocxExporter.Result> task = new Task<>() {
            @Override
            protected DocxExporter.Result call() throws Exception {
                updateMessage(Texts.get("task.exporting", out.getFileName()));
                return choice == null ? library.export(out) : choice.export(out);
            }
        };
        status.run(task);
        task.setOnSucceeded(e -> {
            status.end();
            // the status bar says what was done last, not an earlier export's file
            status.saveState().setText(Texts.get("status.exportedWord", task.getValue().file()));
            new ExportDoneDialog(task.getValue(), window.get(), host).show();
        });
        task.setOnFailed(e -> failed(task.getException()));
        return task;
    }

    void chooseExportJson() {
        OutlineEditorViewModel vm = library.editor();
        if (vm == null) {
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle(Texts.get("action.exportJson"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("filter.json"), "*.json"));
        fc.setInitialFileName(DocxExporter.suggestedFileName(vm.report()).replaceFirst("\\.docx$", ".json"));
        File f = Folders.showSave(Folders.EXPORTS, fc, window.get());
        if (f != null) {
            exportPortableTo(f.toPath());
        }
    }

    /** Writes the portable .json off the FX thread, from a snapshot taken now. */
    Task<Path> exportPortableTo(Path out) {
        java.util.concurrent.Callable<Path> work = library.portableExport(out);
        if (work == null) {
            return null;
        }
        return inBackground(Texts.get("task.exportingJson", out.getFileName()), work, Texts.get("status.exportedJson", out));
    }

    /** Runs work off the FX thread with the status bar's progress, then says so or shows the error. */
    private <T> Task<T> inBackground(String message, java.util.concurrent.Callable<T> work, String done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(message);
                updateProgress(-1, 1);
                return work.call();
            }
        };
        status.run(task);
        task.setOnSucceeded(e -> {
            status.end();
            status.saveState().setText(done);
        });
        task.setOnFailed(e -> failed(task.getException()));
        return task;
    }

    void chooseBackup() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Texts.get("action.backup"));
        fc.setInitialFileName(Texts.get("backup.fileName", java.time.LocalDate.now()));
        File f = Folders.showSave(Folders.BACKUPS, fc, window.get());
        if (f != null) {
            backupTo(f.toPath());
        }
    }

    /** Backs the library up off the FX thread: a large library takes seconds to copy. */
    Task<Void> backupTo(Path out) {
        library.saveNow();
        return inBackground(Texts.get("task.backingUp", out.getFileName()), () -> {
            library.backup(out);
            return null;
        }, Texts.get("status.backedUp", out));
    }

    void chooseRestore() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Texts.get("action.restore"));
        File f = Folders.showOpen(Folders.BACKUPS, fc, window.get());
        if (f != null && confirmRestore(f.toPath()).showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK && restoreHandler != null) {
            restoreHandler.accept(f.toPath());
        }
    }

    javafx.scene.control.Alert confirmRestore(Path backup) {
        return Dialogs.confirmation(window.get(), "restore-confirm", Texts.get("dialog.restore.confirm", backup.getFileName()));
    }

    private void failed(Throwable t) {
        status.end();
        Dialogs.error(window.get(), t);
    }
}
