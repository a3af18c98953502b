package org.reportdrafter.storage;

import org.reportdrafter.i18n.Message;
import org.reportdrafter.i18n.Localized;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One app at a time on a library: a second copy is refused with a clear message instead of silently
 * overwriting the first one's edits. The OS releases the lock when the process dies, even on kill -9.
 */
public final class LibraryLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFile(Path db) {
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    public static LibraryLock acquire(Path db) {
        Path file = lockFile(db.toAbsolutePath());
        FileChannel ch = null;
        try {
            Files.createDirectories(file.getParent());
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l == null) {
                throw locked(db, ch);
            }
            return new LibraryLock(ch, l);
        } catch (OverlappingFileLockException e) {
            throw locked(db, ch);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new StorageException(Message.of("error.storage.lock", String.valueOf(db), Localized.reason(e)), e);
        }
    }

    private static StorageException locked(Path db, FileChannel ch) {
        closeQuietly(ch);
        return new StorageException(Message.of("error.storage.inUse", String.valueOf(db)));
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // the channel was only opened to take the lock; nothing was written
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StorageException(Message.of("error.storage.unlock", Localized.reason(e)), e);
        }
    }
}
