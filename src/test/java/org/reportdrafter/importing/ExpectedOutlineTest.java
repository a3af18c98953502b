package org.reportdrafter.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.TestAbortedException;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.DocumentParts;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.Table;

/**
 * What a careful clerk writes down for each document, compared with what the importer reads.
 *
 * <p>The expectations were written by reading the documents, never from the parser's output:
 * {@code src/test/resources/corpus-expected/<stem>.json} for the pages of {@code ../shared/corpus}
 * (files {@code rNN} live in its {@code real/} folder; skipped when the corpus is absent) and
 * {@code src/test/resources/fixtures/shapes/<name>.expected.json} beside {@code <name>.txt} for the
 * shapes of issue 10 (never skipped). Each file is an array, one object per document a clerk sees on
 * the page. Only the fields present are checked:
 * <ul>
 * <li>{@code title, genre, organization, headline, author, occasion, addressee, date, doc_number,
 *     note_text (→ parts.note), copy_to, issued_by, issued_on}: a string, or an array of accepted strings;
 * <li>{@code year} (int or null), {@code kind} (code), {@code signature} (lines);
 * <li>{@code wrapper_prefix}: the first paragraph of the wrapping notice starts with it;
 * <li>{@code sections}: the top-level items in order, each {@code label} (as in the source),
 *     {@code heading} or {@code heading_prefix} (how the item's heading, or its first paragraph when the
 *     heading is empty, begins), {@code children} (direct child items), and optionally
 *     their own {@code sections} (the child items, same form) where a deeper level is a known trap;
 * <li>{@code tables}: tables in the body (any node); {@code table_rows}: their row counts in order;
 * <li>{@code attachments}, {@code attachment_notes}: counts; {@code attachment_list}: per attachment
 *     {@code name, title, tables, sections};
 * <li>{@code closing}: starts of closing paragraphs after the last section: present in the document
 *     (body or trailer) but inside no top-level section;
 * <li>{@code in_body}: substrings that must occur in the body: the outline's text (root body, headings,
 *     bodies and table cells of every node) or the document's own preamble before the first section;
 * <li>{@code not_in_body}: substrings that must not occur in the outline's text;
 * <li>{@code not_in_text}: substrings that must occur neither in the outline nor in the document's own
 *     preamble or trailer: site furniture (kept apart as clutter) and parts that are fields of the
 *     report (wrapper, 附件说明, attachments, 落款, 版记) or belong to another document on the page.
 * </ul>
 * Text is compared after folding full-width ASCII forms to half-width (，→, （→( ．→.) and removing
 * white space; 、 and 。 stay distinct, and so do ⒈ and 1. Every mismatch of a document is reported
 * in one message so the work list is complete.
 */
class ExpectedOutlineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TEXT_FIELDS = {"title", "genre", "organization", "headline", "author", "occasion",
        "addressee", "date", "doc_number", "note_text", "copy_to", "issued_by", "issued_on"};

    /** Outcome per document, printed at the end: surefire's report names dynamic tests only by their factory. */
    private static final Map<String, String> OUTCOMES = new ConcurrentSkipListMap<>();

    @AfterAll
    static void printOutcomes() {
        long passed = OUTCOMES.values().stream().filter("ok"::equals).count();
        StringBuilder sb = new StringBuilder("ExpectedOutlineTest: " + passed + " of " + OUTCOMES.size() + " exact\n");
        OUTCOMES.forEach((k, v) -> sb.append("  ").append(v.equals("ok") ? "ok    " : v.startsWith("skipped") ? "skip  " : "FAIL  ")
                .append(k).append(v.equals("ok") ? "" : "  (" + v + ")").append('\n'));
        System.out.print(sb);
    }

    private static Executable recorded(String name, Executable body) {
        return () -> {
            try {
                body.execute();
                OUTCOMES.put(name, "ok");
            } catch (TestAbortedException e) {
                OUTCOMES.put(name, "skipped: " + e.getMessage());
                throw e;
            } catch (Throwable t) {
                String m = String.valueOf(t.getMessage());
                int nl = m.indexOf('\n', m.indexOf('\n') + 1);
                OUTCOMES.put(name, (nl < 0 ? m : m.substring(0, nl)).replace('\n', ' ').strip());
                throw t;
            }
        };
    }

    @TestFactory
    Stream<DynamicNode> corpusPages() throws IOException {
        Path corpus = Fixtures.corpus();
        List<DynamicNode> out = new ArrayList<>();
        for (Path expected : list(resourceDir("/corpus-expected"), ".json")) {
            String stem = stem(expected, ".json");
            Supplier<Path> source = () -> {
                assumeTrue(corpus != null, "shared corpus not present");
                Path p = stem.matches("r\\d+") ? corpus.resolve("real").resolve(stem + ".txt") : corpus.resolve(stem + ".txt");
                assumeTrue(Files.isRegularFile(p), "corpus file not present: " + p);
                return p;
            };
            out.add(container(stem, expected, source));
        }
        assertTrue(out.size() >= 23, "expectation files for every corpus page");
        return out.stream();
    }

    @TestFactory
    Stream<DynamicNode> shapeFixtures() throws IOException {
        Path dir = resourceDir("/fixtures/shapes");
        List<DynamicNode> out = new ArrayList<>();
        for (Path expected : list(dir, ".expected.json")) {
            String name = stem(expected, ".expected.json");
            Path source = dir.resolve(name + ".txt");
            assertTrue(Files.isRegularFile(source), "fixture beside its expectation: " + source);
            out.add(container(name, expected, () -> source));
        }
        assertTrue(out.size() >= 13, "a fixture for every shape of issue 10");
        return out.stream();
    }

    // ---------------------------------------------------------------------------------------------

    private DynamicContainer container(String name, Path expectedFile, Supplier<Path> source) throws IOException {
        JsonNode expected = JSON.readTree(Files.readString(expectedFile));
        assertTrue(expected.isArray() && expected.size() > 0, "expectation file is a non-empty array: " + expectedFile);
        Parsed parsed = new Parsed(source);
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest(name + ": document count", recorded(name + " #0 document count", () ->
                assertEquals(expected.size(), parsed.get().size(), name + ": documents on the page; actual titles: "
                        + parsed.get().stream().map(Report::title).toList()))));
        for (int i = 0; i < expected.size(); i++) {
            int index = i;
            JsonNode exp = expected.get(i);
            String display = name + " #" + (i + 1) + " " + exp.path("title").asText(exp.path("title").toString());
            String key = String.format("%s #%d", name, index + 1);
            tests.add(DynamicTest.dynamicTest(display, recorded(key, () -> {
                List<Report> reports = parsed.get();
                if (index >= reports.size()) {
                    fail(name + " #" + (index + 1) + ": missing document (importer gave " + reports.size() + ")");
                }
                List<String> problems = compare(exp, reports.get(index));
                // A known gap names a mismatch the importer does not solve yet; it shows as skipped with
                // the mismatch, never as passed, and fails once solved so the note cannot go stale.
                List<String> gaps = strings(exp.path("known_gaps"));
                if (!gaps.isEmpty()) {
                    List<String> known = problems.stream().filter(p -> gaps.stream().anyMatch(p::startsWith)).toList();
                    if (known.isEmpty()) {
                        fail(name + " #" + (index + 1) + ": known gap " + gaps + " is solved now: remove it from the expectation");
                    }
                    problems = new ArrayList<>(problems);
                    problems.removeAll(known);
                    if (problems.isEmpty()) {
                        org.junit.jupiter.api.Assumptions.abort("known gap: " + String.join("; ", known));
                    }
                }
                if (!problems.isEmpty()) {
                    fail(name + " #" + (index + 1) + " «" + reports.get(index).title() + "»: " + problems.size()
                            + " mismatch(es)\n  " + String.join("\n  ", problems));
                }
            })));
        }
        return DynamicContainer.dynamicContainer(name, tests);
    }

    /** Parses once per file, on first use, so a missing corpus skips rather than fails. */
    private static final class Parsed {
        private final Supplier<Path> source;
        private List<Report> reports;

        Parsed(Supplier<Path> source) {
            this.source = source;
        }

        List<Report> get() {
            if (reports == null) {
                Path p = source.get();
                try {
                    reports = new ImportService().parseFile(p);
                } catch (ImportException e) {
                    fail("import failed for " + p + ": " + e.getMessage(), e);
                }
            }
            return reports;
        }
    }

    static List<String> compare(JsonNode exp, Report r) {
        List<String> problems = new ArrayList<>();
        DocumentParts p = r.parts();
        for (String field : TEXT_FIELDS) {
            if (exp.has(field)) {
                checkText(problems, field, exp.get(field), textField(field, r));
            }
        }
        if (exp.has("year")) {
            Integer want = exp.get("year").isNull() ? null : exp.get("year").asInt();
            if (!java.util.Objects.equals(want, r.year())) {
                problems.add("year: expected " + want + ", actual " + r.year());
            }
        }
        if (exp.has("kind") && !exp.get("kind").asText().equals(r.kind().code())) {
            problems.add("kind: expected " + exp.get("kind").asText() + ", actual " + r.kind().code());
        }
        if (exp.has("signature")) {
            List<String> want = strings(exp.get("signature"));
            if (!normAll(want).equals(normAll(p.signature()))) {
                problems.add("signature: expected " + want + ", actual " + p.signature());
            }
        }
        if (exp.has("wrapper_prefix")) {
            String want = exp.get("wrapper_prefix").asText();
            if (p.wrapper().isEmpty() || !norm(p.wrapper().get(0)).startsWith(norm(want))) {
                problems.add("wrapper: expected to start with «" + want + "», actual " + abbreviate(p.wrapper()));
            }
        }
        if (exp.has("sections")) {
            compareSections(problems, "sections", exp.get("sections"), r.sections());
        }
        List<Table> bodyTables = tables(r.root());
        if (exp.has("tables") && exp.get("tables").asInt() != bodyTables.size()) {
            problems.add("tables: expected " + exp.get("tables").asInt() + ", actual " + bodyTables.size());
        }
        if (exp.has("table_rows")) {
            List<Integer> want = new ArrayList<>();
            exp.get("table_rows").forEach(n -> want.add(n.asInt()));
            List<Integer> actual = bodyTables.stream().map(t -> t.rows().size()).toList();
            if (!want.equals(actual)) {
                problems.add("table_rows: expected " + want + ", actual " + actual);
            }
        }
        if (exp.has("attachments") && exp.get("attachments").asInt() != p.attachments().size()) {
            problems.add("attachments: expected " + exp.get("attachments").asInt() + ", actual " + p.attachments().size()
                    + " " + p.attachments().stream().map(a -> a.name() + " " + a.title()).toList());
        }
        if (exp.has("attachment_notes") && exp.get("attachment_notes").asInt() != p.attachmentNotes().size()) {
            problems.add("attachment_notes: expected " + exp.get("attachment_notes").asInt() + ", actual "
                    + p.attachmentNotes().size() + " " + p.attachmentNotes());
        }
        if (exp.has("attachment_list")) {
            compareAttachments(problems, exp.get("attachment_list"), p.attachments());
        }
        String outline = norm(text(r.root()));
        String preamble = norm(String.join("\n", r.documentPreamble()));
        String trailer = norm(String.join("\n", r.documentTrailer()));
        if (exp.has("closing")) {
            String home = outline + trailer;
            List<String> inSections = r.sections().stream().map(s -> norm(text(s))).toList();
            for (String c : strings(exp.get("closing"))) {
                String n = norm(c);
                if (!home.contains(n)) {
                    problems.add("closing «" + c + "»: not in the body or trailer (lost or hidden)");
                }
                for (int i = 0; i < inSections.size(); i++) {
                    if (inSections.get(i).contains(n)) {
                        problems.add("closing «" + c + "»: inside top-level section " + (i + 1) + " «"
                                + r.sections().get(i).heading() + "»");
                    }
                }
            }
        }
        if (exp.has("in_body")) {
            for (String s : strings(exp.get("in_body"))) {
                if (!outline.contains(norm(s)) && !preamble.contains(norm(s))) {
                    problems.add("in_body: «" + s + "» missing from the body");
                }
            }
        }
        if (exp.has("not_in_body")) {
            for (String s : strings(exp.get("not_in_body"))) {
                if (outline.contains(norm(s))) {
                    problems.add("not_in_body: «" + s + "» found in the outline");
                }
            }
        }
        if (exp.has("not_in_text")) {
            for (String s : strings(exp.get("not_in_text"))) {
                String n = norm(s);
                if (outline.contains(n)) {
                    problems.add("not_in_text: «" + s + "» found in the outline");
                } else if (preamble.contains(n) || trailer.contains(n)) {
                    problems.add("not_in_text: «" + s + "» found in the document's preamble/trailer (not clutter, not a field)");
                }
            }
        }
        return problems;
    }

    private static String textField(String field, Report r) {
        DocumentParts p = r.parts();
        return switch (field) {
            case "title" -> r.title();
            case "organization" -> r.organization();
            case "genre" -> p.genre();
            case "headline" -> p.headline();
            case "author" -> p.author();
            case "occasion" -> p.occasion();
            case "addressee" -> p.addressee();
            case "date" -> p.dateText();
            case "doc_number" -> p.docNumber();
            case "note_text" -> p.note();
            case "copy_to" -> p.copyTo();
            case "issued_by" -> p.issuedBy();
            case "issued_on" -> p.issuedOn();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static void checkText(List<String> problems, String field, JsonNode want, String actual) {
        List<String> accepted = want.isArray() ? strings(want) : List.of(want.asText());
        String a = norm(actual);
        if (accepted.stream().noneMatch(w -> norm(w).equals(a))) {
            problems.add(field + ": expected " + (accepted.size() == 1 ? "«" + accepted.get(0) + "»" : "one of " + accepted)
                    + ", actual «" + actual + "»");
        }
    }

    private static void compareSections(List<String> problems, String path, JsonNode want, List<OutlineNode> actual) {
        if (want.size() != actual.size()) {
            problems.add(path + ": expected " + want.size() + " items, actual " + actual.size() + ": "
                    + actual.stream().map(n -> n.sourceLabel() + abbreviate(n.heading()) + "(" + n.children().size() + ")")
                            .toList());
        }
        for (int i = 0; i < Math.min(want.size(), actual.size()); i++) {
            JsonNode w = want.get(i);
            OutlineNode n = actual.get(i);
            String at = path + "[" + (i + 1) + "]";
            if (w.has("label") && !norm(w.get("label").asText()).equals(norm(n.sourceLabel()))) {
                problems.add(at + ".label: expected «" + w.get("label").asText() + "», actual «" + n.sourceLabel() + "»");
            }
            if (w.has("heading") && !norm(w.get("heading").asText()).equals(norm(n.heading()))) {
                problems.add(at + ".heading: expected «" + w.get("heading").asText() + "», actual «" + abbreviate(n.heading()) + "»");
            }
            // Where heading and text share a line, the clerk only fixes how the item begins: heading, or first paragraph.
            String begins = n.heading() + (n.body().isEmpty() ? "" : n.body().get(0));
            if (w.has("heading_prefix") && !norm(begins).startsWith(norm(w.get("heading_prefix").asText()))) {
                problems.add(at + ".heading: expected the item to start with «" + w.get("heading_prefix").asText() + "», actual «"
                        + abbreviate(begins) + "»");
            }
            if (w.has("children") && w.get("children").asInt() != n.children().size()) {
                problems.add(at + ".children: expected " + w.get("children").asInt() + ", actual " + n.children().size()
                        + " under «" + abbreviate(n.heading()) + "»: "
                        + n.children().stream().map(c -> c.sourceLabel() + abbreviate(c.heading())).toList());
            }
            if (w.has("sections")) {
                compareSections(problems, at + ".sections", w.get("sections"), n.children());
            }
        }
    }

    private static void compareAttachments(List<String> problems, JsonNode want, List<Attachment> actual) {
        for (int i = 0; i < want.size(); i++) {
            JsonNode w = want.get(i);
            String at = "attachment_list[" + (i + 1) + "]";
            if (i >= actual.size()) {
                problems.add(at + ": missing");
                continue;
            }
            Attachment a = actual.get(i);
            if (w.has("name") && !norm(w.get("name").asText()).equals(norm(a.name()))) {
                problems.add(at + ".name: expected «" + w.get("name").asText() + "», actual «" + a.name() + "»");
            }
            if (w.has("title") && !norm(w.get("title").asText()).equals(norm(a.title()))) {
                problems.add(at + ".title: expected «" + w.get("title").asText() + "», actual «" + a.title() + "»");
            }
            int tables = tables(a.root()).size();
            if (w.has("tables") && w.get("tables").asInt() != tables) {
                problems.add(at + ".tables: expected " + w.get("tables").asInt() + ", actual " + tables);
            }
            if (w.has("sections") && w.get("sections").asInt() != a.sections().size()) {
                problems.add(at + ".sections: expected " + w.get("sections").asInt() + ", actual " + a.sections().size());
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static List<Table> tables(OutlineNode root) {
        List<Table> out = new ArrayList<>();
        for (OutlineNode n : root.subtree()) {
            out.addAll(n.tables());
        }
        return out;
    }

    /** Headings, bodies and table cells of a node and its descendants. */
    private static String text(OutlineNode root) {
        StringBuilder sb = new StringBuilder();
        for (OutlineNode n : root.subtree()) {
            sb.append(n.sourceLabel()).append(n.heading()).append('\n');
            n.body().forEach(b -> sb.append(b).append('\n'));
            n.tables().forEach(t -> sb.append(t.text()));
        }
        return sb.toString();
    }

    /** Full-width ASCII forms folded to half-width, white space removed. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static List<String> normAll(List<String> values) {
        return values.stream().map(ExpectedOutlineTest::norm).toList();
    }

    private static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }

    private static String abbreviate(List<String> lines) {
        return lines.stream().map(ExpectedOutlineTest::abbreviate).toList().toString();
    }

    private static Path resourceDir(String name) {
        URL url = ExpectedOutlineTest.class.getResource(name);
        assertTrue(url != null, "test resources folder " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String stem(Path p, String suffix) {
        String n = p.getFileName().toString();
        return n.substring(0, n.length() - suffix.length());
    }
}
