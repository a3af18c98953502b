package org.reportdrafter.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.reportdrafter.domain.Report;
import org.reportdrafter.importing.ImportException;
import org.reportdrafter.importing.ImportService;
import org.reportdrafter.storage.ReportJson;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.SqliteReportRepository;

/** A SOURCE of export and check: a library report id, or a .txt/.docx/.doc/.json file parsed as parse does. */
final class Sources {
    private Sources() {
    }

    static List<Report> load(String source, LibraryOption library) throws ImportException {
        Path file = Path.of(source);
        if (Files.isRegularFile(file)) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                try {
                    return ReportJson.read(Files.readString(file), file.getFileName().toString());
                } catch (ReportJson.InvalidReportJson e) {
                    throw new ImportException(e.getMessage(), e);
                } catch (CharacterCodingException e) {
                    throw new ImportException("JSON 文件不是 UTF-8 编码：" + file.getFileName());
                } catch (IOException e) {
                    throw new ImportException("无法读取文件：" + file.getFileName() + "（" + e.getMessage() + "）");
                }
            }
            return new ImportService().parseFile(file);
        }
        if (source.matches("[0-9]{1,18}")) {
            try (Database db = library.open()) {
                return List.of(new SqliteReportRepository(db).load(Long.parseLong(source)).orElseThrow(
                        () -> new ImportException("资料库中没有编号为 " + source + " 的报告")));
            }
        }
        throw new ImportException("找不到文件，也不是资料库中的报告编号：" + source);
    }
}
