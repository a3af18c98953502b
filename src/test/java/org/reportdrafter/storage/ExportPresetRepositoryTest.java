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
    void theOfficesLetterheadIsKeptWithItsPreset() {
        ExportPreset red = ExportPreset.STANDARD.withName("红头文件")
                .withLetterhead(new ExportPreset.Letterhead(true, "某县教育局文件", true));
        ExportPreset unprinted = ExportPreset.COMMON.withName("普通件")
                .withLetterhead(new ExportPreset.Letterhead(false, "某县教育局文件", false));
        Path lib = dir.resolve("lib.db");
        try (Database db = Database.open(lib)) {
            new ExportPresetRepository(db).save(red, null);
            new ExportPresetRepository(db).save(unprinted, null);
        }
        try (Database db = Database.open(lib)) {
            var repo = new ExportPresetRepository(db);
            ExportPreset back = repo.find("红头文件").orElseThrow();
            assertEquals("某县教育局文件", back.letterhead().issuerMark());
            assertTrue(back.letterhead().print(), "printed");
            assertTrue(back.letterhead().upwardLow(), "80 mm for upward documents, as this office asks");
            assertEquals(red, back);
            ExportPreset plain = repo.find("普通件").orElseThrow();
            assertEquals("某县教育局文件", plain.letterhead().issuerMark(), "the 标志 is remembered when the 版头 is off");
            assertEquals(false, plain.letterhead().print());
        }
    }

    @Test
    void aPresetStoredBeforeLetterheadsHasNone() throws Exception {
        String old = "{\"name\":\"旧版式\",\"title_font\":\"方正小标宋简体\",\"title_pt\":22,\"body_font\":\"仿宋\",\"body_pt\":16,"
                + "\"line_pitch_pt\":28,\"top_mm\":37,\"bottom_mm\":35,\"left_mm\":28,\"right_mm\":26,\"page_numbers\":\"CENTER\"}";
        ExportPreset p = ExportPresetRepository.fromJson(old);
        assertEquals(ExportPreset.Letterhead.NONE, p.letterhead());
    }

    @Test
    void builtInNamesAreReserved() {
        try (Database db = Database.open(dir.resolve("lib.db"))) {
            var e = assertThrows(StorageException.class, () -> new ExportPresetRepository(db).save(ExportPreset.STANDARD, null));
            assertTrue(e.getMessage().contains("内置版式"));
        }
    }
}
