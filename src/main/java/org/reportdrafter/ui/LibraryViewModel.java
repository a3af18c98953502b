package org.reportdrafter.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.reportdrafter.domain.ExportPreset;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.ReportStatus;
import org.reportdrafter.domain.ReportSummary;
import org.reportdrafter.domain.VersionInfo;
import org.reportdrafter.domain.VersionPolicy;
import java.time.Instant;
import org.reportdrafter.importing.ImportService;
import org.reportdrafter.importing.LibraryImporter;
import org.reportdrafter.importing.Templates;
import org.reportdrafter.storage.AppState;
import org.reportdrafter.storage.Recovery;
import org.reportdrafter.storage.ReportRepository;

/**
 * The library side of the app: the lists of drafts, past reports and templates; opening, creating,
 * renaming, duplicating and deleting reports; import and export; autosave of the open report within two
 * seconds of any change; the session (what was open, where) across restarts. No display needed: the
 * FX-thread and background executors are given.
 */
public final class LibraryViewModel {
    /** A template to start from: built in, or a library report saved as a template. */
    public record TemplateChoice(String name, Templates.Template builtIn, Long libraryId, ReportKind kind) {
        /** The year a draft from this template is most likely for, written on {@code today}. */
        public int proposedYear(java.time.LocalDate today) {
            return org.reportdrafter.domain.DraftingYear.proposed(kind, today);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The first change is written half a second later: with the write itself, well inside the 2 s promise (decision 12). */
    static final long AUTOSAVE_DELAY_MS = 500;
    /** How long saving now (and exit) waits for the writer before keeping the text in a recovery file. */
    static final long SAVE_WAIT_MS = 10_000;
    static final long RETRY_MS = 1000;
    static final long MAX_RETRY_MS = 30_000;

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
    /** True while the last session is being read at start: the window is up, the lists and report not yet. */
    private final javafx.beans.property.BooleanProperty restoring = new javafx.beans.property.SimpleBooleanProperty(false);
    private final StringProperty saveProblem = new SimpleStringProperty();
    private ScheduledFuture<?> pendingSave;
    /** The content version of the open report last stored (written by the writer thread). */
    private final java.util.concurrent.atomic.AtomicLong savedVersion = new java.util.concurrent.atomic.AtomicLong();
    /** The content version last queued for writing (FX thread). */
    private long queuedVersion = -1;
    /** The stored revision of the open report when it was opened. */
    private long baseRevision;
    private java.util.concurrent.CompletableFuture<Void> lastWrite = java.util.concurrent.CompletableFuture.completedFuture(null);
    /** Reports deleted in this session: their queued writes are dropped. */
    private final Set<Long> deleted = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private int failures;
    private volatile boolean closing;
    private long saveWaitMs = SAVE_WAIT_MS;
    /** The editor whose writes count as saved (the open one); read by the writer thread. */
    private volatile OutlineEditorViewModel writingFor;
    /** The thread the view model is driven from (the FX thread in the app). */
    private volatile Thread fxThread;

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

    public javafx.beans.property.BooleanProperty restoringProperty() {
        return restoring;
    }

    /** What the status bar says of saving: kept as a key and arguments, so a language switch says it anew. */
    private String stateKey = "";
    private Object[] stateArgs = {};

    private String problemKey = "";
    private Object[] problemArgs = {};

    /** The banner's text, kept like the save state so a language switch says it anew. */
    private void sayProblem(String key, Object... args) {
        problemKey = key;
        problemArgs = args;
        saveProblem.set(Texts.get(key, args));
    }

    /** Shows {@code key} of the bundle as the save state, in the chosen language now and after a switch. */
    public void say(String key, Object... args) {
        stateKey = key;
        stateArgs = args;
        saveState.set(Texts.get(key, args));
    }

    public ReportRepository repository() {
        return repository;
    }

    public void refresh() {
        showSummaries(repository.list());
    }

    private void showSummaries(List<ReportSummary> all) {
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
        fxThread = Thread.currentThread();
        saveNow();
        Report r = repository.load(id).orElseThrow(() -> new IllegalArgumentException(Texts.get("error.noReport", String.valueOf(id))));
        // back where the clerk was in it, as at the start (a report opened again began at its top); read first,
        // as showing it selects its first item
        java.util.Optional<String> last = state.get(AppState.selectedIn(id));
        OutlineEditorViewModel vm = show(r, repository.revision(id));
        last.ifPresent(uid -> goToItem(vm, uid));
        return vm;
    }

    private static void goToItem(OutlineEditorViewModel vm, String uid) {
        for (OutlineNode n : vm.report().allNodes()) {
            if (n.uid().equals(uid)) {
                vm.goTo(n, org.reportdrafter.domain.edit.TextEdit.Field.HEADING, OutlineEditorViewModel.FocusRequest.END, 0);
                return;
            }
        }
    }

    /** The report read (with its stored revision) in the editor. */
    private OutlineEditorViewModel show(Report r, long revision) {
        fxThread = Thread.currentThread();
        long id = r.id();
        OutlineEditorViewModel vm = new OutlineEditorViewModel(r);
        baseRevision = revision;
        savedVersion.set(vm.contentVersionProperty().get());
        writingFor = vm;
        queuedVersion = -1;
        vm.contentVersionProperty().addListener((o, a, b) -> changed(vm));
        vm.selectedProperty().addListener((o, a, b) -> viewState(AppState.selectedIn(id), b == null ? null : b.uid()));
        editor.set(vm);
        say("status.saved");
        viewState(AppState.OPEN_REPORT, String.valueOf(id));
        if (!r.sections().isEmpty()) {
            // the caret at the start of the report, as a word processor opens a document: the keyboard goes
            // with it (after a double-click in the library it stayed in the list, and typing went nowhere)
            vm.goTo(r.sections().get(0), org.reportdrafter.domain.edit.TextEdit.Field.HEADING, 0, 0);
        }
        return vm;
    }

    /**
     * What the last session had open: the library's list, the report open at exit (with its stored
     * revision) and the item selected in it. Read on any thread, so the window need not wait for it.
     */
    public record Session(List<ReportSummary> summaries, Report open, long revision, String selectedUid) {
    }

    /** Reads the last session from the library (off the FX thread at start). */
    public Session readSession() {
        return readSession(repository, state);
    }

    /** As {@link #readSession()}, before the view model exists (the app reads it while JavaFX starts). */
    public static Session readSession(ReportRepository repository, AppState state) {
        List<ReportSummary> all = repository.list();
        String id = state.get(AppState.OPEN_REPORT).orElse(null);
        if (id == null || !id.matches("[0-9]+")) {
            return new Session(all, null, 0, null);
        }
        long wanted = Long.parseLong(id);
        if (all.stream().noneMatch(s -> s.id() == wanted)) {
            return new Session(all, null, 0, null);
        }
        Report r = repository.load(wanted).orElse(null);
        String selected = state.get(AppState.selectedIn(wanted)).or(() -> state.get(AppState.SELECTED_NODE)).orElse(null);
        return new Session(all, r, r == null ? 0 : repository.revision(wanted), selected);
    }

    /** Reopens what was open at the last exit, at the same node. */
    public void restoreSession() {
        restoreSession(readSession());
    }

    /** Shows a session read by {@link #readSession()} (on the FX thread). */
    public void restoreSession(Session session) {
        showSummaries(session.summaries());
        if (session.open() == null) {
            return;
        }
        String uid = session.selectedUid();
        OutlineEditorViewModel vm = show(session.open(), session.revision());
        if (uid != null) {
            goToItem(vm, uid);
        }
    }

    // ---- autosave: one ordered writer -------------------------------------------------------------

    private void changed(OutlineEditorViewModel vm) {
        if (editor.get() != vm) {
            strayEdit(vm);
            return;
        }
        say("status.unsaved");
        synchronized (this) {
            if (pendingSave == null || pendingSave.isDone()) {
                pendingSave = timer.schedule(() -> fx.execute(this::saveInBackground), AUTOSAVE_DELAY_MS, TimeUnit.MILLISECONDS);
            }
        }
    }

    /**
     * An edit to a report that is no longer the open one (a pane left holding it): the writer saves only the
     * open report, so this text would be lost without a word. It goes to a recovery file instead, offered at
     * the next start, and the banner says so. Not expected to happen; a session once lost its edits with
     * 已保存 shown, for a reason not found.
     */
    private void strayEdit(OutlineEditorViewModel vm) {
        if (vm.report().id() == null || closing) {
            return;
        }
        Report snapshot = vm.report().snapshot();
        System.err.println("报告起草助手：对未打开的报告（" + snapshot.id() + "）的修改已另存为恢复文件");
        try {
            background.execute(() -> {
                try {
                    Path file = Recovery.keep(repository.location(), snapshot);
                    fx.execute(() -> sayProblem("banner.strayEdit", snapshot.title(), file));
                } catch (RuntimeException e) {
                    fx.execute(() -> sayProblem("banner.recoveryFailed", snapshot.title(), Texts.said(e)));
                    e.printStackTrace();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            Recovery.keep(repository.location(), snapshot); // the writer is shut down (exit): kept here
        }
    }

    /** On the FX thread: snapshot the report (a cheap copy), then queue its write behind the earlier ones. */
    private void saveInBackground() {
        OutlineEditorViewModel vm = editor.get();
        if (vm != null) {
            enqueue(vm);
        }
    }

    /**
     * Queues a write of the open report's current content, unless it is saved or queued already. Every
     * write of the report goes through {@link #background} in order and carries its revision (the stored
     * revision at open plus the editor's content version), so the store never replaces a newer state
     * with an older one. Returns the write's completion.
     */
    private java.util.concurrent.CompletableFuture<Void> enqueue(OutlineEditorViewModel vm) {
        long v = vm.contentVersionProperty().get();
        if (v == savedVersion.get() || v == queuedVersion) {
            return lastWrite;
        }
        Report snapshot = vm.report().snapshot();
        long revision = baseRevision + v;
        queuedVersion = v;
        say("status.saving");
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        lastWrite = done;
        try {
            background.execute(() -> {
                try {
                    write(vm, snapshot, revision, v);
                } finally {
                    done.complete(null);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the writer is shut down (exit): the recovery file keeps the text
            done.complete(null);
            failed(vm, snapshot, e);
        }
        return done;
    }

    /** On the writer thread. */
    private void write(OutlineEditorViewModel vm, Report snapshot, long revision, long v) {
        long id = snapshot.id();
        if (deleted.contains(id)) {
            return; // deleted while this write was queued: nothing comes back
        }
        ReportRepository.WriteOutcome outcome;
        try {
            outcome = repository.save(snapshot, revision);
            if (outcome == ReportRepository.WriteOutcome.SAVED) {
                if (writingFor == vm) {
                    savedVersion.accumulateAndGet(v, Math::max);
                }
                Recovery.discard(repository.location(), id);
                autoVersion(snapshot);
            }
        } catch (RuntimeException | Error e) {
            failed(vm, snapshot, e);
            return;
        }
        ReportRepository.WriteOutcome o = outcome;
        fx.execute(() -> {
            if (o == ReportRepository.WriteOutcome.DELETED) {
                Path file = Recovery.keep(repository.location(), snapshot);
                sayProblem("banner.deletedElsewhere", file);
                return;
            }
            failures = 0;
            problemKey = "";
            saveProblem.set(null);
            if (editor.get() == vm) {
                vm.report().setUpdatedAt(snapshot.updatedAt());
                say(vm.contentVersionProperty().get() == savedVersion.get() ? "status.saved" : "status.unsaved");
            }
        });
    }

    /** A write failed: a recovery file beside the library keeps the text, the banner says why, a retry is scheduled. */
    private void failed(OutlineEditorViewModel vm, Report snapshot, Throwable e) {
        org.reportdrafter.i18n.Localized reason = Texts.said(e);
        Path file = null;
        try {
            file = Recovery.keep(repository.location(), snapshot);
        } catch (RuntimeException ioFailed) {
            org.reportdrafter.i18n.Localized first = reason;
            reason = locale -> Texts.get("banner.recoveryFailed", first, Texts.said(ioFailed));
        }
        org.reportdrafter.i18n.Localized why = reason;
        Path kept = file;
        fx.execute(() -> {
            queuedVersion = -1;
            failures++;
            long delay = Math.min(MAX_RETRY_MS, RETRY_MS << Math.min(5, failures - 1));
            say("status.saveFailed", why);
            long seconds = delay / 1000;
            if (kept == null) {
                sayProblem("banner.failed", why, seconds);
            } else {
                sayProblem("banner.failedKept", why, kept.getFileName(), seconds);
            }
            if (!closing) {
                timer.schedule(() -> fx.execute(() -> {
                    if (editor.get() == vm && !closing) {
                        enqueue(vm);
                    }
                }), delay, TimeUnit.MILLISECONDS);
            }
        });
    }

    /** Retries the failed save now (the banner's button). */
    public void retrySave() {
        OutlineEditorViewModel vm = editor.get();
        if (vm != null) {
            queuedVersion = -1;
            enqueue(vm);
        }
    }

    /** Why the last save failed (the banner shows it), or null. */
    public javafx.beans.property.ReadOnlyStringProperty saveProblemProperty() {
        return saveProblem;
    }

    /**
     * Saves the open report now through the writer queue and waits for it (closing, switching reports,
     * versions, backups): the earlier queued writes land first, then this one.
     */
    public void saveNow() {
        OutlineEditorViewModel vm = editor.get();
        if (vm == null) {
            return;
        }
        java.util.concurrent.CompletableFuture<Void> done = enqueue(vm);
        if (!await(done, saveWaitMs)) {
            throw new org.reportdrafter.storage.StorageException(Texts.get("error.libraryStuck"));
        }
        if (vm.contentVersionProperty().get() == savedVersion.get()) {
            say("status.saved");
        }
    }

    private static boolean await(java.util.concurrent.Future<?> f, long millis) {
        try {
            f.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
    }

    /** Writes view state (what is open, where) through the writer queue: cheap, and never on the FX thread. */
    private void viewState(String key, String value) {
        background.execute(() -> {
            try {
                state.put(key, value);
            } catch (RuntimeException e) {
                fx.execute(() -> say("status.saveFailed", Texts.said(e)));
            }
        });
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

    /**
     * The name stored with the version kept before a restore: data in the library (the command line lists it
     * too); the versions dialog shows it in the UI language (versions.beforeRestore).
     */
    static final String BEFORE_RESTORE = "恢复前的版本";

    /** Restores a version; the current state is saved as a version first, so the restore can be undone. */
    public OutlineEditorViewModel restoreVersion(long versionId) {
        OutlineEditorViewModel vm = editor.get();
        if (vm == null) {
            return null;
        }
        saveNow();
        long id = vm.report().id();
        repository.saveVersion(id, BEFORE_RESTORE, "before-restore", vm.report().snapshot(), clock.instant());
        Report restored = loadVersion(versionId);
        restored.setId(id);
        restored.setStatus(vm.report().status());
        repository.save(restored);
        refresh();
        return open(id);
    }

    // ---- library operations -------------------------------------------------------------------

    /**
     * The organization a new report is most likely for: that of the draft worked on last, else of the past
     * report changed last; empty in a new library. A clerk drafts for one office, year after year.
     */
    public String lastOrganization() {
        for (List<ReportSummary> reports : List.of(drafts(), past())) {
            var last = reports.stream().filter(s -> s.organization() != null && !s.organization().isBlank())
                    .max(java.util.Comparator.comparing(ReportSummary::updatedAt, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
            if (last.isPresent()) {
                return last.get().organization();
            }
        }
        return "";
    }

    public List<TemplateChoice> templateChoices() {
        List<TemplateChoice> out = new ArrayList<>();
        for (Templates.Template t : Templates.builtIn()) {
            out.add(new TemplateChoice(t.name(), t, null, t.kind()));
        }
        for (ReportSummary s : repository.list()) {
            if (s.status() == ReportStatus.TEMPLATE) {
                out.add(new TemplateChoice(Templates.displayName(s.title()), null, s.id(), s.kind()));
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

    /** A report as the library lists it: its title, and whose it is when it names its author. */
    public static String listedAs(ReportSummary s) {
        String title = s.title().isBlank() ? Texts.get("library.untitled")
                : s.status() == ReportStatus.TEMPLATE ? Templates.displayName(s.title()) : s.title();
        // one page of 述职报告 gives several reports of one title: whose each is tells them apart
        // a name spaced out to three characters' width (张  伟) reads as one name in a list
        String author = s.author().strip().replaceAll("(?<=\\p{IsHan})[\\s\\u3000]+(?=\\p{IsHan})", "");
        return author.isEmpty() ? title : Texts.get("library.titleByAuthor", title, author);
    }

    public void saveAsTemplate() {
        OutlineEditorViewModel vm = editor.get();
        if (vm != null) {
            saveNow();
            Report template = Templates.asTemplate(vm.report());
            repository.save(template);
            refresh();
            // nothing else on screen changes: the clerk is told where it went and how to use it
            say("status.savedTemplate", Templates.displayName(template.title()));
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
        r.setTitle(r.title() + "（副本）"); // the title is the document's: Chinese whatever the UI language
        long copy = repository.save(r);
        repository.copyVersions(id, copy);
        refresh();
        return copy;
    }

    /** Deletes a report; its queued writes are dropped and nothing writes it back. */
    public void delete(long id) {
        deleted.add(id);
        if (editor.get() != null && editor.get().report().id() == id) {
            editor.set(null);
            viewState(AppState.OPEN_REPORT, null);
        }
        repository.delete(id);
        viewState(AppState.selectedIn(id), null);
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
            throw new IllegalStateException(Texts.get("error.noOpenReport"));
        }
        Report r = snapshotOnFx(vm);
        // the report may name an office's own preset, kept in the library
        var own = ExportPreset.builtIn(r.settings().export().preset()) == null
                ? repository.exportPresets().find(r.settings().export().preset()) : java.util.Optional.<ExportPreset>empty();
        if (own.isPresent()) {
            return new DocxExporter().export(r, own.get(), r.settings().export(), out);
        }
        return new DocxExporter().export(r, out);
    }

    /** A copy of the open report taken on the FX thread (the only thread that edits it), for work elsewhere. */
    private Report snapshotOnFx(OutlineEditorViewModel vm) {
        if (javafx.application.Platform.isFxApplicationThread() || Thread.currentThread() == fxThread) {
            return vm.report().snapshot();
        }
        java.util.concurrent.CompletableFuture<Report> copy = new java.util.concurrent.CompletableFuture<>();
        fx.execute(() -> {
            try {
                copy.complete(vm.report().snapshot());
            } catch (RuntimeException e) {
                copy.completeExceptionally(e);
            }
        });
        try {
            return copy.get(SAVE_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(Texts.get("error.exportInterrupted"), e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(Texts.get("error.noCopy", e.getMessage()), e);
        }
    }

    /** The UI language, kept in the library so it survives restarts. */
    public void setEnglish(boolean english) {
        Texts.setEnglish(english);
        state.put(AppState.LANGUAGE, english ? "en" : "zh");
        if (!stateKey.isEmpty()) {
            saveState.set(Texts.get(stateKey, stateArgs));
        }
        if (!problemKey.isEmpty()) {
            saveProblem.set(Texts.get(problemKey, problemArgs));
        }
    }

    public void loadLanguage() {
        Texts.setEnglish("en".equals(state.get(AppState.LANGUAGE).orElse("zh")));
    }

    /** Export presets (house styles) kept in the library, built-in ones first. */
    public org.reportdrafter.storage.ExportPresetRepository exportPresets() {
        return repository.exportPresets();
    }

    /** The office's protected terms and preferred wording, for proofreading. */
    public org.reportdrafter.storage.TermStore terms() {
        return repository.terms();
    }

    /** The phrase library kept in the same library file. */
    public org.reportdrafter.storage.Phrases phrases() {
        return repository.phrases();
    }

    /** Backs the whole library up to one file (callable off the FX thread: it uses its own connection). */
    public void backup(Path out) {
        repository.backup(out);
    }

    /**
     * 导出便携文件: the open report as it is now, its settings and versions, as a portable .json. The
     * report is copied here, on the FX thread (a cheap snapshot, so typing meanwhile cannot tear it); the
     * returned work reads the versions and writes the file, and is run off the FX thread. Null when no
     * report is open.
     */
    public java.util.concurrent.Callable<Path> portableExport(Path out) {
        OutlineEditorViewModel vm = editor.get();
        if (vm == null) {
            return null;
        }
        Report snapshot = vm.report().snapshot();
        enqueue(vm); // the library gets the same text through the one writer
        return () -> {
            String json = org.reportdrafter.storage.PortableJson.write(repository, snapshot);
            org.reportdrafter.storage.AtomicFiles.writeDocument(out, o -> o.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return out;
        };
    }

    /**
     * Closing (exit, restore): queues the last write and waits for the writer, at most {@link #SAVE_WAIT_MS};
     * if the library cannot be written in that time the text is kept in a recovery file beside it, offered
     * back at the next start. Never throws: a failure at exit must not end in a stack trace.
     */
    public void close() {
        closing = true;
        OutlineEditorViewModel vm = editor.get();
        if (vm == null) {
            return;
        }
        Report snapshot = vm.report().snapshot();
        boolean stored;
        try {
            java.util.concurrent.CompletableFuture<Void> done = enqueue(vm);
            stored = await(done, saveWaitMs) && vm.contentVersionProperty().get() == savedVersion.get();
        } catch (RuntimeException e) {
            stored = false;
        }
        if (!stored && !deleted.contains(snapshot.id())) {
            try {
                Recovery.keep(repository.location(), snapshot);
            } catch (RuntimeException e) {
                System.err.println(Texts.get("error.notSaved", e.getMessage()));
            }
        }
    }

    /** For tests: how long saving waits for the writer. */
    void setSaveWait(long millis) {
        this.saveWaitMs = millis;
    }

    // ---- recovery files ----------------------------------------------------------------------------

    /** Texts that could not be written to the library last time, kept beside it. */
    public List<Path> recoveryFiles() {
        return Recovery.files(repository.location());
    }

    /**
     * Takes a recovery file back into the library: over its report (the current state kept as a version
     * first) or, if that report is gone, as a new draft. The file is removed once stored.
     */
    public long recover(Path file) {
        Report r = Recovery.read(file);
        Long id = Recovery.reportId(file);
        long stored;
        if (id != null && repository.load(id).isPresent()) {
            repository.saveVersion(id, BEFORE_RESTORE, "before-restore", repository.load(id).get(), clock.instant());
            r.setId(id);
            stored = repository.save(r);
        } else {
            r.setId(null);
            r.setStatus(ReportStatus.DRAFT);
            stored = repository.save(r);
        }
        Recovery.discard(file);
        refresh();
        return stored;
    }
}
