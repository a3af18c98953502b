package org.reportdrafter.storage;

import org.reportdrafter.i18n.Message;
import org.reportdrafter.i18n.Localized;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.reportdrafter.domain.Report;

/**
 * Recovery files: when the library cannot be written (a failed save, exit while the writer is stuck, a
 * report deleted elsewhere while open), the report's text is written, atomically and in the report
 * codec's JSON, to {@code recovery/} beside the library, and offered back at the next start.
 */
public final class Recovery {
    private static final Pattern NAME = Pattern.compile("report-(\\d+|new)\\.json");

    private Recovery() {
    }

    public static Path dir(Path db) {
        return db.toAbsolutePath().resolveSibling("recovery");
    }

    private static Path file(Path db, Report r) {
        return dir(db).resolve("report-" + (r.id() == null ? "new" : r.id()) + ".json");
    }

    /** Keeps the report's text beside the library; returns the file. */
    public static Path keep(Path db, Report r) {
        Path f = file(db, r);
        try {
            byte[] json = ReportJson.write(r).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(f, o -> o.write(json));
            return f;
        } catch (IOException e) {
            throw new StorageException(Message.of("error.recovery.write", String.valueOf(f), Localized.reason(e)), e);
        }
    }

    public static List<Path> files(Path db) {
        Path d = dir(db);
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new StorageException(Message.of("error.recovery.readDir", String.valueOf(d), Localized.reason(e)), e);
        }
    }

    public static Report read(Path file) {
        try {
            return ReportJson.read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString()).get(0);
        } catch (IOException | ReportJson.InvalidReportJson e) {
            throw new StorageException(Message.of("error.recovery.read", String.valueOf(file.getFileName()), Localized.reason(e)), e);
        }
    }

    /** The library id of the report a recovery file holds, or null (a report not yet stored). */
    public static Long reportId(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() && !m.group(1).equals("new") ? Long.valueOf(m.group(1)) : null;
    }

    /** The report was stored after all: its recovery file is no longer needed. */
    public static void discard(Path db, long reportId) {
        Path f = dir(db).resolve("report-" + reportId + ".json");
        if (Files.exists(f)) {
            discard(f);
        }
    }

    public static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StorageException(Message.of("error.recovery.delete", String.valueOf(file), Localized.reason(e)), e);
        }
    }
}
