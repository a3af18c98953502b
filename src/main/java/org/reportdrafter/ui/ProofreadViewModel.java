package org.reportdrafter.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.reportdrafter.checks.Finding;
import org.reportdrafter.checks.FindingGroup;
import org.reportdrafter.checks.Parts;
import org.reportdrafter.checks.Proofreader;
import org.reportdrafter.checks.ReviewCopy;
import org.reportdrafter.checks.TermList;
import org.reportdrafter.docx.DocxExporter;
import org.reportdrafter.storage.AtomicFiles;
import org.reportdrafter.checks.TextPiece;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.edit.CompositeEdit;
import org.reportdrafter.domain.edit.Edit;
import org.reportdrafter.domain.edit.TextEdit;
import org.reportdrafter.domain.edit.ValueEdit;

/** The 校对 panel: findings of the open report, jumping to them, and undoable fixes. */
public final class ProofreadViewModel {
    private final OutlineEditorViewModel editor;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<FindingGroup> groups = FXCollections.observableArrayList();
    private Map<OutlineNode, List<Finding>> byNode = Map.of();
    private final javafx.beans.property.StringProperty notice = new javafx.beans.property.SimpleStringProperty("");
    private Supplier<TermList> terms = () -> TermList.EMPTY;

    public ProofreadViewModel(OutlineEditorViewModel editor) {
        this.editor = editor;
    }

    /** Where the library's term list comes from (read at each check, so edits to it apply at once). */
    public void setTerms(Supplier<TermList> terms) {
        this.terms = terms == null ? () -> TermList.EMPTY : terms;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /** The findings as the panel lists them: one entry per rule and paragraph, with a count. */
    public ObservableList<FindingGroup> groups() {
        return groups;
    }

    /** Checks the report now, on the calling thread (tests, and after a fix, which must show its result). */
    public void refresh() {
        generation.incrementAndGet(); // a check still running in the background is out of date
        show(Proofreader.check(editor.report(), terms.get()));
    }

    /**
     * Checks a snapshot of the report off the FX thread (a long report takes a noticeable time, and typing
     * must not wait for it), then shows the findings on the FX thread, mapped back to the live items, unless
     * the report changed meanwhile or a newer check was asked for: then the newer one's findings count.
     */
    public void refreshInBackground(java.util.concurrent.Executor background, java.util.concurrent.Executor fx, Runnable then) {
        long g = generation.incrementAndGet();
        Report live = editor.report();
        long version = editor.versionProperty().get();
        Report snap = live.snapshot();
        Map<OutlineNode, OutlineNode> toLive = new IdentityHashMap<>();
        toLive.put(snap.root(), live.root());
        List<OutlineNode> mine = snap.allNodes();
        List<OutlineNode> theirs = live.allNodes();
        for (int i = 0; i < mine.size(); i++) {
            toLive.put(mine.get(i), theirs.get(i));
        }
        Supplier<TermList> termSource = terms;
        background.execute(() -> {
            if (generation.get() != g) {
                return;
            }
            List<Finding> found = Proofreader.check(snap, termSource.get());
            fx.execute(() -> {
                if (generation.get() != g || editor.versionProperty().get() != version || editor.report() != live) {
                    return;
                }
                show(remap(found, toLive));
                then.run();
            });
        });
    }

    /** The findings on the live items: a piece shared by several findings stays shared (fixes group by it). */
    private static List<Finding> remap(List<Finding> found, Map<OutlineNode, OutlineNode> toLive) {
        Map<TextPiece, TextPiece> pieces = new IdentityHashMap<>();
        List<Finding> out = new ArrayList<>(found.size());
        for (Finding f : found) {
            TextPiece p = pieces.computeIfAbsent(f.piece(), q -> new TextPiece(q.place(),
                    q.node() == null ? null : toLive.get(q.node()), q.paragraph(), q.text(), q.path()));
            out.add(new Finding(f.rule(), f.severity(), p, f.offset(), f.length(), f.what(), f.fix()));
        }
        return out;
    }

    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private void show(List<Finding> all) {
        Map<OutlineNode, List<Finding>> map = new IdentityHashMap<>();
        for (Finding f : all) {
            if (f.piece().node() != null) {
                map.computeIfAbsent(f.piece().node(), k -> new ArrayList<>()).add(f);
            }
        }
        byNode = map;
        findings.setAll(all);
        groups.setAll(FindingGroup.of(all));
    }

    /** Fixes every fixable finding of a group (one paragraph, one rule) as one undo step. */
    public int fixGroup(FindingGroup g) {
        List<Finding> fixable = g.findings().stream().filter(f -> f.fix() != null).toList();
        if (!fixable.isEmpty()) {
            applyFixes(fixable, Texts.get("edit.fix"));
        }
        return fixable.size();
    }

    /**
     * 导出审阅稿: the report exported as .docx with every finding as a Word comment on the flagged text,
     * written atomically to {@code out}. Runs off the FX thread (the caller's task).
     */
    public ReviewCopy.Result exportReviewCopy(Path out) throws IOException {
        var report = editor.report();
        List<Finding> current = Proofreader.check(report, terms.get());
        try (XWPFDocument doc = new DocxExporter().build(report, report.settings().export())) {
            ReviewCopy.Result result = ReviewCopy.annotate(doc, current);
            AtomicFiles.writeDocument(out, doc::write);
            return result;
        }
    }

    /** Findings on one node, for the marks in its text. */
    public List<Finding> findingsFor(OutlineNode n) {
        return byNode.getOrDefault(n, List.of());
    }

    /** Where a finding is underlined: the field of the editor item and the range in its text. */
    public record Mark(TextEdit.Field field, int from, int to) {
    }

    /**
     * The text a finding is about, in the field that shows it: a body paragraph's problem in the body,
     * a heading's in the heading. A finding about the whole item (an empty section, a skipped level, a
     * template prompt left unchanged: no length) has no text to underline and gives null; the item's
     * label is marked instead. Ranges beyond the text shown (it changed since the check) give null too.
     */
    public static Mark markOf(Finding f, String heading, String shownBody) {
        TextPiece p = f.piece();
        if (p.node() == null || f.length() <= 0) {
            return null;
        }
        boolean inBody = p.place() == TextPiece.Place.BODY;
        String text = inBody ? shownBody : heading;
        int from = fieldOffset(f);
        int to = from + f.length();
        if (from < 0 || to > text.length()) {
            return null;
        }
        return new Mark(inBody ? TextEdit.Field.BODY : TextEdit.Field.HEADING, from, to);
    }

    /** Offset of a finding in the editor field that shows it (body paragraphs are joined by line breaks). */
    static int fieldOffset(Finding f) {
        TextPiece p = f.piece();
        if (p.place() != TextPiece.Place.BODY) {
            return f.offset();
        }
        int off = 0;
        List<String> body = p.node().body();
        for (int i = 0; i < p.paragraph() && i < body.size(); i++) {
            off += body.get(i).length() + 1;
        }
        return off + f.offset();
    }

    public void jumpTo(Finding f) {
        OutlineNode n = f.piece().node();
        if (n == null) {
            return;
        }
        if (n.guidance() && f.length() <= 0) {
            // a template's prompt left as it was: the caret where the prompt shows, ready to write over it
            editor.goTo(n, OutlineEditorViewModel.placeholderInHeading(n) ? TextEdit.Field.HEADING : TextEdit.Field.BODY, 0, 0);
            return;
        }
        // the flagged text is selected, not only reached
        editor.goTo(n, f.piece().place() == TextPiece.Place.BODY ? TextEdit.Field.BODY : TextEdit.Field.HEADING,
                fieldOffset(f), Math.max(0, f.length()));
    }

    public boolean fix(Finding f) {
        if (f.fix() == null) {
            return false;
        }
        return applyFixes(List.of(f), Texts.get("edit.fix"));
    }

    /** Fixes every finding of the same rule that has a safe fix, as one undo step. */
    public int fixAll(String rule) {
        List<Finding> same = findings.stream().filter(f -> f.rule().equals(rule) && f.fix() != null).toList();
        if (!same.isEmpty() && !applyFixes(same, Texts.get("edit.fixAll"))) {
            return 0;
        }
        return same.size();
    }

    /** Said when a fix was refused because the text changed since the check ran (the view shows it). */
    public javafx.beans.property.ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /**
     * Applies fixes to the text as it is now, after checking by content that each flagged text (and a few
     * characters around it) is still where the check found it: typing since the check ran is never
     * reverted. If any is not, nothing is changed, the check runs again and {@link #noticeProperty()} says so.
     */
    private boolean applyFixes(List<Finding> fixes, String description) {
        Report r = editor.report();
        // fixes in one piece are applied from the end, so earlier offsets stay valid
        Map<TextPiece, List<Finding>> byPiece = new IdentityHashMap<>();
        for (Finding f : fixes) {
            byPiece.computeIfAbsent(f.piece(), k -> new ArrayList<>()).add(f);
        }
        Map<TextPiece, String> live = new IdentityHashMap<>();
        for (TextPiece p : byPiece.keySet()) {
            String now = switch (p.place()) {
                case TITLE -> r.title();
                case PREAMBLE -> p.paragraph() < r.preamble().size() ? r.preamble().get(p.paragraph()) : null;
                case TRAILER -> p.paragraph() < r.trailer().size() ? r.trailer().get(p.paragraph()) : null;
                case PART -> partText(r, p);
                case HEADING -> p.node().heading();
                case BODY -> p.node().body().size() > p.paragraph() ? p.node().body().get(p.paragraph()) : null;
            };
            boolean attached = p.node() == null || p.node() == r.root() || p.node().isDescendantOf(r.root());
            for (Finding f : byPiece.get(p)) {
                int from = Math.max(0, f.offset() - 8);
                int to = Math.min(p.text().length(), f.offset() + Math.max(f.fix().length(), f.length()) + 8);
                if (now == null || !attached || to > now.length() || !now.regionMatches(from, p.text(), from, to - from)) {
                    refresh();
                    notice.set(Texts.get("proofread.changed"));
                    return false;
                }
            }
            live.put(p, now);
        }
        notice.set("");
        // the caret ends up just after the first text fixed, in the item's field that shows it
        Finding first = fixes.stream().filter(f -> f.piece().node() != null && f.piece().node() != r.root()
                && (f.piece().place() == TextPiece.Place.HEADING || f.piece().place() == TextPiece.Place.BODY)).findFirst().orElse(null);
        int caretAfter = first == null ? OutlineEditorViewModel.FocusRequest.END : fieldOffset(first) + first.fix().replacement().length();
        CompositeEdit all = new CompositeEdit(description);
        OutlineNode focus = null;
        for (Map.Entry<TextPiece, List<Finding>> e : byPiece.entrySet()) {
            TextPiece p = e.getKey();
            String text = live.get(p);
            List<Finding> list = new ArrayList<>(e.getValue());
            list.sort(Comparator.comparingInt(Finding::offset).reversed());
            for (Finding f : list) {
                text = text.substring(0, f.offset()) + f.fix().replacement() + text.substring(Math.min(text.length(), f.offset() + f.fix().length()));
            }
            all.add(edit(r, p, text));
            if (focus == null) {
                focus = p.node();
            }
        }
        if (first != null) {
            editor.recordApplied(all, first.piece().node(),
                    first.piece().place() == TextPiece.Place.BODY ? TextEdit.Field.BODY : TextEdit.Field.HEADING, caretAfter);
        } else {
            editor.recordApplied(all, focus);
        }
        refresh();
        return true;
    }

    private static String partText(Report r, TextPiece p) {
        try {
            return Parts.get(r.parts(), p.path(), p.paragraph());
        } catch (IndexOutOfBoundsException e) {
            return null; // the line was deleted since the check ran
        }
    }

    /** One step of a fix; unnamed, as only the whole fix (校对修正) is named in the undo menu. */
    private static Edit edit(Report r, TextPiece p, String text) {
        return switch (p.place()) {
            case TITLE -> new ValueEdit<>("", r::title, r::setTitle, text);
            case PREAMBLE -> new ValueEdit<>("", () -> r.preamble().get(p.paragraph()), v -> r.preamble().set(p.paragraph(), v), text);
            case TRAILER -> new ValueEdit<>("", () -> r.trailer().get(p.paragraph()), v -> r.trailer().set(p.paragraph(), v), text);
            case PART -> new ValueEdit<>("", () -> Parts.get(r.parts(), p.path(), p.paragraph()),
                    v -> Parts.set(r.parts(), p.path(), p.paragraph(), v), text);
            case HEADING -> new TextEdit(p.node(), TextEdit.Field.HEADING, text);
            case BODY -> {
                List<String> body = new ArrayList<>(p.node().body());
                body.set(p.paragraph(), text);
                yield new TextEdit(p.node(), TextEdit.Field.BODY, String.join("\n", body));
            }
        };
    }
}
