package org.reportdrafter.importing;

import org.reportdrafter.i18n.Message;
import org.reportdrafter.i18n.Localized;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportStatus;
import org.reportdrafter.storage.ReportRepository;
import org.reportdrafter.storage.StorageException;

/**
 * Imports files into the library as past reports: each file in its own transaction, so a bad file
 * leaves the library exactly as it was and does not stop the others. Used by the CLI and the app.
 */
public final class LibraryImporter {
    private final ImportService importService;
    private final ReportRepository repository;

    public LibraryImporter(ImportService importService, ReportRepository repository) {
        this.importService = importService;
        this.repository = repository;
    }

    /** What became of one file: the stored reports, or why it failed (shown in the chosen language). */
    public record FileResult(Path file, List<Report> reports, Localized problem) {
        /** A failure whose message has no key (a test's, another library's). */
        public FileResult(Path file, List<Report> reports, String error) {
            this(file, reports, error == null ? null : Localized.verbatim(error));
        }

        static FileResult stored(Path file, List<Report> reports) {
            return new FileResult(file, reports, (Localized) null);
        }

        public boolean ok() {
            return problem == null;
        }

        /** Why it failed, in Chinese (the command line); null if it did not. */
        public String error() {
            return problem == null ? null : problem.chinese();
        }
    }

    /** Progress callback: files done so far, total, the file now being read. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, Path current);
    }

    public List<FileResult> importFiles(List<Path> files, Progress progress) {
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            if (progress != null) {
                progress.update(i, files.size(), f);
            }
            results.add(importFile(f));
        }
        if (progress != null) {
            progress.update(files.size(), files.size(), null);
        }
        return results;
    }

    public FileResult importFile(Path file) {
        if (isJson(file)) {
            return importPortable(file);
        }
        try {
            List<Report> reports = isJson(file) ? readJson(file) : importService.parseFile(file);
            Instant now = Instant.now();
            for (Report r : reports) {
                r.setId(null);
                r.setStatus(ReportStatus.PAST);
                r.setImportedAt(now);
            }
            repository.saveAll(reports);
            return FileResult.stored(file, reports);
        } catch (ImportException e) {
            return new FileResult(file, List.of(), e);
        } catch (StorageException e) {
            return new FileResult(file, List.of(), e);
        } catch (java.io.IOException e) {
            return new FileResult(file, List.of(), Message.of("error.import.unreadable", String.valueOf(file.getFileName()), Localized.reason(e)));
        }
    }

    /** A portable .json keeps its status (a draft stays a draft) and brings its versions along. */
    private FileResult importPortable(Path file) {
        try {
            String json = java.nio.file.Files.readString(file);
            List<org.reportdrafter.storage.PortableJson.Entry> entries =
                    org.reportdrafter.storage.PortableJson.read(json, file.getFileName().toString());
            List<Report> reports = new ArrayList<>();
            repository.storePortable(entries);
            entries.forEach(e -> reports.add(e.report()));
            return FileResult.stored(file, reports);
        } catch (org.reportdrafter.storage.ReportJson.InvalidReportJson e) {
            return new FileResult(file, List.of(), e);
        } catch (java.nio.charset.CharacterCodingException e) {
            return new FileResult(file, List.of(), Message.of("error.import.jsonNotUtf8", String.valueOf(file.getFileName())));
        } catch (java.io.IOException | StorageException e) {
            return new FileResult(file, List.of(), Message.of("error.import.failed", String.valueOf(file.getFileName()), Localized.reason(e)));
        }
    }

    static List<Report> readJson(Path file) throws ImportException, java.io.IOException {
        try {
            return org.reportdrafter.storage.ReportJson.read(java.nio.file.Files.readString(file), file.getFileName().toString());
        } catch (org.reportdrafter.storage.ReportJson.InvalidReportJson e) {
            throw new ImportException(e.getMessage(), e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ImportException(Message.of("error.import.jsonNotUtf8", String.valueOf(file.getFileName())), e);
        }
    }

    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }
}
