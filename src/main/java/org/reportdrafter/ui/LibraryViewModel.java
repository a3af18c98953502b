package org.reportdrafter.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportdrafter.docx.DocxExporter;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportStatus;
import org.reportdrafter.domain.ReportSummary;
import org.reportdrafter.domain.VersionInfo;
import org.reportdrafter.domain.VersionPolicy;
import java.time.Instant;
import org.reportdrafter.importing.ImportService;
import org.reportdrafter.importing.LibraryImporter;
import org.reportdrafter.importing.Templates;
import org.reportdrafter.storage.AppState;
import org.reportdrafter.storage.ReportRepository;

/**
 * The library side of the app: the lists of drafts, past reports and templates; opening, creating,
 * renaming, duplicating and deleting reports; import and export; autosave of the open report within two
 * seconds of any change; the session (what was open, where) across restarts. No display needed: the
 * FX-thread and background executors are given.
 */
public final class LibraryViewModel {
    /** A template to start from: built in, or a library report saved as a template. */
    public record TemplateChoice(String name, Templates.Template builtIn, Long libraryId) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final long AUTOSAVE_DELAY_MS = 1000;

    private final ReportRepository repository;
    private final AppState state;
    private final Executor fx;
    private final Executor background;
    private final ScheduledExecutorService timer;
    private java.time.Clock clock = java.time.Clock.systemDefaultZone();
    private final ObservableList<ReportSummary> drafts = FXCollections.observableArrayList();
    private final ObservableList<ReportSummary> past = FXCollections.observableArrayList();
    private final ObservableList<ReportSummary> templates = FXCollections.observableArrayList();
    private final ObjectProperty<OutlineEditorViewModel> editor = new SimpleObjectProperty<>();
    private final StringProperty saveState = new SimpleStringProperty("");
    private ScheduledFuture<?> pendingSave;
    private long savedVersion;

    public LibraryViewModel(ReportRepository repository, AppState state, Executor fx, Executor background,
                            ScheduledExecutorService timer) {
        this.repository = repository;
        this.state = state;
        this.fx = fx;
        this.background = background;
        this.timer = timer;
    }

    /** For tests: the clock versions are stamped with. */
    void setClock(java.time.Clock clock) {
        this.clock = clock;
    }

    public ObservableList<ReportSummary> drafts() {
        return drafts;
    }

    public ObservableList<ReportSummary> past() {
        return past;
    }

    public ObservableList<ReportSummary> templates() {
        return templates;
    }

    public ObjectProperty<OutlineEditorViewModel> editorProperty() {
        return editor;
    }

    public OutlineEditorViewModel editor() {
        return editor.get();
    }

    public StringProperty saveStateProperty() {
        return saveState;
    }

    public ReportRepository repository() {
        return repository;
    }

    public void refresh() {
        List<ReportSummary> all = repository.list();
        List<ReportSummary> d = new ArrayList<>();
        List<ReportSummary> p = new ArrayList<>();
        List<ReportSummary> t = new ArrayList<>();
        for (ReportSummary s : all) {
            (s.status() == ReportStatus.DRAFT ? d : s.status() == ReportStatus.TEMPLATE ? t : p).add(s);
        }
        // newest first: the draft being written is at the top
        java.util.Comparator<ReportSummary> newest = java.util.Comparator.comparing(ReportSummary::updatedAt).reversed();
        d.sort(newest);
        p.sort(java.util.Comparator.comparing((ReportSummary s) -> s.year() == null ? 0 : s.year()).reversed());
        drafts.setAll(d);
        past.setAll(p);
        templates.setAll(t);
    }

    // ---- open and session ---------------------------------------------------------------------

    public OutlineEditorViewModel open(long id) {
        saveNow();
        Report r = repository.load(id).orElseThrow(() -> new IllegalArgumentException("资料库中没有编号为 " + id + " 的报告"));
        OutlineEditorViewModel vm = new OutlineEditorViewModel(r);
        savedVersion = vm.versionProperty().get();
        vm.versionProperty().addListener((o, a, b) -> changed(vm));
        vm.selectedProperty().addListener((o, a, b) -> state.put(AppState.SELECTED_NODE, b == null ? null : b.uid()));
        editor.set(vm);
        saveState.set(Texts.get("status.saved"));
        state.put(AppState.OPEN_REPORT, String.valueOf(id));
        if (!r.sections().isEmpty()) {
            vm.select(r.sections().get(0));
        }
        return vm;
    }

    /** Reopens what was open at the last exit, at the same node. */
    public void restoreSession() {
        refresh();
        String id = state.get(AppState.OPEN_REPORT).orElse(null);
        if (id == null || !id.matches("[0-9]+")) {
            return;
        }
        long wanted = Long.parseLong(id);
        boolean stillThere = java.util.stream.Stream.of(drafts, past, templates).flatMap(List::stream).anyMatch(s -> s.id() == wanted);
        if (!stillThere) {
            return;
        }
        String uid = state.get(AppState.SELECTED_NODE).orElse(null);
        OutlineEditorViewModel vm = open(Long.parseLong(id));
        if (uid != null) {
            for (OutlineNode n : vm.report().allNodes()) {
                if (n.uid().equals(uid)) {
                    vm.select(n);
                    vm.focusRequestProperty().set(new OutlineEditorViewModel.FocusRequest(n,
                            org.reportdrafter.domain.edit.TextEdit.Field.HEADING, -1));
                    break;
                }
            }
        }
    }

    // ---- autosave --------------------------------------------------------------------------------

    private void changed(OutlineEditorViewModel vm) {
        if (editor.get() != vm) {
            return;
        }
        saveState.set(Texts.get("status.unsaved"));
        synchronized (this) {
            if (pendingSave == null || pendingSave.isDone()) {
                pendingSave = timer.schedule(() -> fx.execute(this::saveInBackground), AUTOSAVE_DELAY_MS, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** On the FX thread: snapshot the report, then write it in the background. */
    private void saveInBackground() {
        OutlineEditorViewModel vm = editor.get();
        if (vm == null || vm.versionProperty().get() == savedVersion) {
            return;
        }
        long version = vm.versionProperty().get();
        Report snapshot = vm.report().snapshot();
        saveState.set(Texts.get("status.saving"));
        background.execute(() -> {
            try {
                repository.save(snapshot);
                autoVersion(snapshot);
                fx.execute(() -> {
                    if (editor.get() == vm) {
                        vm.report().setUpdatedAt(snapshot.updatedAt());
                        savedVersion = Math.max(savedVersion, version);
                        saveState.set(vm.versionProperty().get() == savedVersion ? Texts.get("status.saved") : Texts.get("status.unsaved"));
                    }
                });
            } catch (RuntimeException e) {
                fx.execute(() -> saveState.set(Texts.get("status.saveFailed", e.getMessage())));
            }
        });
    }

    /** Saves the open report now, on the calling thread (closing, switching reports, tests). */
    public void saveNow() {
        OutlineEditorViewModel vm = editor.get();
        if (vm != null && vm.versionProperty().get() != savedVersion) {
            Report snapshot = vm.report().snapshot();
            repository.save(snapshot);
            autoVersion(snapshot);
            savedVersion = vm.versionProperty().get();
            saveState.set(Texts.get("status.saved"));
        }
    }

    // ---- versions ---------------------------------------------------------------------------------

    /** At most one automatic version per 10 minutes of editing, and one at the start of each day. */
    private void autoVersion(Report saved) {
        List<VersionInfo> list = repository.versions(saved.id());
        Instant last = list.isEmpty() ? null : list.get(0).createdAt();
        Instant now = clock.instant();
        if (VersionPolicy.autoVersionDue(last, now, clock.getZone())) {
            repository.saveVersion(saved.id(), "", "auto", saved, now);
        }
    }

    /** 保存版本: a named version of the open report (送审稿). */
    public void saveNamedVersion(String name) {
        OutlineEditorViewModel vm = editor.get();
        if (vm != null) {
            saveNow();
            repository.saveVersion(vm.report().id(), name, "named", vm.report().snapshot(), clock.instant());
        }
    }

    public List<VersionInfo> versions() {
        OutlineEditorViewModel vm = editor.get();
        return vm == null ? List.of() : repository.versions(vm.report().id());
    }

    public Report loadVersion(long versionId) {
        return repository.loadVersion(versionId).orElseThrow();
    }

    /** The open report now, as a version to compare against. */
    public Report current() {
        OutlineEditorViewModel vm = editor.get();
        return vm == null ? null : vm.report().snapshot();
    }

    /** Restores a version; the current state is saved as a version first, so the restore can be undone. */
    public OutlineEditorViewModel restoreVersion(long versionId) {
        OutlineEditorViewModel vm = editor.get();
        if (vm == null) {
            return null;
        }
        saveNow();
        long id = vm.report().id();
        repository.saveVersion(id, "恢复前的版本", "before-restore", vm.report().snapshot(), clock.instant());
        Report restored = loadVersion(versionId);
        restored.setId(id);
        restored.setStatus(vm.report().status());
        repository.save(restored);
        refresh();
        return open(id);
    }

    // ---- library operations -------------------------------------------------------------------

    public List<TemplateChoice> templateChoices() {
        List<TemplateChoice> out = new ArrayList<>();
        for (Templates.Template t : Templates.builtIn()) {
            out.add(new TemplateChoice(t.name(), t, null));
        }
        for (ReportSummary s : repository.list()) {
            if (s.status() == ReportStatus.TEMPLATE) {
                out.add(new TemplateChoice(s.title(), null, s.id()));
            }
        }
        return out;
    }

    /** 新建: a draft from a template, placeholders filled, stored and opened. */
    public OutlineEditorViewModel createFromTemplate(TemplateChoice choice, String organization, int year) {
        Report r;
        if (choice.builtIn() != null) {
            r = Templates.instantiate(choice.builtIn(), organization, year);
        } else {
            Report t = repository.load(choice.libraryId()).orElseThrow();
            r = Templates.fromLibraryTemplate(t, organization, year);
        }
        r.setOrganization(organization);
        r.setYear(year);
        long id = repository.save(r);
        refresh();
        return open(id);
    }

    public void saveAsTemplate() {
        OutlineEditorViewModel vm = editor.get();
        if (vm != null) {
            saveNow();
            repository.save(Templates.asTemplate(vm.report()));
            refresh();
        }
    }

    public void rename(long id, String title) {
        if (editor.get() != null && editor.get().report().id() == id) {
            editor.get().setTitle(title);
            saveNow();
        } else {
            Report r = repository.load(id).orElseThrow();
            r.setTitle(title);
            repository.save(r);
        }
        refresh();
    }

    /** A copy as a new draft (last year's report as the start of this year's). */
    public long duplicate(long id) {
        saveNow();
        Report r = repository.load(id).orElseThrow().copy();
        r.setStatus(ReportStatus.DRAFT);
        r.setTitle(r.title() + "（副本）");
        long copy = repository.save(r);
        repository.copyVersions(id, copy);
        refresh();
        return copy;
    }

    public void delete(long id) {
        if (editor.get() != null && editor.get().report().id() == id) {
            editor.set(null);
            state.put(AppState.OPEN_REPORT, null);
        }
        repository.delete(id);
        refresh();
    }

    /** Imports files as past reports (call off the FX thread; progress is reported as it goes). */
    public List<LibraryImporter.FileResult> importFiles(List<Path> files, LibraryImporter.Progress progress) {
        return new LibraryImporter(new ImportService(), repository).importFiles(files, progress);
    }

    /** Exports the open report with its own layout settings. */
    public DocxExporter.Result export(Path out) throws IOException {
        OutlineEditorViewModel vm = editor.get();
        if (vm == null) {
            throw new IllegalStateException("没有打开的报告");
        }
        return new DocxExporter().export(vm.report().snapshot(), out);
    }

    /** The UI language, kept in the library so it survives restarts. */
    public void setEnglish(boolean english) {
        Texts.setEnglish(english);
        state.put(AppState.LANGUAGE, english ? "en" : "zh");
    }

    public void loadLanguage() {
        Texts.setEnglish("en".equals(state.get(AppState.LANGUAGE).orElse("zh")));
    }

    /** Export presets (house styles) kept in the library, built-in ones first. */
    public org.reportdrafter.storage.ExportPresetRepository exportPresets() {
        if (repository instanceof org.reportdrafter.storage.SqliteReportRepository sql) {
            return new org.reportdrafter.storage.ExportPresetRepository(sql.database());
        }
        throw new IllegalStateException("export presets need the SQLite library");
    }

    /** The phrase library kept in the same library file. */
    public org.reportdrafter.storage.Phrases phrases() {
        if (repository instanceof org.reportdrafter.storage.SqliteReportRepository sql) {
            return new org.reportdrafter.storage.Phrases(sql.database());
        }
        throw new IllegalStateException("phrases need the SQLite library");
    }

    /** Backs the whole library up to one file (callable off the FX thread: it uses its own connection). */
    public void backup(Path out) {
        if (repository instanceof org.reportdrafter.storage.SqliteReportRepository sql) {
            org.reportdrafter.storage.Backups.backup(sql.database(), out);
        }
    }

    /** Writes the open report, its settings and versions as a portable .json. */
    public void exportPortable(Path out) throws IOException {
        OutlineEditorViewModel vm = editor.get();
        if (vm != null) {
            saveNow();
            String json = org.reportdrafter.storage.PortableJson.write(repository, vm.report().id());
            org.reportdrafter.storage.AtomicFiles.write(out, o -> o.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    public void close() {
        saveNow();
    }
}
