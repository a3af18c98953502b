package org.reportdrafter.storage;

import org.reportdrafter.i18n.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportdrafter.domain.ExportPreset;

/**
 * Export presets an office keeps in its library (table {@code export_presets}), stored as JSON so a
 * new setting does not need a migration. The built-in presets are not stored and their names are
 * reserved.
 */
public final class ExportPresetRepository {
    private final Database db;

    public ExportPresetRepository(Database db) {
        this.db = db;
    }

    /** Built-in presets first, then the library's own by name. */
    public List<ExportPreset> all() {
        List<ExportPreset> out = new ArrayList<>(ExportPreset.BUILT_IN);
        out.addAll(stored());
        return out;
    }

    public List<ExportPreset> stored() {
        return db.read(c -> {
            List<ExportPreset> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT definition FROM export_presets ORDER BY name");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(fromJson(rs.getString(1)));
                }
            }
            return out;
        });
    }

    /** A preset by name: built in, or from the library. */
    public Optional<ExportPreset> find(String name) {
        ExportPreset builtIn = ExportPreset.builtIn(name);
        if (builtIn != null) {
            return Optional.of(builtIn);
        }
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT definition FROM export_presets WHERE name = ?")) {
                st.setString(1, name == null ? "" : name.strip());
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(fromJson(rs.getString(1))) : Optional.<ExportPreset>empty();
                }
            }
        });
    }

    /** Saves (or replaces) a preset under its name. */
    public void save(ExportPreset p, String sourceFile) {
        if (p.isBuiltIn()) {
            throw new StorageException(Message.of("error.storage.builtInPreset", String.valueOf(p.name())));
        }
        db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO export_presets(name, definition, source_file) VALUES (?, ?, ?) "
                    + "ON CONFLICT(name) DO UPDATE SET definition = excluded.definition, source_file = excluded.source_file")) {
                st.setString(1, p.name());
                st.setString(2, toJson(p));
                st.setString(3, sourceFile);
                st.executeUpdate();
            }
            return null;
        });
    }

    public boolean delete(String name) {
        return db.inTransaction(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM export_presets WHERE name = ?")) {
                st.setString(1, name);
                return st.executeUpdate() > 0;
            }
        });
    }

    static String toJson(ExportPreset p) {
        ObjectNode o = ReportJson.MAPPER.createObjectNode();
        o.put("name", p.name());
        o.put("title_font", p.titleFont());
        o.put("title_pt", p.titlePt());
        o.put("body_font", p.bodyFont());
        o.put("body_pt", p.bodyPt());
        o.put("heading1_font", p.heading1Font());
        o.put("heading2_font", p.heading2Font());
        o.put("bold_headings", p.boldHeadings());
        o.put("line_pitch_pt", p.linePitchPt());
        o.put("top_mm", p.topMm());
        o.put("bottom_mm", p.bottomMm());
        o.put("left_mm", p.leftMm());
        o.put("right_mm", p.rightMm());
        o.put("page_numbers", p.pageNumbers().name());
        o.put("sealed", p.sealed());
        o.put("print_record", p.printRecord());
        // the 版头: written only when the office has set a 标志 (older presets have none)
        if (!p.letterhead().issuerMark().isEmpty()) {
            o.put("issuer_mark", p.letterhead().issuerMark());
            o.put("print_header", p.letterhead().print());
            o.put("upward_mark_80mm", p.letterhead().upwardLow());
        }
        return o.toString();
    }

    static ExportPreset fromJson(String json) throws java.sql.SQLException {
        try {
            JsonNode o = ReportJson.MAPPER.readTree(json);
            ExportPreset d = ExportPreset.STANDARD;
            return new ExportPreset(o.path("name").asText(""), o.path("title_font").asText(d.titleFont()),
                    o.path("title_pt").asDouble(d.titlePt()), o.path("body_font").asText(d.bodyFont()),
                    o.path("body_pt").asDouble(d.bodyPt()), o.path("heading1_font").asText(d.heading1Font()),
                    o.path("heading2_font").asText(d.heading2Font()), o.path("bold_headings").asBoolean(false),
                    o.path("line_pitch_pt").asDouble(d.linePitchPt()), o.path("top_mm").asDouble(d.topMm()),
                    o.path("bottom_mm").asDouble(d.bottomMm()), o.path("left_mm").asDouble(d.leftMm()),
                    o.path("right_mm").asDouble(d.rightMm()), ExportPreset.PageNumbers.parse(o.path("page_numbers").asText(null)),
                    o.path("sealed").asBoolean(false), o.path("print_record").asBoolean(false),
                    new ExportPreset.Letterhead(o.path("print_header").asBoolean(false), o.path("issuer_mark").asText(""),
                            o.path("upward_mark_80mm").asBoolean(false)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new java.sql.SQLException("damaged export preset: " + e.getMessage(), e);
        }
    }
}
