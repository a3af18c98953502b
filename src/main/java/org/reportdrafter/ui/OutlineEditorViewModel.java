package org.reportdrafter.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportdrafter.domain.ExportOptions;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.NumberingStyle;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.ReportSettings;
import org.reportdrafter.domain.TextStats;
import org.reportdrafter.domain.edit.EditHistory;
import org.reportdrafter.domain.edit.OutlineOps;
import org.reportdrafter.domain.edit.TextEdit;
import org.reportdrafter.domain.edit.ValueEdit;

/**
 * State and logic of the outline editor for one report; no display needed. The view shows
 * {@link #rows()} (the visible nodes in document order) and asks for labels and depths here; every edit
 * goes through one {@link EditHistory}, so text and structure undo alike.
 */
public final class OutlineEditorViewModel {
    /**
     * Where the view should put the caret after an operation, and how many characters after it to select.
     * A caret of {@link #END} puts it at the end of the field; {@link #KEEP} leaves it where the user had
     * it in that node and field (a move or an indent must not throw the caret elsewhere).
     */
    public record FocusRequest(OutlineNode node, TextEdit.Field field, int caret, int length) {
        public static final int END = -1;
        public static final int KEEP = -2;

        public FocusRequest(OutlineNode node, TextEdit.Field field, int caret) {
            this(node, field, caret, 0);
        }
    }

    /** A find match: a node, the field and the offset in it. */
    public record Match(OutlineNode node, TextEdit.Field field, int offset) {
    }

    private final Report report;
    private final EditHistory history = new EditHistory();
    private final ObservableList<OutlineNode> rows = FXCollections.observableArrayList();
    private final Set<OutlineNode> collapsed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ObjectProperty<OutlineNode> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<FocusRequest> focusRequest = new SimpleObjectProperty<>();
    private final IntegerProperty reportChars = new SimpleIntegerProperty();
    private final IntegerProperty sectionChars = new SimpleIntegerProperty();
    /** Bumped on every change: autosave and the cells listen to it. */
    private final LongProperty version = new SimpleLongProperty();
    /** Bumped only when the content changed (not by collapse, find steps or selection): autosave listens to it. */
    private final LongProperty contentVersion = new SimpleLongProperty();
    /** Bumped when the structure (and so labels and rows) changed. */
    private final LongProperty structureVersion = new SimpleLongProperty();
    private final javafx.beans.property.BooleanProperty canUndo = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty canRedo = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.StringProperty undoName = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.StringProperty redoName = new javafx.beans.property.SimpleStringProperty("");
    private Map<OutlineNode, String> labels = Map.of();
    private List<Match> matches = List.of();
    private String matchQuery = "";
    private final LongProperty matchesVersion = new SimpleLongProperty();
    private int matchIndex = -1;

    public OutlineEditorViewModel(Report report) {
        this.report = report;
        selected.addListener((o, a, b) -> updateSectionChars());
        history.addListener(() -> {
            canUndo.set(history.canUndo());
            canRedo.set(history.canRedo());
            undoName.set(history.undoDescription());
            redoName.set(history.redoDescription());
        });
        refreshStructure();
    }

    /**
     * An undo step's name in the UI language: the outline's own steps are named in Chinese by the domain
     * (上移, 拆分条目…) and shown through the edit.* texts; steps this package names are named in the
     * language chosen when they were made.
     */
    public static String editName(String description) {
        return Texts.fromChinese("edit.", description);
    }

    /** Whether there is a step to undo; its name is {@link #undoNameProperty()}. */
    public javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    /** The name of the step Ctrl+Z undoes (移动条目, 编辑正文…), "" if none. */
    public javafx.beans.property.ReadOnlyStringProperty undoNameProperty() {
        return undoName;
    }

    public javafx.beans.property.ReadOnlyStringProperty redoNameProperty() {
        return redoName;
    }

    public Report report() {
        return report;
    }

    public EditHistory history() {
        return history;
    }

    public ObservableList<OutlineNode> rows() {
        return rows;
    }

    public ObjectProperty<OutlineNode> selectedProperty() {
        return selected;
    }

    public OutlineNode selected() {
        return selected.get();
    }

    public void select(OutlineNode n) {
        selected.set(n);
    }

    /**
     * Puts the caret on an item (unfolding the groups that hide it) and brings it into view, also when it is
     * the item the caret was on already: an equal request would not reach the view.
     */
    public void goTo(OutlineNode n, TextEdit.Field field, int caret, int length) {
        for (OutlineNode p = n.parent(); p != null; p = p.parent()) {
            if (collapsed.contains(p)) {
                afterView(n, field, caret, length);
                return;
            }
        }
        request(n, field, caret, length);
    }

    public ObjectProperty<FocusRequest> focusRequestProperty() {
        return focusRequest;
    }

    public ReadOnlyIntegerProperty reportCharsProperty() {
        return reportChars;
    }

    public ReadOnlyIntegerProperty sectionCharsProperty() {
        return sectionChars;
    }

    public ReadOnlyLongProperty versionProperty() {
        return version;
    }

    public ReadOnlyLongProperty contentVersionProperty() {
        return contentVersion;
    }

    public ReadOnlyLongProperty structureVersionProperty() {
        return structureVersion;
    }

    public String label(OutlineNode n) {
        return labels.getOrDefault(n, "");
    }

    public boolean isCollapsed(OutlineNode n) {
        return collapsed.contains(n);
    }

    // ---- structure -------------------------------------------------------------------------

    /** Recomputes labels and the visible rows; only the changed stretch of rows is replaced. */
    private void refreshStructure() {
        labels = Labeler.labels(report);
        List<OutlineNode> visible = new ArrayList<>(labels.size());
        for (OutlineNode s : report.sections()) {
            addVisible(s, visible);
        }
        int start = 0;
        int oldSize = rows.size();
        int newSize = visible.size();
        while (start < oldSize && start < newSize && rows.get(start) == visible.get(start)) {
            start++;
        }
        int endOld = oldSize;
        int endNew = newSize;
        while (endOld > start && endNew > start && rows.get(endOld - 1) == visible.get(endNew - 1)) {
            endOld--;
            endNew--;
        }
        if (start < endOld || start < endNew) {
            if (endOld - start == endNew - start) {
                for (int i = start; i < endNew; i++) {
                    rows.set(i, visible.get(i));
                }
            } else {
                rows.remove(start, endOld);
                rows.addAll(start, visible.subList(start, endNew));
            }
        }
        structureVersion.set(structureVersion.get() + 1);
        changed();
    }

    private void addVisible(OutlineNode n, List<OutlineNode> out) {
        out.add(n);
        if (!collapsed.contains(n)) {
            for (OutlineNode c : n.children()) {
                addVisible(c, out);
            }
        }
    }

    private void contentChanged() {
        contentVersion.set(contentVersion.get() + 1);
    }

    private void changed() {
        if (!matchQuery.isEmpty()) {
            findAgain();
        }
        reportChars.set(report.charCount());
        updateSectionChars();
        version.set(version.get() + 1);
    }

    private void updateSectionChars() {
        OutlineNode n = selected.get();
        int chars = 0;
        if (n != null) {
            for (OutlineNode d : n.subtree()) {
                chars += d.ownCharCount();
            }
        }
        sectionChars.set(chars);
    }

    private void afterStructural(OutlineNode select, TextEdit.Field field, int caret) {
        contentChanged();
        afterView(select, field, caret, 0);
    }

    /** Moves the selection and caret (and selects {@code length} characters), expanding the way to it: view state only, nothing to save. */
    private void afterView(OutlineNode select, TextEdit.Field field, int caret, int length) {
        if (select != null) {
            for (OutlineNode p = select.parent(); p != null; p = p.parent()) {
                collapsed.remove(p);
            }
        }
        caretRequestFollows = select != null;
        try {
            refreshStructure();
        } finally {
            caretRequestFollows = false;
        }
        if (select != null) {
            request(select, field, caret, length);
        }
    }

    private void request(OutlineNode select, TextEdit.Field field, int caret, int length) {
        selected.set(select);
        // an equal request (the same item moved twice, a heading clicked twice) must still reach the view
        focusRequest.set(null);
        focusRequest.set(new FocusRequest(select, field, caret, length));
    }

    private boolean caretRequestFollows;

    /**
     * The rows are changing for an edit that puts the caret on its item right after: a cell that holds the
     * caret and is given another item meanwhile need not hand the caret back (the view, decision 15).
     */
    public boolean caretRequestFollows() {
        return caretRequestFollows;
    }

    private OutlineNode target() {
        return selected.get();
    }

    public boolean indent() {
        return structural(target() == null ? null : OutlineOps.indent(history, target()), true);
    }

    public boolean outdent() {
        return structural(target() == null ? null : OutlineOps.outdent(history, target()), true);
    }

    public boolean moveUp() {
        return structural(target() == null ? null : OutlineOps.moveUp(history, target()), true);
    }

    public boolean moveDown() {
        return structural(target() == null ? null : OutlineOps.moveDown(history, target()), true);
    }

    /** The field the caret was in when a structural operation started: it stays there. */
    private TextEdit.Field caretField = TextEdit.Field.HEADING;

    /** The view tells which field of the selected node has the caret, so moves keep it there. */
    public void caretIn(TextEdit.Field field) {
        caretField = field == null ? TextEdit.Field.HEADING : field;
    }

    private boolean structural(OutlineNode result, boolean keepCaret) {
        if (result == null) {
            return false;
        }
        TextEdit.Field f = keepCaret && (caretField == TextEdit.Field.HEADING || !result.body().isEmpty()) ? caretField : TextEdit.Field.HEADING;
        afterStructural(result, f, keepCaret ? FocusRequest.KEEP : FocusRequest.END);
        return true;
    }

    /** Adds a new sibling after the selected node (a first section when the report is empty). */
    public OutlineNode addSiblingAfter() {
        OutlineNode n = target();
        OutlineNode created = n == null ? OutlineOps.addChild(history, report.root()) : OutlineOps.addSiblingAfter(history, n);
        afterStructural(created, TextEdit.Field.HEADING, 0);
        return created;
    }

    public OutlineNode addChild() {
        OutlineNode parent = target() == null ? report.root() : target();
        OutlineNode created = OutlineOps.addChild(history, parent);
        afterStructural(created, TextEdit.Field.HEADING, 0);
        return created;
    }

    public boolean deleteSelected() {
        OutlineNode n = target();
        if (n == null) {
            return false;
        }
        OutlineNode next = OutlineOps.delete(history, n);
        afterStructural(next, TextEdit.Field.HEADING, -1);
        if (next == null) {
            selected.set(null);
        }
        return true;
    }

    /**
     * Backspace at the start of an empty item: the item goes and the caret ends the item shown above it, as in
     * a word processor (not the next item, where 删除 leaves it).
     */
    public boolean deleteEmptyBackward() {
        OutlineNode n = target();
        if (n == null) {
            return false;
        }
        int row = rows.indexOf(n);
        OutlineNode above = row > 0 ? rows.get(row - 1) : null;
        OutlineNode next = OutlineOps.delete(history, n);
        OutlineNode to = above != null ? above : next;
        afterStructural(to, to != null && !to.body().isEmpty() && !to.guidance() ? TextEdit.Field.BODY : TextEdit.Field.HEADING,
                FocusRequest.END);
        if (to == null) {
            selected.set(null);
        }
        return true;
    }

    public OutlineNode split(TextEdit.Field field, int paragraph, int offset) {
        OutlineNode n = target();
        OutlineNode created = n == null ? null : OutlineOps.split(history, n, field, paragraph, offset);
        if (created != null) {
            afterStructural(created, field == TextEdit.Field.HEADING ? TextEdit.Field.HEADING : TextEdit.Field.BODY, 0);
        }
        return created;
    }

    public boolean mergeIntoPrevious() {
        return structural(target() == null ? null : OutlineOps.mergeIntoPrevious(history, target()), false);
    }

    public OutlineNode paragraphToChild(int paragraph) {
        OutlineNode n = target();
        OutlineNode created = n == null ? null : OutlineOps.paragraphToChild(history, n, paragraph);
        if (created != null) {
            afterStructural(created, TextEdit.Field.HEADING, 0);
        }
        return created;
    }

    public boolean childToParagraph() {
        return structural(target() == null ? null : OutlineOps.childToParagraph(history, target()), false);
    }

    /** Drag and drop: {@code node} to index {@code index} of {@code parent}'s children. */
    public boolean moveTo(OutlineNode node, OutlineNode parent, int index) {
        OutlineNode moved = OutlineOps.moveTo(history, node, parent == null ? report.root() : parent, index);
        if (moved != null && moved != selected.get()) {
            caretField = TextEdit.Field.HEADING;
        }
        return structural(moved, true);
    }

    public boolean undo() {
        return afterHistory(history.undo());
    }

    public boolean redo() {
        return afterHistory(history.redo());
    }

    private boolean afterHistory(org.reportdrafter.domain.edit.Edit e) {
        if (e == null) {
            return false;
        }
        OutlineNode focus = null;
        TextEdit.Field field = TextEdit.Field.HEADING;
        int caret = FocusRequest.END;
        if (e instanceof TextEdit t) {
            focus = t.node();
            field = t.field();
        } else if (e instanceof org.reportdrafter.domain.edit.MoveEdit m && m.node().parent() != null) {
            // the moved item keeps the caret: undoing a move brings the cursor along with the item
            focus = m.node();
            field = caretField == TextEdit.Field.BODY && !focus.body().isEmpty() ? TextEdit.Field.BODY : TextEdit.Field.HEADING;
            caret = FocusRequest.KEEP;
        } else if (restoredItem(e) != null) {
            // a merge (or a deletion in several steps) undone: the cursor goes back to the start of the item
            // brought back, where it was when the item was merged, not into the item above it
            focus = restoredItem(e);
            caret = 0;
        } else if (selected.get() != null && isAttached(selected.get())) {
            focus = selected.get();
        } else if (selected.get() != null) {
            // the selected item was taken out (an insert or a split undone): back to the item it came after
            focus = itemBefore(e, selected.get());
        }
        if (focus != null && !isAttached(focus)) {
            focus = selected.get() != null && isAttached(selected.get()) ? selected.get() : null;
        }
        afterStructural(focus, field, caret);
        return true;
    }

    /** The item a composite edit took out of the outline and has just put back (being undone), if any. */
    private static OutlineNode restoredItem(org.reportdrafter.domain.edit.Edit e) {
        if (e instanceof org.reportdrafter.domain.edit.CompositeEdit c) {
            for (var part : c.parts()) {
                if (part instanceof org.reportdrafter.domain.edit.MoveEdit m && m.removes() && m.node().parent() != null) {
                    return m.node();
                }
            }
        }
        return null;
    }

    private static OutlineNode itemBefore(org.reportdrafter.domain.edit.Edit e, OutlineNode gone) {
        if (e instanceof org.reportdrafter.domain.edit.MoveEdit m && m.node() == gone) {
            return m.itemBeforeWhereItWas();
        }
        if (e instanceof org.reportdrafter.domain.edit.CompositeEdit c) {
            for (var part : c.parts()) {
                OutlineNode before = itemBefore(part, gone);
                if (before != null) {
                    return before;
                }
            }
        }
        return null;
    }

    private boolean isAttached(OutlineNode n) {
        return n == report.root() || n.isDescendantOf(report.root());
    }

    // ---- text --------------------------------------------------------------------------------

    /** Text typed in a heading; consecutive typing is one undo step. */
    public void setHeading(OutlineNode n, String text) {
        if (!text.equals(n.heading())) {
            if (n.guidance() && !text.isEmpty() && placeholderInHeading(n)) {
                // the first keystroke replaces the template's prompt: it is never kept as text (a prompt that
                // stands in the body, under a heading, stays until the clerk writes the body)
                org.reportdrafter.domain.edit.CompositeEdit c = new org.reportdrafter.domain.edit.CompositeEdit(Texts.get("edit.heading"));
                c.add(new TextEdit(n, TextEdit.Field.BODY, ""));
                c.add(new TextEdit(n, TextEdit.Field.HEADING, text));
                history.record(c);
            } else {
                history.perform(new TextEdit(n, TextEdit.Field.HEADING, text));
            }
            contentChanged();
            changed();
        }
    }

    /** A template's prompt for this item ("" if none): shown greyed where the item is empty, never its text. */
    public static String placeholder(OutlineNode n) {
        return n.guidance() ? String.join("\n", n.body()) : "";
    }

    /** Whether the prompt stands in the heading (an item with no heading yet: a measure) or in the body. */
    public static boolean placeholderInHeading(OutlineNode n) {
        return n.guidance() && n.heading().isEmpty();
    }

    /** The body as the editor shows it: a template prompt is not text, so the area is empty. */
    public static String shownBody(OutlineNode n) {
        return n.guidance() ? "" : String.join("\n", n.body());
    }

    /** Text typed in a body: paragraphs separated by line breaks. */
    public void setBody(OutlineNode n, String text) {
        if (!text.equals(shownBody(n)) || (n.guidance() && !text.isEmpty())) {
            history.perform(new TextEdit(n, TextEdit.Field.BODY, text));
            contentChanged();
            changed();
        }
    }

    /** Ends the current typing step (focus left a field). */
    public void sealTyping() {
        history.seal();
    }

    /** Records an edit built and applied elsewhere (proofreading fixes) as one undo step and refreshes. */
    public void recordApplied(org.reportdrafter.domain.edit.Edit edit, OutlineNode focus) {
        recordApplied(edit, focus, TextEdit.Field.HEADING, FocusRequest.END);
    }

    /** As above, with the caret put at {@code caret} in the field (just after a proofreading fix). */
    public void recordApplied(org.reportdrafter.domain.edit.Edit edit, OutlineNode focus, TextEdit.Field field, int caret) {
        history.record(edit);
        history.seal();
        afterStructural(focus, field, caret);
    }

    // ---- collapse ------------------------------------------------------------------------------

    public void toggleCollapsed(OutlineNode n) {
        if (!collapsed.remove(n) && !n.children().isEmpty()) {
            collapsed.add(n);
        }
        keepSelectionShown();
    }

    /**
     * After folding: the selected item, if now hidden, gives the selection and caret to the folded item that
     * hides it, so that keys typed next (or 删除) act on an item the clerk can see.
     */
    private void keepSelectionShown() {
        OutlineNode s = selected.get();
        OutlineNode shown = s;
        for (OutlineNode p = s == null ? null : s.parent(); p != null; p = p.parent()) {
            if (collapsed.contains(p)) {
                shown = p;
            }
        }
        if (shown == s) {
            refreshStructure();
        } else {
            afterView(shown, TextEdit.Field.HEADING, FocusRequest.END, 0);
        }
    }

    public void expandAll() {
        collapsed.clear();
        refreshStructure();
    }

    /** Shows levels 1..level, collapsing nodes at that level that have children. */
    public void expandToLevel(int level) {
        collapsed.clear();
        for (OutlineNode n : report.allNodes()) {
            if (n.depth() >= level && !n.children().isEmpty()) {
                collapsed.add(n);
            }
        }
        keepSelectionShown();
    }

    // ---- find ----------------------------------------------------------------------------------

    /** Finds every occurrence in headings and bodies; returns the count and selects the first. */
    public int find(String query) {
        int n = search(query);
        if (n > 0) {
            nextMatch();
        }
        return n;
    }

    /**
     * Counts and marks every occurrence without moving the caret (the find field keeps it while the
     * clerk types); {@link #nextMatch()} then goes to the first.
     */
    public int search(String query) {
        List<Match> found = query == null || query.isEmpty() ? List.of() : allMatches(query);
        matches = found;
        matchQuery = query == null ? "" : query;
        matchIndex = -1;
        matchesVersion.set(matchesVersion.get() + 1);
        return found.size();
    }

    private static void collect(OutlineNode n, TextEdit.Field f, String text, String q, List<Match> out) {
        String t = text.toLowerCase(Locale.ROOT);
        String query = q.toLowerCase(Locale.ROOT);
        for (int i = t.indexOf(query); i >= 0; i = t.indexOf(query, i + query.length())) {
            out.add(new Match(n, f, i));
        }
    }

    /**
     * The text changed while the find bar is open: the matches are found again (typing over one, or an
     * undo, left the highlights on the wrong characters), and "next" goes on from where the current one was.
     */
    private void findAgain() {
        Match current = currentMatch();
        List<Match> found = allMatches(matchQuery);
        // the current match where it still is; else the one before where it was, so "next" goes on from there
        matchIndex = current == null ? -1 : found.contains(current) ? found.indexOf(current) : countBefore(found, current) - 1;
        matches = found;
        matchesVersion.set(matchesVersion.get() + 1);
    }

    private List<Match> allMatches(String query) {
        List<Match> found = new ArrayList<>();
        for (OutlineNode n : report.allNodes()) {
            collect(n, TextEdit.Field.HEADING, n.heading(), query, found);
            collect(n, TextEdit.Field.BODY, shownBody(n), query, found);
        }
        return found;
    }

    /** How many of the matches (in reading order) come before where {@code m} was; 0 if its item is gone. */
    private int countBefore(List<Match> found, Match m) {
        Map<OutlineNode, Integer> order = new IdentityHashMap<>();
        for (OutlineNode n : report.allNodes()) {
            order.put(n, order.size());
        }
        Integer at = order.get(m.node());
        if (at == null) {
            return 0;
        }
        Comparator<Match> reading = Comparator.comparing((Match x) -> order.get(x.node()))
                .thenComparing(Match::field).thenComparingInt(Match::offset);
        return (int) found.stream().filter(x -> reading.compare(x, m) < 0).count();
    }

    /** Goes to the next match and selects its text. */
    public Match nextMatch() {
        if (matches.isEmpty()) {
            return null;
        }
        matchIndex = (matchIndex + 1) % matches.size();
        Match m = matches.get(matchIndex);
        afterView(m.node(), m.field(), m.offset(), matchQuery.length());
        matchesVersion.set(matchesVersion.get() + 1);
        return m;
    }

    public int matchIndex() {
        return matchIndex;
    }

    public int matchCount() {
        return matches.size();
    }

    /** Bumped when the matches or the current match change: the cells repaint their highlights. */
    public ReadOnlyLongProperty matchesVersionProperty() {
        return matchesVersion;
    }

    /** The matches in one field of one node, for highlighting; the current one is {@link #currentMatch()}. */
    public List<Match> matchesIn(OutlineNode n) {
        if (matches.isEmpty()) {
            return List.of();
        }
        List<Match> out = new ArrayList<>(2);
        for (Match m : matches) {
            if (m.node() == n) {
                out.add(m);
            }
        }
        return out;
    }

    public Match currentMatch() {
        return matchIndex < 0 || matchIndex >= matches.size() ? null : matches.get(matchIndex);
    }

    public String matchQuery() {
        return matchQuery;
    }

    /** Replaces the current match (going to the first if none is current) and goes to the next. */
    public boolean replaceCurrent(String replacement) {
        if (matches.isEmpty()) {
            return false;
        }
        Match m = currentMatch() == null ? matches.get(0) : currentMatch();
        String text = m.field() == TextEdit.Field.HEADING ? m.node().heading() : shownBody(m.node());
        String changed = text.substring(0, m.offset()) + replacement + text.substring(m.offset() + matchQuery.length());
        history.perform(new TextEdit(m.node(), m.field(), changed));
        history.seal();
        int index = matchIndex;
        search(matchQuery);
        changed();
        if (!matches.isEmpty()) {
            matchIndex = Math.max(-1, Math.min(index, matches.size()) - 1);
            nextMatch();
        }
        return true;
    }

    /** Replaces every match as one undo step; returns how many were replaced. */
    public int replaceAll(String replacement) {
        if (matches.isEmpty()) {
            return 0;
        }
        int count = matches.size();
        String q = matchQuery;
        org.reportdrafter.domain.edit.CompositeEdit all = new org.reportdrafter.domain.edit.CompositeEdit(Texts.get("edit.replaceAll"));
        java.util.LinkedHashSet<OutlineNode> nodes = new java.util.LinkedHashSet<>();
        for (Match m : matches) {
            nodes.add(m.node());
        }
        OutlineNode first = matches.get(0).node();
        for (OutlineNode n : nodes) {
            String h = replaceIgnoringCase(n.heading(), q, replacement);
            if (!h.equals(n.heading())) {
                all.add(new TextEdit(n, TextEdit.Field.HEADING, h));
            }
            String b = shownBody(n);
            String nb = replaceIgnoringCase(b, q, replacement);
            if (!nb.equals(b)) {
                all.add(new TextEdit(n, TextEdit.Field.BODY, nb));
            }
        }
        history.record(all);
        history.seal();
        search(q);
        afterStructural(first, TextEdit.Field.HEADING, FocusRequest.KEEP);
        return count;
    }

    private static String replaceIgnoringCase(String text, String q, String replacement) {
        String lower = text.toLowerCase(Locale.ROOT);
        String ql = q.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int i = lower.indexOf(ql); i >= 0; i = lower.indexOf(ql, i + ql.length())) {
            out.append(text, from, i).append(replacement);
            from = i + ql.length();
        }
        return out.append(text.substring(from)).toString();
    }

    // ---- properties ----------------------------------------------------------------------------

    private <T> void property(String description, Supplier<T> get, Consumer<T> set, T value) {
        if (!java.util.Objects.equals(get.get(), value)) {
            history.perform(new ValueEdit<>(description, get, set, value));
            contentChanged();
            refreshStructure();
        }
    }

    public void setTitle(String v) {
        property(Texts.get("edit.title"), report::title, report::setTitle, v);
    }

    public void setOrganization(String v) {
        property(Texts.get("edit.organization"), report::organization, report::setOrganization, v);
    }

    public void setYear(Integer v) {
        property(Texts.get("edit.year"), report::year, report::setYear, v);
    }

    public void setKind(ReportKind v) {
        property(Texts.get("edit.kind"), report::kind, report::setKind, v);
    }

    public void setDateOfIssue(LocalDate v) {
        property(Texts.get("edit.date"), report::dateOfIssue, report::setDateOfIssue, v);
    }

    private void settings(String description, ReportSettings v) {
        property(description, report::settings, report::setSettings, v);
    }

    public void setNumbering(NumberingStyle style) {
        settings(Texts.get("edit.numbering"), report.settings().withNumbering(style));
    }

    /** Measures (rank 3, or the deepest numbered rank if shallower) numbered straight through groups. */
    public void setStraightThrough(boolean on) {
        settings(Texts.get("edit.continuous"), report.settings().withContinuousRank(on ? 3 : 0));
    }

    public void setExportPreset(String preset) {
        ExportOptions o = report.settings().export().withPreset(preset);
        settings(Texts.get("edit.preset"), report.settings().withExport(o));
    }

    public void setExportFonts(String body, String title) {
        settings(Texts.get("edit.fonts"), report.settings().withExport(report.settings().export().withFonts(body, title)));
    }

    public void setBoldHeadings(boolean bold) {
        settings(Texts.get("edit.bold"), report.settings().withExport(report.settings().export().withBoldHeadings(bold)));
    }

    public void setDateUnderTitle(boolean on) {
        settings(Texts.get("edit.dateUnderTitle"), report.settings().withExport(report.settings().export().withDateUnderTitle(on)));
    }

    /** Switches a proofreading rule off or on for this report. */
    public void setCheckEnabled(String ruleId, boolean enabled) {
        java.util.Set<String> off = new java.util.TreeSet<>(report.settings().disabledChecks());
        if (enabled) {
            off.remove(ruleId);
        } else {
            off.add(ruleId);
        }
        settings(Texts.get(enabled ? "edit.ruleOn" : "edit.ruleOff"), report.settings().withDisabledChecks(off));
    }

    // ---- parts of the document, preamble and trailer ------------------------------------------------

    /** Sets one text part of the document (发文字号, 主送机关…) as an undoable step. */
    public void setPart(String description, Supplier<String> get, Consumer<String> set, String value) {
        property(description, get, set, value == null ? "" : value.strip());
    }

    /** Sets one list part (题目各行, 落款…) from lines as an undoable step; blank lines are dropped. */
    public void setPartLines(String description, List<String> target, List<String> lines) {
        List<String> clean = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        property(description, () -> List.copyOf(target), v -> {
            target.clear();
            target.addAll(v);
        }, clean);
    }

    /** An attachment's name or title. */
    public void setAttachment(org.reportdrafter.domain.Attachment a, String name, String title) {
        property(Texts.get("edit.attachment"), () -> List.of(a.name(), a.title()), v -> {
            a.setName(v.get(0));
            a.setTitle(v.get(1));
        }, List.of(name.strip(), title.strip()));
    }

    /** The text before the body (web-page furniture counted at its start): one paragraph a line. */
    public void setPreamble(List<String> lines) {
        setKept(Texts.get("edit.preamble"), report.preamble(), report::clutterBefore, report::setClutterBefore, lines, true);
    }

    /** The text after the body (web-page furniture counted at its end). */
    public void setTrailer(List<String> lines) {
        setKept(Texts.get("edit.trailer"), report.trailer(), report::clutterAfter, report::setClutterAfter, lines, false);
    }

    private void setKept(String description, List<String> target, Supplier<Integer> clutter, Consumer<Integer> setClutter,
                         List<String> lines, boolean atStart) {
        List<String> clean = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        record Kept(List<String> lines, int clutter) {
        }
        // the furniture count stays on the lines it counted as long as they are still there
        int c = clutter.get();
        int keepClutter = 0;
        for (int i = 0; i < Math.min(c, clean.size()); i++) {
            int src = atStart ? i : target.size() - 1 - i;
            int dst = atStart ? i : clean.size() - 1 - i;
            if (src < 0 || src >= target.size() || !target.get(src).equals(clean.get(dst))) {
                break;
            }
            keepClutter++;
        }
        property(description, () -> new Kept(List.copyOf(target), clutter.get()), v -> {
            target.clear();
            target.addAll(v.lines());
            setClutter.accept(v.clutter());
        }, new Kept(clean, keepClutter));
    }

    /** Lines of web-page furniture kept at the ends (navigation, 发布时间, copyright…). */
    public int clutterCount() {
        return report.clutterBefore() + report.clutterAfter();
    }

    /** Deletes the web-page furniture at the start and end of the kept text as one undoable step. */
    public boolean deleteClutter() {
        if (clutterCount() == 0) {
            return false;
        }
        List<String> pre = new ArrayList<>(report.documentPreamble());
        List<String> post = new ArrayList<>(report.documentTrailer());
        record Ends(List<String> pre, int before, List<String> post, int after) {
        }
        property(Texts.get("edit.deleteClutter"), () -> new Ends(List.copyOf(report.preamble()), report.clutterBefore(),
                List.copyOf(report.trailer()), report.clutterAfter()), v -> {
                    report.preamble().clear();
                    report.preamble().addAll(v.pre());
                    report.setClutterBefore(v.before());
                    report.trailer().clear();
                    report.trailer().addAll(v.post());
                    report.setClutterAfter(v.after());
                }, new Ends(pre, 0, post, 0));
        return true;
    }

    /** Characters of one text, as the status bar counts them. */
    public static int count(String s) {
        return TextStats.countChars(s);
    }
}
