package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldersTest {
    @TempDir
    Path dir;
    private String before;

    @BeforeEach
    void ownSettings() {
        before = System.getProperty("reportdrafter.prefs");
        System.setProperty("reportdrafter.prefs", "folders-test");
    }

    @AfterEach
    void dropSettings() throws Exception {
        PaneSizes.userNode("org/reportdrafter/ui/folders").removeNode();
        if (before == null) {
            System.clearProperty("reportdrafter.prefs");
        } else {
            System.setProperty("reportdrafter.prefs", before);
        }
    }

    @Test
    void theDocumentsFolderOfAnEnglishOrAChineseDesktopElseHome() throws Exception {
        assertEquals(dir, Folders.documentsFolder(dir));
        Files.createDirectory(dir.resolve("文档"));
        assertEquals(dir.resolve("文档"), Folders.documentsFolder(dir));
        Files.createDirectory(dir.resolve("Documents"));
        assertEquals(dir.resolve("Documents"), Folders.documentsFolder(dir));
    }

    @Test
    void eachKindOfWorkOpensWhereItWasLastDone() throws Exception {
        Path exports = Files.createDirectories(dir.resolve("公文/2027"));
        Path imports = Files.createDirectories(dir.resolve("往年材料"));
        Folders.remember(Folders.EXPORTS, exports.resolve("某县教育局2027年工作要点.docx").toFile());
        Folders.remember(Folders.DOCUMENTS, imports.resolve("2025年工作总结.doc").toFile());
        assertEquals(exports.toFile(), Folders.initial(Folders.EXPORTS));
        assertEquals(imports.toFile(), Folders.initial(Folders.DOCUMENTS));
        // a folder since removed (a USB stick taken out): the documents folder again, not a chooser that fails
        Files.delete(exports);
        File fallback = Folders.documentsFolder(Path.of(System.getProperty("user.home"))).toFile();
        assertEquals(fallback, Folders.initial(Folders.EXPORTS));
        assertEquals(fallback, Folders.initial(Folders.BACKUPS), "never used: the documents folder");
    }
}
