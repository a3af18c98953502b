package org.reportdrafter.storage;

import org.reportdrafter.i18n.Message;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.DocumentParts;
import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.NumberingStyle;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Provenance;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.PlanLink;
import org.reportdrafter.domain.ReportSettings;
import org.reportdrafter.domain.Table;

/**
 * The JSON form of a report printed by {@code parse} and {@code show}: {@code title, organization,
 * year, kind, preamble, sections, trailer}, each node {@code label, heading, body, children}. Tools
 * outside the project read these names; the extra fields (settings, display labels, clutter counts)
 * let the app read its own output back without loss.
 *
 * <p>This is the one codec of a report: {@code parse}, {@code show}, versions, portable files and the
 * library's JSON columns (settings, provenance, parts, tables) all use it, so a field added here is kept
 * everywhere. ReportCodecTest compares the stored state field by field after a round trip.
 */
public final class ReportJson {
    /** The text is not a report in this format; the message is for the user. */
    public static final class InvalidReportJson extends Exception implements org.reportdrafter.i18n.Localized {
        private final transient org.reportdrafter.i18n.Message said;

        public InvalidReportJson(org.reportdrafter.i18n.Message message) {
            super(message.chinese());
            this.said = message;
        }

        @Override
        public String text(java.util.Locale locale) {
            return said.text(locale);
        }
    }

    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static ObjectNode toJson(Report r) {
        ObjectNode o = MAPPER.createObjectNode();
        if (r.id() != null) {
            o.put("id", r.id());
        }
        o.put("title", r.title());
        o.put("organization", r.organization());
        if (r.year() == null) {
            o.putNull("year");
        } else {
            o.put("year", r.year());
        }
        o.put("kind", r.kind().code());
        strings(o.putArray("preamble"), r.preamble());
        Map<OutlineNode, String> labels = Labeler.labels(r);
        ArrayNode sections = o.putArray("sections");
        for (OutlineNode n : r.sections()) {
            sections.add(node(n, labels));
        }
        strings(o.putArray("trailer"), r.trailer());
        tables(o, r.root().tables());
        parts(o, r.parts(), labels);
        o.put("date_of_issue", r.dateOfIssue() == null ? null : r.dateOfIssue().toString());
        o.put("status", r.status().code());
        o.put("clutter_before", r.clutterBefore());
        o.put("clutter_after", r.clutterAfter());
        settings(o.putObject("settings"), r.settings());
        o.put("source_file", r.sourceFile());
        if (r.importedAt() != null) {
            o.put("imported_at", r.importedAt().toString());
        }
        return o;
    }

    /** The settings object, as in the JSON and in the library's reports.settings column. */
    static String settingsJson(ReportSettings settings) {
        ObjectNode o = MAPPER.createObjectNode();
        settings(o.putObject("settings"), settings);
        return o.get("settings").toString();
    }

    static ReportSettings readSettingsJson(String json) throws java.sql.SQLException {
        try {
            JsonNode s = MAPPER.readTree(json == null || json.isBlank() ? "{}" : json);
            return readSettings(s);
        } catch (JsonProcessingException e) {
            throw new java.sql.SQLException("damaged settings column", e);
        }
    }

    private static void settings(ObjectNode s, ReportSettings settings) {
        s.put("numbering", settings.numbering().id());
        s.put("continuous_rank", settings.continuousRank());
        s.put("export_preset", settings.export().preset());
        s.put("body_font", settings.export().bodyFont());
        s.put("title_font", settings.export().titleFont());
        s.put("bold_headings", settings.export().boldHeadings());
        s.put("date_under_title", settings.export().dateUnderTitle());
        strings(s.putArray("disabled_checks"), List.copyOf(settings.disabledChecks()));
    }

    private static ReportSettings readSettings(JsonNode s) {
        java.util.Set<String> disabled = new java.util.LinkedHashSet<>();
        s.path("disabled_checks").forEach(x -> disabled.add(x.asText()));
        return new ReportSettings(NumberingStyle.fromId(s.path("numbering").asText(null)),
                Math.max(0, s.path("continuous_rank").asInt(0)), new ExportOptions(s.path("export_preset").asText(null),
                s.path("body_font").asText(null), s.path("title_font").asText(null), s.path("bold_headings").asBoolean(false),
                s.path("date_under_title").asBoolean(false)),
                disabled);
    }

    /** Where an inserted section came from (↗), as in the JSON and in the library's nodes.provenance column. */
    static String provenanceJson(Provenance p) {
        return p == null ? null : provenance(p).toString();
    }

    static Provenance readProvenanceJson(String json) throws java.sql.SQLException {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return readProvenance(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new java.sql.SQLException("damaged provenance column", e);
        }
    }

    private static ObjectNode provenance(Provenance p) {
        ObjectNode m = MAPPER.createObjectNode();
        if (p.reportId() == null) {
            m.putNull("report_id");
        } else {
            m.put("report_id", p.reportId());
        }
        m.put("report_title", p.reportTitle());
        m.put("section_path", p.sectionPath());
        m.put("node_uid", p.nodeUid());
        m.put("taken_at", p.takenAt());
        return m;
    }

    private static Provenance readProvenance(JsonNode m) {
        if (m == null || !m.isObject()) {
            return null;
        }
        JsonNode rid = m.path("report_id");
        return new Provenance(rid.isNumber() ? rid.asLong() : null, text(m, "report_title"), text(m, "section_path"),
                text(m, "node_uid"), text(m, "taken_at"));
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void parts(ObjectNode o, DocumentParts p, Map<OutlineNode, String> labels) {
        o.put("genre", p.genre());
        o.put("doc_number", p.docNumber());
        o.put("headline", p.headline());
        strings(o.putArray("title_lines"), p.titleLines());
        strings(o.putArray("wrapper"), p.wrapper());
        o.put("addressee", p.addressee());
        o.put("author", p.author());
        o.put("occasion", p.occasion());
        strings(o.putArray("attachment_notes"), p.attachmentNotes());
        ArrayNode atts = o.putArray("attachments");
        for (Attachment a : p.attachments()) {
            ObjectNode ao = atts.addObject();
            ao.put("name", a.name());
            ao.put("title", a.title());
            ArrayNode secs = ao.putArray("sections");
            for (OutlineNode n : a.sections()) {
                secs.add(node(n, labels));
            }
            strings(ao.putArray("paragraphs"), a.paragraphs());
            tables(ao, a.root().tables());
        }
        strings(o.putArray("signature"), p.signature());
        o.put("date", p.dateText());
        o.put("note", p.note());
        o.put("copy_to", p.copyTo());
        o.put("issued_by", p.issuedBy());
        o.put("issued_on", p.issuedOn());
        // 版头 parts (份号, 密级和保密期限, 紧急程度, 签发人): written only when set, so a report without a
        // 版头 keeps its JSON as before
        putIfSet(o, "doc_serial", p.docSerial());
        putIfSet(o, "secret_level", p.secretLevel());
        putIfSet(o, "urgency", p.urgency());
        putIfSet(o, "signed_off_by", p.signedOffBy());
        if (p.answers() != null) {
            ObjectNode a = o.putObject("answers_plan");
            if (p.answers().reportId() == null) {
                a.putNull("report_id");
            } else {
                a.put("report_id", p.answers().reportId());
            }
            a.put("title", p.answers().title());
            if (p.answers().year() == null) {
                a.putNull("year");
            } else {
                a.put("year", p.answers().year());
            }
            a.put("source_file", p.answers().sourceFile());
        }
    }

    /** The parts alone, as stored in the library's reports.parts column. */
    static String partsJson(DocumentParts p) {
        ObjectNode o = MAPPER.createObjectNode();
        parts(o, p, Map.of());
        return o.toString();
    }

    static DocumentParts readPartsJson(String json) throws java.sql.SQLException {
        try {
            return readParts(MAPPER.readTree(json == null ? "{}" : json));
        } catch (JsonProcessingException e) {
            throw new java.sql.SQLException("damaged parts column", e);
        }
    }

    static String tablesJson(List<Table> tables) {
        ObjectNode o = MAPPER.createObjectNode();
        tables(o, tables);
        JsonNode a = o.path("tables");
        return a.isArray() ? a.toString() : "[]";
    }

    static List<Table> readTablesJson(String json) throws java.sql.SQLException {
        if (json == null || json.equals("[]")) {
            return List.of(); // most items have no table: a parser per row was a tenth of a report's load
        }
        try {
            ObjectNode o = MAPPER.createObjectNode();
            o.set("tables", MAPPER.readTree(json));
            return readTables(o);
        } catch (JsonProcessingException e) {
            throw new java.sql.SQLException("damaged tables column", e);
        }
    }

    private static void tables(ObjectNode o, List<Table> tables) {
        if (tables.isEmpty()) {
            return;
        }
        ArrayNode a = o.putArray("tables");
        for (Table t : tables) {
            ObjectNode to = a.addObject();
            ArrayNode rows = to.putArray("rows");
            for (List<String> row : t.rows()) {
                strings(rows.addArray(), row);
            }
            to.put("header_rows", t.headerRows());
            to.put("position", t.position());
        }
    }

    private static List<Table> readTables(JsonNode o) {
        List<Table> out = new java.util.ArrayList<>();
        for (JsonNode t : o.path("tables")) {
            List<List<String>> rows = new java.util.ArrayList<>();
            for (JsonNode row : t.path("rows")) {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(c -> cells.add(c.asText("")));
                rows.add(cells);
            }
            out.add(new Table(rows, t.path("header_rows").asInt(0), t.path("position").asInt(0)));
        }
        return out;
    }

    private static DocumentParts readParts(JsonNode o) {
        DocumentParts p = new DocumentParts();
        p.setGenre(o.path("genre").asText(""));
        p.setDocNumber(o.path("doc_number").asText(""));
        p.setHeadline(o.path("headline").asText(""));
        o.path("title_lines").forEach(x -> p.titleLines().add(x.asText()));
        o.path("wrapper").forEach(x -> p.wrapper().add(x.asText()));
        p.setAddressee(o.path("addressee").asText(""));
        p.setAuthor(o.path("author").asText(""));
        p.setOccasion(o.path("occasion").asText(""));
        o.path("attachment_notes").forEach(x -> p.attachmentNotes().add(x.asText()));
        for (JsonNode ao : o.path("attachments")) {
            Attachment a = new Attachment(ao.path("name").asText(""), ao.path("title").asText(""));
            ao.path("paragraphs").forEach(x -> a.paragraphs().add(x.asText()));
            for (JsonNode n : ao.path("sections")) {
                a.root().addChild(node(n));
            }
            a.root().setTables(readTables(ao));
            p.attachments().add(a);
        }
        o.path("signature").forEach(x -> p.signature().add(x.asText()));
        p.setDateText(o.path("date").asText(""));
        p.setNote(o.path("note").asText(""));
        p.setCopyTo(o.path("copy_to").asText(""));
        p.setIssuedBy(o.path("issued_by").asText(""));
        p.setIssuedOn(o.path("issued_on").asText(""));
        p.setDocSerial(o.path("doc_serial").asText(""));
        p.setSecretLevel(o.path("secret_level").asText(""));
        p.setUrgency(o.path("urgency").asText(""));
        p.setSignedOffBy(o.path("signed_off_by").asText(""));
        JsonNode a = o.path("answers_plan");
        if (a.isObject()) {
            p.setAnswers(new PlanLink(a.hasNonNull("report_id") ? a.path("report_id").asLong() : null, a.path("title").asText(""),
                    a.hasNonNull("year") ? a.path("year").asInt() : null, a.path("source_file").asText("")));
        }
        return p;
    }

    private static ObjectNode node(OutlineNode n, Map<OutlineNode, String> labels) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("label", n.sourceLabel());
        o.put("heading", n.heading());
        strings(o.putArray("body"), n.body());
        ArrayNode kids = o.putArray("children");
        for (OutlineNode c : n.children()) {
            kids.add(node(c, labels));
        }
        o.put("display_label", labels.getOrDefault(n, ""));
        o.put("uid", n.uid());
        o.put("label_mode", n.labelMode().name());
        if (n.rankSkip() > 0) {
            o.put("rank_skip", n.rankSkip());
        }
        if (n.runIn()) {
            o.put("run_in", true);
        }
        if (n.guidance()) {
            o.put("guidance", true);
        }
        if (n.provenance() != null) {
            o.set("provenance", provenance(n.provenance()));
        }
        tables(o, n.tables());
        return o;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    public static String write(List<Report> reports) {
        ArrayNode a = MAPPER.createArrayNode();
        reports.forEach(r -> a.add(toJson(r)));
        return pretty(a);
    }

    public static String write(Report report) {
        return pretty(toJson(report));
    }

    private static String pretty(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a JSON object or array of objects in this format. */
    public static List<Report> read(String json, String sourceName) throws InvalidReportJson {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidReportJson(Message.of("error.json.syntax", String.valueOf(sourceName), e.getLocation().getLineNr()));
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw new InvalidReportJson(Message.of("error.json.noReport", String.valueOf(sourceName)));
        }
        List<Report> out = new java.util.ArrayList<>();
        if (root.isArray()) {
            for (JsonNode n : root) {
                out.add(report(n, sourceName));
            }
        } else {
            out.add(report(root, sourceName));
        }
        if (out.isEmpty()) {
            throw new InvalidReportJson(Message.of("error.json.noReport", String.valueOf(sourceName)));
        }
        return out;
    }

    private static Report report(JsonNode o, String sourceName) throws InvalidReportJson {
        if (!o.isObject() || !o.has("sections") && !o.has("title")) {
            throw new InvalidReportJson(Message.of("error.json.notReport", String.valueOf(sourceName)));
        }
        Report r = new Report();
        r.setTitle(o.path("title").asText(""));
        r.setOrganization(o.path("organization").asText(""));
        r.setYear(o.path("year").isInt() ? o.path("year").asInt() : null);
        r.setKind(ReportKind.fromCode(o.path("kind").asText("other")));
        o.path("preamble").forEach(p -> r.preamble().add(p.asText()));
        o.path("trailer").forEach(p -> r.trailer().add(p.asText()));
        r.setClutterBefore(o.path("clutter_before").asInt(0));
        if (o.hasNonNull("status")) {
            r.setStatus(org.reportdrafter.domain.ReportStatus.fromCode(o.path("status").asText()));
        }
        r.setClutterAfter(o.path("clutter_after").asInt(0));
        String date = o.path("date_of_issue").asText(null);
        if (date != null && !date.isBlank()) {
            try {
                r.setDateOfIssue(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new InvalidReportJson(Message.of("error.json.badDate", String.valueOf(date)));
            }
        }
        JsonNode s = o.path("settings");
        if (s.isObject()) {
            r.setSettings(readSettings(s));
        }
        for (JsonNode n : o.path("sections")) {
            r.root().addChild(node(n));
        }
        r.root().setTables(readTables(o));
        r.setParts(readParts(o));
        // a report written by the app says where it came from (null: typed in the app); other JSON is named after its file
        r.setSourceFile(o.has("source_file") ? text(o, "source_file") : sourceName);
        String imported = o.path("imported_at").asText(null);
        if (imported != null && !imported.isBlank()) {
            try {
                r.setImportedAt(java.time.Instant.parse(imported));
            } catch (DateTimeParseException e) {
                throw new InvalidReportJson(Message.of("error.json.badImported", String.valueOf(imported)));
            }
        }
        return r;
    }

    private static OutlineNode node(JsonNode o) {
        OutlineNode n = new OutlineNode(o.path("heading").asText(""));
        if (o.hasNonNull("uid")) {
            n.setUid(o.path("uid").asText());
        }
        String label = o.path("label").asText("");
        n.setSourceLabel(label);
        o.path("body").forEach(p -> n.body().add(p.asText()));
        if (o.has("label_mode")) {
            n.setLabelMode(LabelMode.fromName(o.path("label_mode").asText()));
        } else if (label.matches("[一二三四五六七八九十]+是")) {
            n.setLabelMode(LabelMode.SHI);
        } else if (label.matches("[一二三四五六七八九十]+要")) {
            n.setLabelMode(LabelMode.YAO);
        } else if (label.matches("第[一二三四五六七八九十]+[，,]")) {
            n.setLabelMode(LabelMode.DI);
        } else if (label.isEmpty() && !n.heading().isEmpty()) {
            n.setLabelMode(LabelMode.NONE);
        }
        n.setRankSkip(o.path("rank_skip").asInt(0));
        n.setRunIn(o.path("run_in").asBoolean(false));
        n.setGuidance(o.path("guidance").asBoolean(false));
        n.setProvenance(readProvenance(o.get("provenance")));
        n.setTables(readTables(o));
        for (JsonNode c : o.path("children")) {
            n.addChild(node(c));
        }
        return n;
    }

    private static void putIfSet(ObjectNode o, String field, String value) {
        if (!value.isEmpty()) {
            o.put(field, value);
        }
    }
}
