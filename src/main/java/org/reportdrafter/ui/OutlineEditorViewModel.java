package org.reportdrafter.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
    /** Where the view should put the caret after an operation. */
    public record FocusRequest(OutlineNode node, TextEdit.Field field, int caret) {
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
    private Map<OutlineNode, String> labels = Map.of();
    private List<Match> matches = List.of();
    private int matchIndex = -1;

    public OutlineEditorViewModel(Report report) {
        this.report = report;
        selected.addListener((o, a, b) -> updateSectionChars());
        refreshStructure();
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
        afterView(select, field, caret);
    }

    /** Moves the selection and caret, expanding the way to it: view state only, nothing to save. */
    private void afterView(OutlineNode select, TextEdit.Field field, int caret) {
        if (select != null) {
            for (OutlineNode p = select.parent(); p != null; p = p.parent()) {
                collapsed.remove(p);
            }
        }
        refreshStructure();
        if (select != null) {
            selected.set(select);
            focusRequest.set(new FocusRequest(select, field, caret));
        }
    }

    private OutlineNode target() {
        return selected.get();
    }

    public boolean indent() {
        return structural(OutlineOps.indent(history, target()), true);
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

    private boolean structural(OutlineNode result, boolean keepCaret) {
        if (result == null) {
            return false;
        }
        afterStructural(result, TextEdit.Field.HEADING, keepCaret ? -1 : 0);
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
        return structural(moved, false);
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
        if (e instanceof TextEdit t) {
            focus = t.node();
            field = t.field();
        } else if (e instanceof org.reportdrafter.domain.edit.MoveEdit m && m.node().parent() != null) {
            focus = m.node();
        } else if (selected.get() != null && isAttached(selected.get())) {
            focus = selected.get();
        }
        if (focus != null && !isAttached(focus)) {
            focus = null;
        }
        afterStructural(focus, field, -1);
        return true;
    }

    private boolean isAttached(OutlineNode n) {
        return n == report.root() || n.isDescendantOf(report.root());
    }

    // ---- text --------------------------------------------------------------------------------

    /** Text typed in a heading; consecutive typing is one undo step. */
    public void setHeading(OutlineNode n, String text) {
        if (!text.equals(n.heading())) {
            history.perform(new TextEdit(n, TextEdit.Field.HEADING, text));
            contentChanged();
            changed();
        }
    }

    /** Text typed in a body: paragraphs separated by line breaks. */
    public void setBody(OutlineNode n, String text) {
        if (!text.equals(String.join("\n", n.body()))) {
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
        history.record(edit);
        history.seal();
        afterStructural(focus, TextEdit.Field.HEADING, -1);
    }

    // ---- collapse ------------------------------------------------------------------------------

    public void toggleCollapsed(OutlineNode n) {
        if (!collapsed.remove(n) && !n.children().isEmpty()) {
            collapsed.add(n);
        }
        refreshStructure();
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
        refreshStructure();
    }

    // ---- find ----------------------------------------------------------------------------------

    /** Finds every occurrence in headings and bodies; returns the count and selects the first. */
    public int find(String query) {
        List<Match> found = new ArrayList<>();
        if (query != null && !query.isEmpty()) {
            for (OutlineNode n : report.allNodes()) {
                collect(n, TextEdit.Field.HEADING, n.heading(), query, found);
                collect(n, TextEdit.Field.BODY, String.join("\n", n.body()), query, found);
            }
        }
        matches = found;
        matchIndex = -1;
        if (!found.isEmpty()) {
            nextMatch();
        }
        return found.size();
    }

    private static void collect(OutlineNode n, TextEdit.Field f, String text, String q, List<Match> out) {
        String t = text.toLowerCase(Locale.ROOT);
        String query = q.toLowerCase(Locale.ROOT);
        for (int i = t.indexOf(query); i >= 0; i = t.indexOf(query, i + query.length())) {
            out.add(new Match(n, f, i));
        }
    }

    public Match nextMatch() {
        if (matches.isEmpty()) {
            return null;
        }
        matchIndex = (matchIndex + 1) % matches.size();
        Match m = matches.get(matchIndex);
        afterView(m.node(), m.field(), m.offset());
        return m;
    }

    public int matchIndex() {
        return matchIndex;
    }

    public int matchCount() {
        return matches.size();
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
        property("修改标题", report::title, report::setTitle, v);
    }

    public void setOrganization(String v) {
        property("修改单位", report::organization, report::setOrganization, v);
    }

    public void setYear(Integer v) {
        property("修改年份", report::year, report::setYear, v);
    }

    public void setKind(ReportKind v) {
        property("修改种类", report::kind, report::setKind, v);
    }

    public void setDateOfIssue(LocalDate v) {
        property("修改成文日期", report::dateOfIssue, report::setDateOfIssue, v);
    }

    private void settings(String description, ReportSettings v) {
        property(description, report::settings, report::setSettings, v);
    }

    public void setNumbering(NumberingStyle style) {
        settings("修改编号样式", report.settings().withNumbering(style));
    }

    /** Measures (rank 3, or the deepest numbered rank if shallower) numbered straight through groups. */
    public void setStraightThrough(boolean on) {
        settings("修改连续编号", report.settings().withContinuousRank(on ? 3 : 0));
    }

    public void setExportPreset(String preset) {
        ExportOptions o = report.settings().export().withPreset(preset);
        settings("修改导出版式", report.settings().withExport(o));
    }

    public void setExportFonts(String body, String title) {
        settings("修改字体", report.settings().withExport(report.settings().export().withFonts(body, title)));
    }

    public void setBoldHeadings(boolean bold) {
        settings("修改标题加粗", report.settings().withExport(report.settings().export().withBoldHeadings(bold)));
    }

    public void setDateUnderTitle(boolean on) {
        settings("修改标题下日期", report.settings().withExport(report.settings().export().withDateUnderTitle(on)));
    }

    /** Switches a proofreading rule off or on for this report. */
    public void setCheckEnabled(String ruleId, boolean enabled) {
        java.util.Set<String> off = new java.util.TreeSet<>(report.settings().disabledChecks());
        if (enabled) {
            off.remove(ruleId);
        } else {
            off.add(ruleId);
        }
        settings(enabled ? "启用校对规则" : "关闭校对规则", report.settings().withDisabledChecks(off));
    }

    /** Characters of one text, as the status bar counts them. */
    public static int count(String s) {
        return TextStats.countChars(s);
    }
}
