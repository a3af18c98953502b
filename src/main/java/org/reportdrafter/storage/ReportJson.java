package org.reportdrafter.storage;

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
import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.NumberingStyle;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.ReportSettings;

/**
 * The JSON form of a report printed by {@code parse} and {@code show}: {@code title, organization,
 * year, kind, preamble, sections, trailer}, each node {@code label, heading, body, children}. Tools
 * outside the project read these names; the extra fields (settings, display labels, clutter counts)
 * let the app read its own output back without loss.
 */
public final class ReportJson {
    /** The text is not a report in this format; the message is for the user. */
    public static final class InvalidReportJson extends Exception {
        public InvalidReportJson(String message) {
            super(message);
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
        o.put("date_of_issue", r.dateOfIssue() == null ? null : r.dateOfIssue().toString());
        o.put("status", r.status().code());
        o.put("clutter_before", r.clutterBefore());
        o.put("clutter_after", r.clutterAfter());
        ObjectNode s = o.putObject("settings");
        s.put("numbering", r.settings().numbering().id());
        s.put("continuous_rank", r.settings().continuousRank());
        s.put("export_preset", r.settings().export().preset());
        s.put("body_font", r.settings().export().bodyFont());
        s.put("title_font", r.settings().export().titleFont());
        s.put("bold_headings", r.settings().export().boldHeadings());
        s.put("date_under_title", r.settings().export().dateUnderTitle());
        strings(s.putArray("disabled_checks"), List.copyOf(r.settings().disabledChecks()));
        if (r.sourceFile() != null) {
            o.put("source_file", r.sourceFile());
        }
        return o;
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
            throw new InvalidReportJson("JSON 格式有误，无法读取：" + sourceName + "（第 "
                    + e.getLocation().getLineNr() + " 行）");
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw new InvalidReportJson("JSON 中没有报告：" + sourceName);
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
            throw new InvalidReportJson("JSON 中没有报告：" + sourceName);
        }
        return out;
    }

    private static Report report(JsonNode o, String sourceName) throws InvalidReportJson {
        if (!o.isObject() || !o.has("sections") && !o.has("title")) {
            throw new InvalidReportJson("JSON 不是报告格式（缺少 title 或 sections）：" + sourceName);
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
                throw new InvalidReportJson("JSON 中的成文日期无法识别：" + date);
            }
        }
        JsonNode s = o.path("settings");
        if (s.isObject()) {
            java.util.Set<String> disabled = new java.util.LinkedHashSet<>();
            s.path("disabled_checks").forEach(x -> disabled.add(x.asText()));
            r.setSettings(new ReportSettings(NumberingStyle.fromId(s.path("numbering").asText(null)),
                    Math.max(0, s.path("continuous_rank").asInt(0)), new ExportOptions(s.path("export_preset").asText(null),
                    s.path("body_font").asText(null), s.path("title_font").asText(null), s.path("bold_headings").asBoolean(false),
                    s.path("date_under_title").asBoolean(false)),
                    disabled));
        }
        for (JsonNode n : o.path("sections")) {
            r.root().addChild(node(n));
        }
        r.setSourceFile(o.path("source_file").asText(sourceName));
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
        } else if (label.isEmpty() && !n.heading().isEmpty()) {
            n.setLabelMode(LabelMode.NONE);
        }
        n.setRankSkip(o.path("rank_skip").asInt(0));
        n.setRunIn(o.path("run_in").asBoolean(false));
        n.setGuidance(o.path("guidance").asBoolean(false));
        for (JsonNode c : o.path("children")) {
            n.addChild(node(c));
        }
        return n;
    }
}
