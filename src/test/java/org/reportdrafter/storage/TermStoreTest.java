package org.reportdrafter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.checks.TermList;

class TermStoreTest {
    @TempDir
    Path dir;

    @Test
    void aNewLibraryHasTheJiezhiRuleAndKeepsImportedEntries() {
        try (Database db = Database.open(dir.resolve("lib.db"))) {
            TermStore store = new TermStore(db);
            assertEquals(List.of(new TermList.Wording("截至", "截止", true)), store.load().wordings());
            store.importText("保护：某某实验小学\n用“部署”不用“布署”\n");
            assertThrows(IllegalArgumentException.class, () -> store.importText("保护：甲\n胡乱一行\n"));
        }
        try (Database db = Database.open(dir.resolve("lib.db"))) {
            TermList t = new TermStore(db).load();
            assertEquals(List.of("某某实验小学"), t.protectedTerms(), "a bad file changes nothing");
            assertEquals(2, t.wordings().size());
            assertEquals(t, TermList.parse(new TermStore(db).exportText()));
        }
    }
}
