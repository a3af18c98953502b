package org.reportdrafter.storage;

import org.reportdrafter.i18n.Message;
import org.reportdrafter.i18n.Localized;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The SQLite library file: opens it (creating it on first use), applies the numbered migrations in
 * {@code migrations/} tracked by {@code PRAGMA user_version}, and runs work in transactions.
 */
public final class Database implements AutoCloseable {
    /** Migration scripts in order; script N brings the schema to user_version N. */
    static final List<String> MIGRATIONS = List.of("V001__initial.sql", "V002__app_state.sql", "V003__versions.sql", "V004__phrases.sql", "V005__fts_vocabulary.sql",
            "V006__document_parts.sql", "V007__terms.sql", "V008__revisions_and_document_text.sql",
            "V009__export_presets.sql");
    /** Idle read connections kept open for reuse. */
    private static final int IDLE_READERS = 3;
    private static final long READER_MMAP_BYTES = 256L * 1024 * 1024;

    private final Path path;
    /** The one writer connection: every transaction of this process goes through it, one at a time. */
    private final Connection connection;
    private final Object writeLock = new Object();
    /** The thread inside a transaction: its reads must see its own uncommitted rows, so they use the writer. */
    private volatile Thread writer;
    private final java.util.concurrent.ConcurrentLinkedDeque<Connection> readers = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    private Database(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    /**
     * A connection straight from SQLite's driver. {@code DriverManager} would first look for drivers in every
     * jar on the class path (27 in the installed app), about 0.2 s of a start that waits for the library.
     */
    static Connection connect(String url) throws SQLException {
        return org.sqlite.JDBC.createConnection(url, new java.util.Properties());
    }

    public static Database open(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StorageException(Message.of("error.db.mkdir", String.valueOf(path.getParent()), Localized.reason(e)), e);
        }
        try {
            Connection c = connect("jdbc:sqlite:" + path.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 5000");
                st.execute("PRAGMA journal_mode = WAL");
                // FULL: a commit is on disk before the save is reported done (decision 0012)
                st.execute("PRAGMA synchronous = FULL");
                st.execute("PRAGMA foreign_keys = ON");
            }
            Database db = new Database(path, c);
            db.migrate();
            return db;
        } catch (SQLException e) {
            throw new StorageException(Message.of("error.db.open", String.valueOf(path), Localized.reason(e)), e);
        }
    }

    public Path path() {
        return path;
    }

    public Connection connection() {
        return connection;
    }

    public int schemaVersion() {
        synchronized (writeLock) {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            } catch (SQLException e) {
                throw new StorageException(Message.of("error.db.version", Localized.reason(e)), e);
            }
        }
    }

    public static int latestVersion() {
        return MIGRATIONS.size();
    }

    /** Opens a library and brings it only up to schema {@code version} (tests of upgrades from old libraries). */
    static Database openAtVersion(Path path, int version) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            Connection c = connect("jdbc:sqlite:" + path.toAbsolutePath());
            Database db = new Database(path, c);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA foreign_keys = ON");
                for (int v = 0; v < version; v++) {
                    for (String sql : splitStatements(readScript(MIGRATIONS.get(v)))) {
                        st.execute(sql);
                    }
                    st.execute("PRAGMA user_version = " + (v + 1));
                }
            }
            return db;
        } catch (SQLException | IOException e) {
            throw new StorageException("无法创建旧版资料库：" + e.getMessage(), e);
        }
    }

    private void migrate() throws SQLException {
        int version = schemaVersion();
        if (version > MIGRATIONS.size()) {
            throw new StorageException(Message.of("error.db.newer", version));
        }
        if (version > 0 && version < MIGRATIONS.size()) {
            // a library made by an older version: keep a copy before changing its schema
            Backups.beforeMigration(this, version);
        }
        for (int v = version; v < MIGRATIONS.size(); v++) {
            String script = readScript(MIGRATIONS.get(v));
            int target = v + 1;
            inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    for (String sql : splitStatements(script)) {
                        st.execute(sql);
                    }
                    st.execute("PRAGMA user_version = " + target);
                }
                if (target == 8) {
                    // the document text (preamble, parts, tables) of reports stored before it was searchable
                    SearchIndex.indexDocumentTextOfAll(c);
                }
                return null;
            });
        }
    }

    private static String readScript(String name) {
        try (InputStream in = Database.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new StorageException("缺少数据库迁移脚本：" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException("无法读取数据库迁移脚本：" + name, e);
        }
    }

    static List<String> splitStatements(String script) {
        StringBuilder cleaned = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("--")) {
                cleaned.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(cleaned.toString().split(";\\s*\n"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Work run inside one transaction. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs work in one transaction on the writer connection: all of it is written, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        synchronized (writeLock) {
            try {
                boolean outer = connection.getAutoCommit();
                if (!outer) {
                    return work.run(connection); // already inside a transaction
                }
                connection.setAutoCommit(false);
                writer = Thread.currentThread();
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException | Error e) {
                    connection.rollback();
                    throw e;
                } finally {
                    writer = null;
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StorageException(Message.of("error.db.write", String.valueOf(reason(e))), e);
            }
        }
    }

    /** The reason in the clerk's words where SQLite's own is English jargon. */
    private static String reason(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_BUSY")) {
            return "资料库正被另一个程序占用，暂时无法写入（SQLITE_BUSY）";
        }
        if (m.contains("SQLITE_FULL")) {
            return "磁盘已满（SQLITE_FULL）";
        }
        if (m.contains("SQLITE_READONLY")) {
            return "资料库文件只读，无法写入（SQLITE_READONLY）";
        }
        return m;
    }

    /**
     * Read-only work on a read connection of its own (WAL: it sees the last commit and never waits for
     * the writer), or on the writer connection when called inside a transaction, to see its own rows.
     */
    public <T> T read(SqlWork<T> work) {
        if (writer == Thread.currentThread()) {
            synchronized (writeLock) {
                try {
                    return work.run(connection);
                } catch (SQLException e) {
                    throw new StorageException(Message.of("error.db.read", Localized.reason(e)), e);
                }
            }
        }
        if (closed) {
            throw new StorageException(Message.of("error.db.closed", String.valueOf(path)));
        }
        Connection c = readers.pollFirst();
        try {
            if (c == null) {
                c = openReader();
            }
            return work.run(c);
        } catch (SQLException e) {
            throw new StorageException(Message.of("error.db.read", Localized.reason(e)), e);
        } finally {
            if (c != null) {
                release(c);
            }
        }
    }

    private Connection openReader() throws SQLException {
        Connection c = connect("jdbc:sqlite:" + path.toAbsolutePath());
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            st.execute("PRAGMA query_only = 1");
            // Search and similar sections jump between index and rows all over the file. Mapped, the
            // file is one page cache shared by every reader, not a small private cache per connection
            // (decision 0009). The writer keeps ordinary reads.
            st.execute("PRAGMA mmap_size = " + READER_MMAP_BYTES);
        }
        return c;
    }

    private void release(Connection c) {
        if (!closed && readers.size() < IDLE_READERS) {
            readers.offerFirst(c);
            if (!closed) {
                return;
            }
            readers.remove(c);
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // a read connection holds no writes; closing it cannot lose anything
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** Copies the WAL into the library file and empties it. */
    public void checkpoint() {
        synchronized (writeLock) {
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                if (rs.next() && rs.getInt(1) != 0) {
                    throw new StorageException(Message.of("error.db.busy"));
                }
            } catch (SQLException e) {
                throw new StorageException(Message.of("error.db.checkpoint", Localized.reason(e)), e);
            }
        }
    }

    public String integrityCheck() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no result";
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        for (Connection c; (c = readers.pollFirst()) != null; ) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // read-only: nothing to lose
            }
        }
        synchronized (writeLock) {
            try {
                connection.close();
        } catch (SQLException e) {
            throw new StorageException(Message.of("error.db.close", Localized.reason(e)), e);
            }
        }
    }
}
