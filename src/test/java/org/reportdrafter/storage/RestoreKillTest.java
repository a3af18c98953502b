package org.reportdrafter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.Report;

/**
 * kill -9 in the middle of restoring a backup, at random moments: the library always opens intact, and
 * holds either the library as it was before the restore or the backup, whole, never a mix or nothing.
 */
class RestoreKillTest {
    private static final int KILLS = 12;
    @TempDir
    Path dir;

    /** Restores two backups in turn until killed (a restore as the app and the command line run it). */
    public static final class RestoreProcess {
        public static void main(String[] args) {
            Path db = Path.of(args[0]);
            List<Path> backups = List.of(Path.of(args[1]), Path.of(args[2]));
            try (LibraryLock lock = LibraryLock.acquire(db)) {
                System.out.println("ready");
                System.out.flush();
                for (int i = 0; ; i++) {
                    Backups.restore(backups.get(i % 2), db);
                    // keep the safety copies from filling the disk
                    try (var s = java.nio.file.Files.list(Backups.backupDir(db))) {
                        for (Path f : s.toList()) {
                            java.nio.file.Files.deleteIfExists(f);
                        }
                    } catch (java.io.IOException e) {
                        throw new StorageException(e.getMessage(), e);
                    }
                }
            }
        }
    }

    private static Path library(Path file, String title, int paragraphs) {
        try (Database d = Database.open(file)) {
            SqliteReportRepository repo = new SqliteReportRepository(d);
            Report r = SqliteReportRepositoryTest.sample(title, 2025, "第一段。");
            for (int i = 0; i < paragraphs; i++) {
                r.sections().get(0).body().add("第" + i + "段：加强教师队伍建设，深化教育评价改革。");
            }
            repo.save(r);
        }
        return file;
    }

    @Test
    void killedWhileRestoringLeavesTheOldOrTheNewLibraryWhole() throws Exception {
        Path a = library(dir.resolve("sources/a.db"), "甲县教育局2025年工作要点", 2000);
        Path b = library(dir.resolve("sources/b.db"), "乙县教育局2025年工作要点", 3000);
        Path db = dir.resolve("lib/library.db");
        library(db, "甲县教育局2025年工作要点", 2000);
        Random random = new Random(20261202);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int run = 0; run < KILLS; run++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RestoreProcess.class.getName(),
                    db.toString(), a.toString(), b.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("ready", r.readLine());
            }
            Thread.sleep(100 + random.nextInt(1500));
            p.destroyForcibly();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
            try (Database d = Database.open(db)) {
                assertEquals("ok", d.integrityCheck(), "run " + run);
                SqliteReportRepository repo = new SqliteReportRepository(d);
                assertEquals(1, repo.count(), "run " + run);
                Report r = repo.load(repo.list().get(0).id()).orElseThrow();
                int expected = r.title().startsWith("甲") ? 2000 : 3000;
                assertEquals(expected, r.sections().get(0).body().size(), "run " + run + ": " + r.title() + " whole");
            }
        }
    }
}
