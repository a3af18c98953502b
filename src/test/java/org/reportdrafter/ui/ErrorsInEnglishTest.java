package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.docx.ExportReview;
import org.reportdrafter.importing.ImportException;
import org.reportdrafter.importing.ImportService;
import org.reportdrafter.importing.LibraryImporter;
import org.reportdrafter.storage.Backups;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.SqliteReportRepository;
import org.reportdrafter.storage.StorageException;

/**
 * What the import, the library and the export say when something goes wrong reaches the clerk in the
 * chosen language (dialogs, status bar); the command line, which prints {@code getMessage()}, stays Chinese.
 */
class ErrorsInEnglishTest {
    @TempDir
    Path dir;

    @AfterEach
    void chinese() {
        Texts.setEnglish(false);
    }

    @Test
    void importFailuresAreSaidInTheChosenLanguage() throws Exception {
        Path empty = Files.writeString(dir.resolve("计划.txt"), "");
        ImportException e = assertThrows(ImportException.class, () -> new ImportService().parseFile(empty));
        assertEquals("文件是空的：计划.txt", e.getMessage());
        assertEquals("文件是空的：计划.txt", Texts.error(e));
        Texts.setEnglish(true);
        assertEquals("The file is empty: 计划.txt", Texts.error(e));

        // a file of the import dialog: the summary lists why, in English; the command line's error() is Chinese
        Path broken = Files.write(dir.resolve("坏文件.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        try (Database db = Database.open(dir.resolve("library.db"))) {
            LibraryImporter.FileResult r = new LibraryImporter(new ImportService(), new SqliteReportRepository(db)).importFile(broken);
            assertEquals("文档已损坏或结构异常，无法读取：坏文件.docx", r.error());
            assertEquals("The document is damaged or malformed and cannot be read: 坏文件.docx", Texts.of(r.problem()));
        }
    }

    @Test
    void backupAndRestoreFailuresAreSaidInTheChosenLanguage() throws Exception {
        Path notABackup = Files.writeString(dir.resolve("备份.db"), "这不是资料库");
        StorageException e = assertThrows(StorageException.class, () -> Backups.restore(notABackup, dir.resolve("library.db")));
        assertTrue(e.getMessage().contains("备份.db"), e.getMessage());
        Texts.setEnglish(true);
        String shown = Texts.error(e);
        assertTrue(shown.matches("(Not a valid library backup|Not a Report Drafter library backup|The backup file is damaged).*备份\\.db.*"), shown);
        // a background task wraps the failure: the clerk reads the cause, in English
        assertEquals(shown, Texts.error(new RuntimeException(e.getMessage(), e)));
        // the status bar keeps what failed as a text said anew after a switch
        var said = Texts.said(e);
        Texts.setEnglish(false);
        assertEquals(e.getMessage(), Texts.get("status.backupFailed", said).replace("自动备份失败：", ""));
    }

    @Test
    void exportNotesAreSaidInTheChosenLanguageWithTheReportTextAsWritten() {
        ExportReview review = new ExportReview(List.of("（一）【请填写本单位的主要做法】"), List.of());
        assertEquals(List.of("有 1 处模板提示未填写，已按原样导出（编号与编辑器一致）：（一）【请填写本单位的主要做法】"), review.warnings());
        Texts.setEnglish(true);
        assertEquals("1 template prompt was not filled in and was exported as it is (numbered as in the editor): （一）【请填写本单位的主要做法】",
                Texts.of(review.notes().get(0)));
    }
}
