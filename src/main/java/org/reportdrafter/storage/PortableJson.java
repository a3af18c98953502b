package org.reportdrafter.storage;

import org.reportdrafter.i18n.Message;
import org.reportdrafter.i18n.Localized;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.VersionInfo;

/**
 * A report as one portable .json file: the JSON of {@code parse}/{@code show} with its settings, plus its
 * versions, so a draft passes between clerks by e-mail or USB stick and comes back without loss.
 */
public final class PortableJson {
    public static final String FORMAT = "report-drafter/portable-1";

    private PortableJson() {
    }

    /** A version carried in the file. */
    public record Version(String name, String kind, Instant createdAt, Report content) {
    }

    /** A report and its versions read from a file. */
    public record Entry(Report report, List<Version> versions) {
    }

    public static String write(ReportRepository repo, long reportId) {
        return write(repo, repo.load(reportId).orElseThrow(() -> new StorageException(Message.of("error.storage.noReport", reportId))));
    }

    /**
     * The report as given (the app passes a snapshot of the open report, taken on its window thread) with
     * the versions the library keeps of it.
     */
    public static String write(ReportRepository repo, Report r) {
        long reportId = r.id();
        ObjectNode o = ReportJson.toJson(r);
        o.remove("id");
        o.put("format", FORMAT);
        ArrayNode versions = o.putArray("versions");
        for (VersionInfo v : repo.versions(reportId)) {
            ObjectNode vo = versions.addObject();
            vo.put("name", v.name());
            vo.put("kind", v.kind());
            vo.put("created_at", v.createdAt().toString());
            ObjectNode content = ReportJson.toJson(repo.loadVersion(v.id()).orElseThrow());
            content.remove("id");
            vo.set("report", content);
        }
        try {
            return ReportJson.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new StorageException(Message.of("error.json.write", Localized.reason(e)), e);
        }
    }

    /** Reads a portable file, or any JSON of parse/show (then without versions). */
    public static List<Entry> read(String json, String sourceName) throws ReportJson.InvalidReportJson {
        List<Report> reports = ReportJson.read(json, sourceName);
        JsonNode root;
        try {
            root = ReportJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ReportJson.InvalidReportJson(Message.of("error.json.malformed", sourceName));
        }
        List<JsonNode> objects = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(objects::add);
        } else {
            objects.add(root);
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            List<Version> versions = new ArrayList<>();
            for (JsonNode v : objects.get(i).path("versions")) {
                Report content = ReportJson.read(v.path("report").toString(), sourceName).get(0);
                Instant at;
                try {
                    at = Instant.parse(v.path("created_at").asText());
                } catch (DateTimeParseException e) {
                    throw new ReportJson.InvalidReportJson(Message.of("error.json.badVersionTime", v.path("created_at").asText()));
                }
                versions.add(new Version(v.path("name").asText(""), v.path("kind").asText("imported"), at, content));
            }
            out.add(new Entry(reports.get(i), versions));
        }
        return out;
    }

    /** Stores a read entry as a new report with its versions, in one transaction. */
    public static long store(Database db, ReportRepository repo, Entry e) {
        return db.inTransaction(c -> {
            e.report().setId(null);
            long id = repo.save(e.report());
            // the file lists versions newest first; store oldest first so the order survives equal times
            List<Version> oldestFirst = new ArrayList<>(e.versions());
            java.util.Collections.reverse(oldestFirst);
            for (Version v : oldestFirst) {
                repo.saveVersion(id, v.name(), v.kind(), v.content(), v.createdAt());
            }
            return id;
        });
    }
}
