package org.reportdrafter.domain;

import java.time.Instant;

/** One stored version of a report. {@code kind}: auto, named, before-restore or imported. */
public record VersionInfo(long id, long reportId, Instant createdAt, String name, String kind, int chars) {
    public String displayName() {
        String k = switch (kind) {
            case "auto" -> "自动保存";
            case "before-restore" -> "恢复前";
            case "imported" -> "随文件导入";
            default -> "";
        };
        return name.isBlank() ? k : name;
    }
}
