package org.reportdrafter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.Report;

class BackupsAndMigrationsTest {
    @TempDir
    Path dir;

    @Test
    void backupAndRestoreTheWholeLibrary() {
        Path db = dir.resolve("lib/library.db");
        Path backup = dir.resolve("usb/备份.db");
        try (Database d = Database.open(db)) {
            SqliteReportRepository repo = new SqliteReportRepository(d);
            long id = repo.save(SqliteReportRepositoryTest.sample("甲", 2024, "开展教研活动。"));
            repo.saveVersion(id, "送审稿", "named", repo.load(id).orElseThrow(), Instant.now());
            Backups.backup(d, backup);
            repo.save(SqliteReportRepositoryTest.sample("乙", 2025, "加强师资。"));
        }
        Path safety = Backups.restore(backup, db);
        assertTrue(Files.exists(safety), "the library before the restore is kept");
        try (Database d = Database.open(db)) {
            SqliteReportRepository repo = new SqliteReportRepository(d);
            assertEquals(1, repo.count());
            assertEquals(1, repo.versions(repo.list().get(0).id()).size());
            assertEquals(1, repo.searchSections("教研", 5).size(), "the index comes back with it");
            assertEquals("ok", d.integrityCheck());
        }
        try (Database d = Database.open(safety)) {
            assertEquals(2, new SqliteReportRepository(d).count());
        }
    }

    @Test
    void aBadBackupIsRefusedAndTheLibraryStaysAsItWas() throws Exception {
        Path db = dir.resolve("library.db");
        try (Database d = Database.open(db)) {
            new SqliteReportRepository(d).save(SqliteReportRepositoryTest.sample("甲", 2024, "内容。"));
        }
        byte[] before = Files.readAllBytes(db);
        Path junk = Files.writeString(dir.resolve("not-a-backup.db"), "这不是数据库");
        StorageException e = assertThrows(StorageException.class, () -> Backups.restore(junk, db));
        assertTrue(e.getMessage().contains("不是有效的资料库备份"), e.getMessage());
        assertThrows(StorageException.class, () -> Backups.restore(dir.resolve("missing.db"), db));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)));
    }

    @Test
    void dailyBackupsRotate() throws Exception {
        try (Database d = Database.open(dir.resolve("library.db"))) {
            for (int day = 1; day <= 10; day++) {
                Backups.daily(d, LocalDate.of(2026, 11, day));
            }
            Backups.daily(d, LocalDate.of(2026, 11, 10));
            try (Stream<Path> files = Files.list(Backups.backupDir(d.path()))) {
                assertEquals(Backups.KEEP_DAILY, files.count());
            }
            assertTrue(Files.exists(Backups.backupDir(d.path()).resolve("library-2026-11-10.db")));
            assertTrue(Files.notExists(Backups.backupDir(d.path()).resolve("library-2026-11-03.db")));
        }
    }

    @Test
    void aCopyLeftUnfinishedByAClosedAppIsRemovedAtTheNextDailyBackup() throws Exception {
        try (Database d = Database.open(dir.resolve("library.db"))) {
            Path backups = Backups.backupDir(d.path());
            Files.createDirectories(backups);
            // the app closed while yesterday's copy was being written: its temporary file and journal stayed
            Path left = Files.write(backups.resolve(".library-2026-11-30.db.123456789.tmp"), new byte[4096]);
            Path journal = Files.write(backups.resolve(".library-2026-11-30.db.123456789.tmp-journal"), new byte[512]);
            java.nio.file.attribute.FileTime yesterday = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
            Files.setLastModifiedTime(left, yesterday);
            Files.setLastModifiedTime(journal, yesterday);
            // one being written right now (another backup) stays, and so does a file of the clerk's
            Path writing = Files.write(backups.resolve(".library-2026-12-01.db.987654321.tmp"), new byte[4096]);
            Path own = Files.write(backups.resolve("notes.tmp"), new byte[10]);
            Files.setLastModifiedTime(own, yesterday);
            Backups.daily(d, LocalDate.of(2026, 12, 1));
            assertTrue(Files.notExists(left), "the abandoned copy is gone");
            assertTrue(Files.notExists(journal), "and its journal");
            assertTrue(Files.exists(writing), "a copy being written is left alone");
            assertTrue(Files.exists(own), "files not named as the app's copies are left alone");
            assertTrue(Files.exists(backups.resolve("library-2026-12-01.db")), "today's backup is made");
        }
    }

    @Test
    void aSecondCopyIsRefused() {
        Path db = dir.resolve("library.db");
        try (LibraryLock first = LibraryLock.acquire(db)) {
            StorageException e = assertThrows(StorageException.class, () -> LibraryLock.acquire(db));
            assertTrue(e.getMessage().startsWith("资料库正被另一个报告起草助手窗口使用"));
        }
        LibraryLock.acquire(db).close();
    }

    @Test
    void eachMigrationFileIsNumberedAsTheSchemaVersionItBringsALibraryTo() {
        for (int i = 0; i < Database.MIGRATIONS.size(); i++) {
            String file = Database.MIGRATIONS.get(i);
            assertTrue(file.startsWith(String.format("V%03d__", i + 1)), file + " is schema version " + (i + 1));
            assertTrue(Database.class.getResource("migrations/" + file) != null, file);
        }
    }

    @Test
    void librariesFromEveryEarlierSchemaVersionAreMigratedAfterABackup() throws Exception {
        for (int v = 1; v < Database.latestVersion(); v++) {
            Path db = dir.resolve("v" + v + "/library.db");
            try (Database old = Database.openAtVersion(db, v)) {
                assertEquals(v, old.schemaVersion());
                // a report as the schema of version 1 stores it
                old.inTransaction(c -> {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO reports (title, year, kind, status, created_at, updated_at) VALUES ('旧库报告', 2019, 'plan', 'past', ?, ?)")) {
                        ps.setString(1, Instant.now().toString());
                        ps.setString(2, Instant.now().toString());
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO nodes (report_id, position, uid, heading, body) VALUES (1, 0, 'u1', '指导思想', '开展教研活动。')")) {
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO node_fts (rowid, heading, body) VALUES (1, ?, ?)")) {
                        ps.setString(1, CjkSegmenter.segment("指导思想"));
                        ps.setString(2, CjkSegmenter.segment("开展教研活动。"));
                        ps.executeUpdate();
                    }
                    return null;
                });
            }
            try (Database upgraded = Database.open(db)) {
                assertEquals(Database.latestVersion(), upgraded.schemaVersion());
                SqliteReportRepository repo = new SqliteReportRepository(upgraded);
                Report r = repo.load(1).orElseThrow();
                assertEquals("旧库报告", r.title());
                assertEquals("开展教研活动。", r.sections().get(0).body().get(0));
                assertEquals(1, repo.searchSections("教研", 5).size());
                repo.saveVersion(1, "升级后", "named", r, Instant.now());
                assertEquals("ok", upgraded.integrityCheck());
            }
            String prefix = "before-upgrade-v" + v;
            try (Stream<Path> files = Files.list(Backups.backupDir(db))) {
                assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith(prefix)), "backup taken before " + prefix);
            }
        }
    }
}
