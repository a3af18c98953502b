package org.reportdrafter.ui;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.storage.AppState;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.SqliteReportRepository;

/**
 * A clerk typing, for the crash test: opens the library as the app does, appends one character every
 * few milliseconds through the editor view model (autosave on), and prints how many characters the
 * text holds after each keystroke, with the time. It runs until it is killed. With {@code backup OUT}
 * it also backs the library up to OUT over and over meanwhile.
 */
public final class TypingProcess {
    private TypingProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        ExecutorService fx = Executors.newSingleThreadExecutor();
        ExecutorService background = Executors.newSingleThreadExecutor();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        Database database = Database.open(db);
        LibraryViewModel library = new LibraryViewModel(new SqliteReportRepository(database), new AppState(database),
                fx::execute, background::execute, timer);
        OutlineEditorViewModel[] ed = new OutlineEditorViewModel[1];
        fx.submit(() -> {
            library.refresh();
            if (library.drafts().isEmpty()) {
                ed[0] = library.createFromTemplate(library.templateChoices().get(0), "某县教育局", 2026);
            } else {
                ed[0] = library.open(library.drafts().get(0).id());
            }
        }).get();
        OutlineNode node = ed[0].report().sections().get(0);
        if (args.length > 1 && args[1].equals("backup")) {
            // as the app's daily backup does: whole-library copies while the clerk types
            Path out = Path.of(args[2]);
            Thread backups = new Thread(() -> {
                while (true) {
                    library.backup(out);
                }
            }, "backup-loop");
            backups.setDaemon(true);
            backups.start();
        }
        System.out.println("ready");
        System.out.flush();
        String alphabet = "教育工作坚持立德树人办好人民满意的教育";
        while (true) {
            fx.submit(() -> {
                String text = node.guidance() ? "" : String.join("\n", node.body());
                String next = text + alphabet.charAt(text.length() % alphabet.length());
                ed[0].setBody(node, next);
                System.out.println(next.length() + " " + System.currentTimeMillis());
                System.out.flush();
            }).get();
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }
}
