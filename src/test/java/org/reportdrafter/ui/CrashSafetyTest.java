package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.Report;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.SqliteReportRepository;

/**
 * kill -9 while typing, 50 times at random moments: the library is never corrupt and at most the last
 * two seconds of typing are lost.
 */
class CrashSafetyTest {
    private static final int KILLS = 50;
    @TempDir
    Path dir;

    @Test
    void killedWhileTypingLosesAtMostTwoSecondsAndNeverCorruptsTheLibrary() throws Exception {
        killWhileTyping(KILLS, 20261124, null);
    }

    /** The same while whole-library backups run beside the typing: any backup file present is complete. */
    @Test
    void killedWhileBackingUpLosesAtMostTwoSecondsAndLeavesNoBrokenBackup() throws Exception {
        Path backup = dir.resolve("backups/manual.db");
        killWhileTyping(12, 20261202, backup);
    }

    private void killWhileTyping(int kills, long seed, Path backup) throws Exception {
        Path db = dir.resolve("library.db");
        Random random = new Random(seed);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int longestLoss = 0;
        for (int run = 0; run < kills; run++) {
            List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), TypingProcess.class.getName(), db.toString()));
            if (backup != null) {
                cmd.addAll(List.of("backup", backup.toString()));
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
            List<long[]> typed = new ArrayList<>(); // {length, millis}
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.equals("ready")) {
                            synchronized (typed) {
                                typed.add(new long[] {-1, System.currentTimeMillis()});
                            }
                            continue;
                        }
                        String[] parts = line.split(" ");
                        synchronized (typed) {
                            typed.add(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])});
                        }
                    }
                } catch (Exception e) {
                    // the process was killed mid-line: what was read is enough
                }
            });
            reader.start();
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                synchronized (typed) {
                    if (!typed.isEmpty()) {
                        break;
                    }
                }
                Thread.sleep(20);
            }
            Thread.sleep(200 + random.nextInt(2800));
            long killedAt = System.currentTimeMillis();
            p.destroyForcibly(); // SIGKILL on Linux
            assertTrue(p.waitFor(20, TimeUnit.SECONDS));
            reader.join(5000);
            long mustHave = 0;
            synchronized (typed) {
                for (long[] t : typed) {
                    if (t[0] >= 0 && t[1] <= killedAt - 2000) {
                        mustHave = Math.max(mustHave, t[0]);
                    }
                }
            }
            try (Database d = Database.open(db)) {
                assertEquals("ok", d.integrityCheck(), "run " + run);
                SqliteReportRepository repo = new SqliteReportRepository(d);
                if (repo.count() == 0) {
                    assertEquals(0, mustHave, "run " + run + ": nothing stored although typing started 2 s before the kill");
                    continue;
                }
                Report r = repo.load(repo.list().get(0).id()).orElseThrow();
                var node = r.sections().get(0);
                int stored = node.guidance() ? 0 : String.join("\n", node.body()).length();
                assertTrue(stored >= mustHave, "run " + run + ": stored " + stored + " characters, typed " + mustHave
                        + " more than two seconds before the kill");
                longestLoss = Math.max(longestLoss, (int) (mustHave - stored));
            }
            if (backup != null && Files.exists(backup)) {
                org.reportdrafter.storage.Backups.validate(backup); // throws if the copy is broken
            }
        }
        assertTrue(longestLoss <= 0);
    }
}
