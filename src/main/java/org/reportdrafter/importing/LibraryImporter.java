package org.reportdrafter.importing;

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

    /** What became of one file: the stored reports, or the message why it failed. */
    public record FileResult(Path file, List<Report> reports, String error) {
        public boolean ok() {
            return error == null;
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
            return new FileResult(file, reports, null);
        } catch (ImportException e) {
            return new FileResult(file, List.of(), e.getMessage());
        } catch (StorageException e) {
            return new FileResult(file, List.of(), e.getMessage());
        } catch (java.io.IOException e) {
            return new FileResult(file, List.of(), "无法读取文件：" + file.getFileName() + "（" + e.getMessage() + "）");
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
            return new FileResult(file, reports, null);
        } catch (org.reportdrafter.storage.ReportJson.InvalidReportJson e) {
            return new FileResult(file, List.of(), e.getMessage());
        } catch (java.nio.charset.CharacterCodingException e) {
            return new FileResult(file, List.of(), "JSON 文件不是 UTF-8 编码：" + file.getFileName());
        } catch (java.io.IOException | StorageException e) {
            return new FileResult(file, List.of(), "无法导入：" + file.getFileName() + "（" + e.getMessage() + "）");
        }
    }

    static List<Report> readJson(Path file) throws ImportException, java.io.IOException {
        try {
            return org.reportdrafter.storage.ReportJson.read(java.nio.file.Files.readString(file), file.getFileName().toString());
        } catch (org.reportdrafter.storage.ReportJson.InvalidReportJson e) {
            throw new ImportException(e.getMessage(), e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ImportException("JSON 文件不是 UTF-8 编码：" + file.getFileName(), e);
        }
    }

    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }
}
