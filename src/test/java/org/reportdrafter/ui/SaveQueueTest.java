package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.Templates;
import org.reportdrafter.storage.AppState;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.SqliteReportRepository;

/**
 * Saving with real threads: an "FX" thread drives the view model, a real single-thread writer does the
 * writes (each write held back a little, as a slow disk would), the real autosave timer runs.
 */
class SaveQueueTest {
    private static final long WRITE_DELAY_MS = 700;
    @TempDir
    Path dir;
    Database db;
    SqliteReportRepository repo;
    ExecutorService fx;
    ExecutorService writer;
    ScheduledExecutorService timer;
    LibraryViewModel library;

    @BeforeEach
    void start() {
        db = Database.open(dir.resolve("library.db"));
        repo = new SqliteReportRepository(db);
        fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "fx"));
        writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "writer"));
        timer = Executors.newSingleThreadScheduledExecutor();
        Executor slowWriter = r -> writer.execute(() -> {
            try {
                Thread.sleep(WRITE_DELAY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            r.run();
        });
        library = new LibraryViewModel(repo, new AppState(db), fx::execute, slowWriter, timer);
    }

    @AfterEach
    void stop() throws Exception {
        timer.shutdownNow();
        fx.shutdown();
        writer.shutdown();
        writer.awaitTermination(20, TimeUnit.SECONDS);
        db.close();
    }

    private <T> T onFx(Callable<T> work) throws Exception {
        return fx.submit(work).get(30, TimeUnit.SECONDS);
    }

    /** Waits until every write queued so far has landed, and the FX thread has seen their results. */
    private void drain() throws Exception {
        Thread.sleep(200);
        writer.submit(() -> { }).get(60, TimeUnit.SECONDS);
        onFx(() -> null);
    }

    private OutlineEditorViewModel newDraft(String org) throws Exception {
        return onFx(() -> library.createFromTemplate(library.templateChoices().get(0), org, 2026));
    }

    private static String body(Report r) {
        return String.join("\n", r.sections().get(0).body());
    }

    @Test
    void anOlderQueuedWriteNeverReplacesANewerSave() throws Exception {
        OutlineEditorViewModel ed = newDraft("某县教育局");
        OutlineNode node = ed.report().sections().get(0);
        onFx(() -> {
            ed.setBody(node, "坚持立德树人。");
            return null;
        });
        // the autosave timer fires and queues the first text; the writer is still busy
        Thread.sleep(LibraryViewModel.AUTOSAVE_DELAY_MS + 300);
        onFx(() -> {
            ed.setBody(node, "坚持立德树人，办好人民满意的教育。");
            library.saveNow();
            return null;
        });
        drain();
        assertEquals("坚持立德树人，办好人民满意的教育。", body(repo.load(ed.report().id()).orElseThrow()),
                "the older autosave, written after 保存, must not win");
        assertEquals("已保存", onFx(() -> library.saveStateProperty().get()));
    }

    @Test
    void aReportDeletedWhileItsSaveIsQueuedDoesNotComeBack() throws Exception {
        newDraft("甲县教育局");
        OutlineEditorViewModel ed = newDraft("乙县教育局");
        long id = ed.report().id();
        onFx(() -> {
            ed.setBody(ed.report().sections().get(0), "这份草稿要删掉。");
            return null;
        });
        Thread.sleep(LibraryViewModel.AUTOSAVE_DELAY_MS + 300);
        onFx(() -> {
            library.delete(id);
            return null;
        });
        drain();
        Thread.sleep(LibraryViewModel.AUTOSAVE_DELAY_MS + 300);
        drain();
        assertEquals(List.of("甲县教育局"), repo.list().stream().map(s -> s.organization()).toList(),
                "the deleted draft is neither written back nor stored again as a new report");
        assertTrue(repo.load(id).isEmpty());
    }

    @Test
    void exitWhileTheLibraryCannotBeWrittenKeepsTheTextForTheNextStart() throws Exception {
        OutlineEditorViewModel ed = newDraft("某县教育局");
        long id = ed.report().id();
        drain();
        onFx(() -> {
            ed.setBody(ed.report().sections().get(0), "最后一句话，退出前刚打完。");
            return null;
        });
        // another program holds the library's write lock for longer than the writer waits
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.path().toAbsolutePath());
             Statement st = other.createStatement()) {
            st.execute("PRAGMA busy_timeout = 100");
            st.execute("BEGIN IMMEDIATE");
            long t0 = System.nanoTime();
            fx.submit(() -> assertDoesNotThrow(library::close, "closing must not end in a stack trace")).get(60, TimeUnit.SECONDS);
            assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "exit waits a bounded time");
            st.execute("ROLLBACK");
        }
        drain();
        // the next start: the text is offered back and taken into the library
        LibraryViewModel next = new LibraryViewModel(repo, new AppState(db), Runnable::run, Runnable::run, timer);
        List<Path> files = next.recoveryFiles();
        assertEquals(1, files.size());
        next.recover(files.get(0));
        assertEquals("最后一句话，退出前刚打完。", body(repo.load(id).orElseThrow()));
        assertTrue(next.recoveryFiles().isEmpty());
        assertFalse(repo.versions(id).isEmpty(), "what was stored before the recovery is kept as a version");
    }

    @Test
    void collapsingAndFindingAreNotEdits() throws Exception {
        OutlineEditorViewModel ed = newDraft("某县教育局");
        drain();
        long id = ed.report().id();
        java.time.Instant before = repo.load(id).orElseThrow().updatedAt();
        long revision = repo.revision(id);
        onFx(() -> {
            ed.expandToLevel(1);
            ed.expandAll();
            ed.toggleCollapsed(ed.report().sections().get(0));
            ed.find("教育");
            ed.nextMatch();
            return null;
        });
        Thread.sleep(LibraryViewModel.AUTOSAVE_DELAY_MS + 300);
        drain();
        assertEquals(revision, repo.revision(id), "view changes write nothing");
        assertEquals(before, repo.load(id).orElseThrow().updatedAt());
        assertEquals("已保存", onFx(() -> library.saveStateProperty().get()));
    }
}
