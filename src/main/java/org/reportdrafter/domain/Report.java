package org.reportdrafter.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan or summary: metadata, preamble paragraphs, an outline tree under an invisible root, and
 * trailer paragraphs. Web clutter around an imported document is kept at the start of the preamble
 * ({@link #clutterBefore()} paragraphs) and the end of the trailer ({@link #clutterAfter()}), so
 * nothing is dropped, and is left out of exports.
 */
public final class Report {
    private Long id;
    private String title = "";
    private String organization = "";
    private Integer year;
    private ReportKind kind = ReportKind.OTHER;
    private ReportStatus status = ReportStatus.DRAFT;
    private LocalDate dateOfIssue;
    private final List<String> preamble = new ArrayList<>();
    private final List<String> trailer = new ArrayList<>();
    private int clutterBefore;
    private int clutterAfter;
    private final OutlineNode root = new OutlineNode();
    private DocumentParts parts = new DocumentParts();
    private ReportSettings settings = ReportSettings.DEFAULT;
    private String sourceFile;
    private Instant importedAt;
    private Instant updatedAt;

    public Long id() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String title() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String organization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization == null ? "" : organization;
    }

    public Integer year() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ReportKind kind() {
        return kind;
    }

    public void setKind(ReportKind kind) {
        this.kind = kind == null ? ReportKind.OTHER : kind;
    }

    public ReportStatus status() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status == null ? ReportStatus.DRAFT : status;
    }

    public LocalDate dateOfIssue() {
        return dateOfIssue;
    }

    public void setDateOfIssue(LocalDate date) {
        this.dateOfIssue = date;
    }

    public List<String> preamble() {
        return preamble;
    }

    public List<String> trailer() {
        return trailer;
    }

    public int clutterBefore() {
        return clutterBefore;
    }

    public void setClutterBefore(int n) {
        this.clutterBefore = Math.max(0, Math.min(n, preamble.size()));
    }

    public int clutterAfter() {
        return clutterAfter;
    }

    public void setClutterAfter(int n) {
        this.clutterAfter = Math.max(0, Math.min(n, trailer.size()));
    }

    /** Preamble paragraphs that belong to the document (clutter left out). */
    public List<String> documentPreamble() {
        return preamble.subList(Math.min(clutterBefore, preamble.size()), preamble.size());
    }

    /** Trailer paragraphs that belong to the document (clutter left out). */
    public List<String> documentTrailer() {
        return trailer.subList(0, Math.max(0, trailer.size() - clutterAfter));
    }

    /** The invisible root; its children are the top-level sections. */
    public OutlineNode root() {
        return root;
    }

    public List<OutlineNode> sections() {
        return root.children();
    }

    /** The parts of an official document around the body (发文字号, 主送机关, 附件, 落款, 版记…). */
    public DocumentParts parts() {
        return parts;
    }

    public void setParts(DocumentParts parts) {
        this.parts = parts == null ? new DocumentParts() : parts;
    }

    public ReportSettings settings() {
        return settings;
    }

    public void setSettings(ReportSettings settings) {
        this.settings = settings == null ? ReportSettings.DEFAULT : settings;
    }

    public String sourceFile() {
        return sourceFile;
    }

    public void setSourceFile(String sourceFile) {
        this.sourceFile = sourceFile;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public void setImportedAt(Instant importedAt) {
        this.importedAt = importedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /** All nodes in document order, root excluded. */
    public List<OutlineNode> allNodes() {
        List<OutlineNode> all = root.subtree();
        return all.subList(1, all.size());
    }

    public int charCount() {
        int n = TextStats.countChars(title);
        for (String p : documentPreamble()) {
            n += TextStats.countChars(p);
        }
        n += charsBelow(root);
        for (String p : documentTrailer()) {
            n += TextStats.countChars(p);
        }
        for (Table t : root.tables()) {
            n += t.charCount();
        }
        for (String p : parts.texts()) {
            n += TextStats.countChars(p);
        }
        return n;
    }

    // counted after every edit for the status bar: walked, not listed first
    private static int charsBelow(OutlineNode parent) {
        int n = 0;
        for (OutlineNode c : parent.children()) {
            n += c.ownCharCount() + charsBelow(c);
        }
        return n;
    }

    /** A deep copy that keeps the library id and node uids: what autosave writes while editing goes on. */
    public Report snapshot() {
        Report r = copy();
        r.id = id;
        r.updatedAt = updatedAt;
        List<OutlineNode> mine = allNodes();
        List<OutlineNode> theirs = r.allNodes();
        for (int i = 0; i < mine.size(); i++) {
            theirs.get(i).setUid(mine.get(i).uid());
        }
        return r;
    }

    /** A deep copy with fresh node uids and no library id. */
    public Report copy() {
        Report r = new Report();
        r.title = title;
        r.organization = organization;
        r.year = year;
        r.kind = kind;
        r.status = status;
        r.dateOfIssue = dateOfIssue;
        r.preamble.addAll(preamble);
        r.trailer.addAll(trailer);
        r.clutterBefore = clutterBefore;
        r.clutterAfter = clutterAfter;
        r.settings = settings;
        r.parts = parts.copy();
        r.root.setTables(root.tables());
        r.sourceFile = sourceFile;
        r.importedAt = importedAt;
        for (OutlineNode c : root.children()) {
            r.root.addChild(c.deepCopy());
        }
        return r;
    }
}
