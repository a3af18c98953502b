package org.reportdrafter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aDocumentIsReadableByOthersOrKeepsThePermissionsOfTheFileItReplaces() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null);
        Path json = dir.resolve("要点.json");
        AtomicFiles.writeDocument(json, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        // a file the clerk passes on, like the Word export: not the temporary file's private mode
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(json)));
        Files.setPosixFilePermissions(json, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.writeDocument(json, out -> out.write("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(json)),
                "a file replaced keeps the permissions its owner gave it");
        Path recovery = dir.resolve("恢复.json");
        AtomicFiles.write(recovery, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(recovery)),
                "library files (recovery, backups) stay private");
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path f = dir.resolve("报告.docx");
        AtomicFiles.write(f, out -> out.write("旧内容".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("新内容的一半".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("旧内容", Files.readString(f));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
        AtomicFiles.write(f, out -> out.write("新内容".getBytes(StandardCharsets.UTF_8)));
        assertEquals("新内容", Files.readString(f));
    }
}
