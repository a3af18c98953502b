package org.reportdrafter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.ExportPreset;

class ExportPresetRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void anOfficePresetIsKeptInTheLibraryAcrossReopening() {
        ExportPreset house = new ExportPreset("某县教育局公文", "方正小标宋_GBK", 22, "仿宋", 16, "黑体", "楷体", true, 28, 37, 35, 28, 26,
                ExportPreset.PageNumbers.CENTER, true, true);
        Path lib = dir.resolve("lib.db");
        try (Database db = Database.open(lib)) {
            new ExportPresetRepository(db).save(house, "/tmp/样本.docx");
        }
        try (Database db = Database.open(lib)) {
            var repo = new ExportPresetRepository(db);
            assertEquals(house, repo.find("某县教育局公文").orElseThrow());
            assertEquals(3, repo.all().size(), "two built in, one stored");
            assertEquals(ExportPreset.STANDARD, repo.find("guobiao").orElseThrow());
            assertTrue(repo.find("没有这个").isEmpty());
            repo.save(house.withSealed(false), null);
            assertEquals(false, repo.find("某县教育局公文").orElseThrow().sealed(), "saving again replaces");
            assertTrue(repo.delete("某县教育局公文"));
            assertTrue(repo.stored().isEmpty());
        }
    }

    @Test
    void builtInNamesAreReserved() {
        try (Database db = Database.open(dir.resolve("lib.db"))) {
            var e = assertThrows(StorageException.class, () -> new ExportPresetRepository(db).save(ExportPreset.STANDARD, null));
            assertTrue(e.getMessage().contains("内置版式"));
        }
    }
}
