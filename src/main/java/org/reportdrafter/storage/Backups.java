package org.reportdrafter.storage;

import org.reportdrafter.i18n.Message;
import org.reportdrafter.i18n.Localized;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Backups of the whole library as one file (a consistent SQLite copy made with VACUUM INTO), restore
 * from such a file, and the rotating set of automatic daily backups kept beside the library.
 */
public final class Backups {
    public static final int KEEP_DAILY = 7;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backups() {
    }

    public static Path backupDir(Path db) {
        return db.toAbsolutePath().resolveSibling("backups");
    }

    /**
     * Writes a consistent copy of the open library to {@code out}, atomically. It reads through a
     * connection of its own: in WAL mode the copy runs beside the app's writes instead of holding them up.
     */
    public static void backup(Database db, Path out) {
        Path target = out.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".tmp");
            try (Connection c = Database.connect("jdbc:sqlite:file:" + db.path().toAbsolutePath() + "?mode=ro");
                 PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, tmp.toString());
                ps.execute();
            } catch (SQLException e) {
                Files.deleteIfExists(tmp);
                throw new StorageException(Message.of("error.backup.failed", Localized.reason(e)), e);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new StorageException(Message.of("error.backup.failed", Localized.reason(e)), e);
        }
    }

    /** Checks that a file is a library this version can open: SQLite, intact, with our tables. */
    public static void validate(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StorageException(Message.of("error.backup.notFound", String.valueOf(file)));
        }
        try (Connection c = Database.connect("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement st = c.createStatement()) {
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > Database.latestVersion()) {
                throw new StorageException(Message.of("error.backup.newer", String.valueOf(file.getFileName())));
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='reports'")) {
                if (!rs.next() || rs.getInt(1) != 1) {
                    throw new StorageException(Message.of("error.backup.notOurs", String.valueOf(file.getFileName())));
                }
            }
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    throw new StorageException(Message.of("error.backup.damaged", String.valueOf(file.getFileName())));
                }
            }
        } catch (SQLException e) {
            throw new StorageException(Message.of("error.backup.invalid", String.valueOf(file.getFileName()), Localized.reason(e)), e);
        }
    }

    /**
     * Replaces the library with a backup. The caller holds the library lock and has closed every
     * connection. The current library is kept in the backup folder first, so a restore can be undone.
     */
    public static Path restore(Path backup, Path db) {
        validate(backup);
        Path target = db.toAbsolutePath();
        Path safety = null;
        try {
            if (Files.exists(target)) {
                try (Database current = Database.open(target)) {
                    safety = backupDir(target).resolve("before-restore-" + LocalDateTime.now().format(STAMP) + ".db");
                    backup(current, safety);
                    // everything committed moves from the WAL into the library file, so that removing the
                    // WAL below loses nothing if the process dies before the new file is in place
                    current.checkpoint();
                }
            }
            Path tmp = target.resolveSibling("." + target.getFileName() + ".restore.tmp");
            Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-wal"));
            Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-shm"));
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return safety;
        } catch (IOException e) {
            throw new StorageException(Message.of("error.backup.restoreFailed", Localized.reason(e)), e);
        }
    }

    /** Today's automatic backup if there is none yet; keeps the newest {@link #KEEP_DAILY}. */
    public static Path daily(Database db, LocalDate today) {
        Path dir = backupDir(db.path());
        Path file = dir.resolve("library-" + today + ".db");
        removeAbandonedCopies(dir);
        if (!Files.exists(file)) {
            backup(db, file);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> daily = new ArrayList<>(files.filter(p -> p.getFileName().toString().matches("library-\\d{4}-\\d{2}-\\d{2}\\.db"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList());
            for (int i = KEEP_DAILY; i < daily.size(); i++) {
                Files.deleteIfExists(daily.get(i));
            }
        } catch (IOException e) {
            throw new StorageException(Message.of("error.backup.pruneFailed", Localized.reason(e)), e);
        }
        return file;
    }

    /** A copy that has not been written to for this long was left by a process that ended during it. */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(30);

    /**
     * Unfinished copies (the temporary file a backup writes before it takes its name, and SQLite's journal of
     * it) left when the app was closed while a backup ran: a copy of a large library takes seconds, and each
     * left file is as large as the library. One still being written (another backup, now) is kept.
     */
    private static void removeAbandonedCopies(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.from(Instant.now().minus(ABANDONED_AFTER));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && (name.endsWith(".tmp") || name.endsWith(".tmp-journal"))
                        && Files.getLastModifiedTime(p).compareTo(before) < 0) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new StorageException(Message.of("error.backup.pruneFailed", Localized.reason(e)), e);
        }
    }

    /** Before a schema upgrade: a copy named after the old version. */
    static Path beforeMigration(Database db, int fromVersion) {
        Path file = backupDir(db.path()).resolve("before-upgrade-v" + fromVersion + "-" + LocalDateTime.now().format(STAMP) + ".db");
        backup(db, file);
        return file;
    }
}
