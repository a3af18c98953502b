package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.VersionDiff;
import org.reportdrafter.domain.VersionInfo;
import org.reportdrafter.importing.ImportService;
import org.reportdrafter.importing.LibraryImporter;
import org.reportdrafter.storage.AppState;
import org.reportdrafter.storage.Database;
import org.reportdrafter.storage.PortableJson;
import org.reportdrafter.storage.SqliteReportRepository;

class VersionsTest {
    @TempDir
    Path dir;
    Database db;
    ScheduledExecutorService timer;
    LibraryViewModel vm;
    Instant now = Instant.parse("2026-11-24T02:00:00Z");
    final ZoneId zone = ZoneId.of("Asia/Shanghai");

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.db"));
        timer = Executors.newSingleThreadScheduledExecutor();
        vm = new LibraryViewModel(new SqliteReportRepository(db), new AppState(db), Runnable::run, Runnable::run, timer);
        vm.setClock(new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
    }

    @AfterEach
    void close() {
        timer.shutdownNow();
        db.close();
    }

    private OutlineEditorViewModel draft() {
        return vm.createFromTemplate(vm.templateChoices().get(0), "某县教育局", 2026);
    }

    private void type(OutlineEditorViewModel ed, String text) {
        ed.setBody(ed.report().sections().get(0), text);
        vm.saveNow();
    }

    @Test
    void automaticVersionsAtMostEveryTenMinutesAndEachNewDay() {
        OutlineEditorViewModel ed = draft();
        type(ed, "第一稿。");
        assertEquals(1, vm.versions().size(), "the first save of an editing session");
        now = now.plusSeconds(300);
        type(ed, "第二稿。");
        assertEquals(1, vm.versions().size(), "not again within ten minutes");
        now = now.plusSeconds(301);
        type(ed, "第三稿。");
        assertEquals(2, vm.versions().size());
        now = Instant.parse("2026-11-24T15:55:00Z"); // 23:55 in Shanghai
        type(ed, "第四稿。");
        now = Instant.parse("2026-11-24T16:01:00Z"); // 00:01 the next day, six minutes later
        type(ed, "第五稿。");
        assertEquals(4, vm.versions().size(), "one at the start of each day of editing");
        assertTrue(vm.versions().stream().allMatch(v -> v.kind().equals("auto")));
    }

    @Test
    void namedVersionsCompareAndRestoreWhichCanBeUndone() {
        OutlineEditorViewModel ed = draft();
        type(ed, "以新思想为指导。");
        vm.saveNamedVersion("送审稿");
        VersionInfo named = vm.versions().get(0);
        assertEquals("送审稿", named.displayName());
        now = now.plusSeconds(60);
        type(ed, "以新时代思想为指导，办好教育。");
        List<VersionDiff.SectionDiff> diff = VersionDiff.compare(vm.loadVersion(named.id()), vm.current());
        VersionDiff.SectionDiff changed = diff.stream().filter(d -> d.change() == VersionDiff.Change.CHANGED).findFirst().orElseThrow();
        assertTrue(changed.path().startsWith("一、指导思想"));
        assertTrue(changed.segments().stream().anyMatch(s -> s.op() == VersionDiff.Op.INSERTED && s.text().contains("时代")));
        assertTrue(changed.segments().stream().anyMatch(s -> s.op() == VersionDiff.Op.SAME && s.text().contains("思想为指导")));

        OutlineEditorViewModel restored = vm.restoreVersion(named.id());
        assertEquals("以新思想为指导。", restored.report().sections().get(0).body().get(0));
        VersionInfo before = vm.versions().stream().filter(v -> v.kind().equals("before-restore")).findFirst().orElseThrow();
        assertEquals("以新时代思想为指导，办好教育。", vm.loadVersion(before.id()).sections().get(0).body().get(0));
        OutlineEditorViewModel back = vm.restoreVersion(before.id());
        assertEquals("以新时代思想为指导，办好教育。", back.report().sections().get(0).body().get(0));
    }

    @Test
    void versionsSurviveDuplicateExportAndReimportAsPortableJson() throws Exception {
        OutlineEditorViewModel ed = draft();
        type(ed, "第一稿。");
        vm.saveNamedVersion("送审稿");
        long id = ed.report().id();
        Path out = dir.resolve("out.docx");
        vm.export(out);
        assertEquals(2, vm.versions().size(), "exporting keeps the versions");
        long copy = vm.duplicate(id);
        assertEquals(2, vm.repository().versions(copy).size());

        Path json = dir.resolve("某县教育局2026年工作要点.json");
        Files.writeString(json, PortableJson.write(vm.repository(), id));
        Database other = Database.open(dir.resolve("colleague/library.db"));
        try (other) {
            SqliteReportRepository repo = new SqliteReportRepository(other);
            var result = new LibraryImporter(new ImportService(), repo).importFile(json);
            assertTrue(result.ok(), result.error());
            Report mine = vm.repository().load(id).orElseThrow();
            Report theirs = repo.load(repo.list().get(0).id()).orElseThrow();
            theirs.setSourceFile(mine.sourceFile()); // where it came from is recorded, as for any import
            assertEquals(org.reportdrafter.storage.ReportJson.write(mine).replaceAll("\"id\" : [^,\\n]*,?\\n", ""),
                    org.reportdrafter.storage.ReportJson.write(theirs).replaceAll("\"id\" : [^,\\n]*,?\\n", ""),
                    "nothing lost: text, structure, settings, uids");
            assertEquals(mine.status(), theirs.status(), "a draft stays a draft");
            List<VersionInfo> versions = repo.versions(theirs.id());
            assertEquals(2, versions.size());
            assertEquals("送审稿", versions.get(0).name());
            OutlineNode first = repo.loadVersion(versions.get(0).id()).orElseThrow().sections().get(0);
            assertEquals("第一稿。", first.body().get(0));
        }
    }
}
