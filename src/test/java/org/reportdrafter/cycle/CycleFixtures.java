package org.reportdrafter.cycle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.storage.ReportJson;

/**
 * The plan/summary pair of 青山县教育局 2025, read from the report JSON (the .txt beside it is the same
 * text as a clerk would paste it; the JSON keeps these tests independent of the importer's details).
 */
final class CycleFixtures {
    private CycleFixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(CycleFixtures.class.getResource("/fixtures/cycle/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static Report load(String name) {
        try {
            return ReportJson.read(Files.readString(path(name), StandardCharsets.UTF_8), name).get(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Report plan() {
        return load("plan-2025.json");
    }

    static Report summary() {
        return load("summary-2025.json");
    }

    /** The first node whose heading contains the text. */
    static OutlineNode node(Report r, String headingPart) {
        return r.allNodes().stream().filter(n -> n.heading().contains(headingPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + headingPart));
    }
}
