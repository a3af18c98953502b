package org.reportdrafter.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportdrafter.checks.Finding;
import org.reportdrafter.checks.Proofreader;
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
    private Map<OutlineNode, List<Finding>> byNode = Map.of();

    public ProofreadViewModel(OutlineEditorViewModel editor) {
        this.editor = editor;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public void refresh() {
        List<Finding> all = Proofreader.check(editor.report());
        Map<OutlineNode, List<Finding>> map = new IdentityHashMap<>();
        for (Finding f : all) {
            if (f.piece().node() != null) {
                map.computeIfAbsent(f.piece().node(), k -> new ArrayList<>()).add(f);
            }
        }
        byNode = map;
        findings.setAll(all);
    }

    /** Findings on one node, for the marks in its text. */
    public List<Finding> findingsFor(OutlineNode n) {
        return byNode.getOrDefault(n, List.of());
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
        if (n != null) {
            editor.select(n);
            // the flagged text is selected, not only reached
            editor.focusRequestProperty().set(new OutlineEditorViewModel.FocusRequest(n,
                    f.piece().place() == TextPiece.Place.BODY ? TextEdit.Field.BODY : TextEdit.Field.HEADING, fieldOffset(f),
                    Math.max(1, f.length())));
        }
    }

    public boolean fix(Finding f) {
        if (f.fix() == null) {
            return false;
        }
        applyFixes(List.of(f), "校对修正");
        return true;
    }

    /** Fixes every finding of the same rule that has a safe fix, as one undo step. */
    public int fixAll(String rule) {
        List<Finding> same = findings.stream().filter(f -> f.rule().equals(rule) && f.fix() != null).toList();
        if (!same.isEmpty()) {
            applyFixes(same, "全部修正");
        }
        return same.size();
    }

    private void applyFixes(List<Finding> fixes, String description) {
        Report r = editor.report();
        // fixes in one piece are applied from the end, so earlier offsets stay valid
        Map<TextPiece, List<Finding>> byPiece = new IdentityHashMap<>();
        for (Finding f : fixes) {
            byPiece.computeIfAbsent(f.piece(), k -> new ArrayList<>()).add(f);
        }
        CompositeEdit all = new CompositeEdit(description);
        OutlineNode focus = null;
        for (Map.Entry<TextPiece, List<Finding>> e : byPiece.entrySet()) {
            TextPiece p = e.getKey();
            String text = p.text();
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
        editor.recordApplied(all, focus);
        refresh();
    }

    private static Edit edit(Report r, TextPiece p, String text) {
        return switch (p.place()) {
            case TITLE -> new ValueEdit<>("修改标题", r::title, r::setTitle, text);
            case PREAMBLE -> new ValueEdit<>("修改开头", () -> r.preamble().get(p.paragraph()), v -> r.preamble().set(p.paragraph(), v), text);
            case TRAILER -> new ValueEdit<>("修改结尾", () -> r.trailer().get(p.paragraph()), v -> r.trailer().set(p.paragraph(), v), text);
            case HEADING -> new TextEdit(p.node(), TextEdit.Field.HEADING, text);
            case BODY -> {
                List<String> body = new ArrayList<>(p.node().body());
                body.set(p.paragraph(), text);
                yield new TextEdit(p.node(), TextEdit.Field.BODY, String.join("\n", body));
            }
        };
    }
}
