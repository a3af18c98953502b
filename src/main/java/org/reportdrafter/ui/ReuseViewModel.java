package org.reportdrafter.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Provenance;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.SearchFilter;
import org.reportdrafter.domain.SectionHit;
import org.reportdrafter.domain.YearNameReview;
import org.reportdrafter.domain.edit.CompositeEdit;
import org.reportdrafter.domain.edit.MoveEdit;
import org.reportdrafter.domain.edit.TextEdit;
import org.reportdrafter.storage.Phrases;
import org.reportdrafter.storage.ReportRepository;

/**
 * 素材库: search the library, sections similar to the one being edited, inserting a past section with
 * its provenance, the review of years and names it brings, and the phrase library.
 */
public final class ReuseViewModel {
    /** Where a past section goes. */
    public enum InsertMode { SIBLING, CHILD, REPLACE_TEXT }

    private final LibraryViewModel library;
    private final Phrases phrases;
    private final ObservableList<SectionHit> results = FXCollections.observableArrayList();
    private final ObservableList<SectionHit> similar = FXCollections.observableArrayList();
    private final javafx.beans.property.BooleanProperty includeTemplates = new javafx.beans.property.SimpleBooleanProperty(false);
    private final javafx.beans.property.BooleanProperty includeOpenReport = new javafx.beans.property.SimpleBooleanProperty(false);

    public ReuseViewModel(LibraryViewModel library, Phrases phrases) {
        this.library = library;
        this.phrases = phrases;
    }

    public ObservableList<SectionHit> results() {
        return results;
    }

    public ObservableList<SectionHit> similar() {
        return similar;
    }

    private ReportRepository repo() {
        return library.repository();
    }

    public javafx.beans.property.BooleanProperty includeTemplatesProperty() {
        return includeTemplates;
    }

    public javafx.beans.property.BooleanProperty includeOpenReportProperty() {
        return includeOpenReport;
    }

    /**
     * Searches the library. The report being written and the templates are left out unless the clerk
     * asked for them: a clerk looks for what was written before, not for the draft's own words.
     */
    public List<SectionHit> search(String query, SearchFilter filter) {
        OutlineEditorViewModel ed = library.editor();
        Long open = includeOpenReport.get() || ed == null ? null : ed.report().id();
        List<SectionHit> hits = repo().searchSections(query, filter.leavingOut(open, includeTemplates.get()), 100);
        results.setAll(hits);
        return hits;
    }

    /** Sections like the node being edited (by heading and text), from other reports, best first. */
    public List<SectionHit> updateSimilar(OutlineNode node) {
        OutlineEditorViewModel ed = library.editor();
        if (node == null || ed == null) {
            showSimilar("", List.of());
            return List.of();
        }
        String text = similarQuery(node);
        similarAsked.incrementAndGet(); // an answer still on its way is older than this one
        List<SectionHit> hits = text.isBlank() ? List.of() : repo().similarSections(text, ed.report().id(), 20);
        showSimilar(text.isBlank() ? "" : named(node), hits);
        return hits;
    }

    /** What the similar list says when it is empty: nothing to compare, or nothing like it in the library. */
    public javafx.beans.property.ReadOnlyStringProperty similarStatusProperty() {
        return similarStatus;
    }

    private final javafx.beans.property.SimpleStringProperty similarStatus = new javafx.beans.property.SimpleStringProperty(Texts.get("reuse.similarNothingToMatch"));

    /** The heading, and the start of the text when the heading alone says little. */
    private static String similarQuery(OutlineNode node) {
        return node.heading() + (node.heading().length() < 8 && !node.body().isEmpty() ? node.body().get(0) : "");
    }

    /** How the empty list names the item: by its heading, or by the start of its text. */
    private static String named(OutlineNode node) {
        return node.heading().isBlank() && !node.body().isEmpty() ? node.body().get(0) : node.heading();
    }

    private void showSimilar(String text, List<SectionHit> hits) {
        similar.setAll(hits);
        String shown = text.strip();
        shown = shown.length() > 20 ? shown.substring(0, 20) + "…" : shown;
        similarStatus.set(shown.isEmpty() ? Texts.get("reuse.similarNothingToMatch")
                : hits.isEmpty() ? Texts.get("reuse.similarNone", shown) : "");
    }

    private final java.util.concurrent.atomic.AtomicLong similarAsked = new java.util.concurrent.atomic.AtomicLong();

    /**
     * As {@link #updateSimilar}, with the query run on {@code background}: it runs after every pause in
     * typing, and a full-text query over a large library must not hold up the window. Only the answer to
     * the last request is shown; a failed query empties the list and says why in {@code failed}.
     */
    public void updateSimilarInBackground(OutlineNode node, java.util.concurrent.Executor background,
                                          java.util.concurrent.Executor fx, java.util.function.Consumer<String> failed) {
        long asked = similarAsked.incrementAndGet();
        OutlineEditorViewModel ed = library.editor();
        String text = node == null || ed == null ? "" : similarQuery(node);
        if (text.isBlank()) {
            showSimilar("", List.of());
            return;
        }
        Long exclude = ed.report().id();
        background.execute(() -> {
            if (similarAsked.get() != asked) {
                return;
            }
            try {
                List<SectionHit> hits = repo().similarSections(text, exclude, 20);
                fx.execute(() -> {
                    if (similarAsked.get() == asked) {
                        showSimilar(named(node), hits);
                    }
                });
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    similar.clear();
                    similarStatus.set("");
                    failed.accept(Texts.error(e));
                });
            }
        });
    }

    /** Opens a result's report at the section. */
    public OutlineEditorViewModel open(SectionHit hit) {
        return openAt(hit.reportId(), hit.nodeUid());
    }

    /** Opens a report at a node (a result, or where a reused section came from). */
    public OutlineEditorViewModel openAt(long reportId, String nodeUid) {
        OutlineEditorViewModel vm = library.open(reportId);
        for (OutlineNode n : vm.report().allNodes()) {
            if (n.uid().equals(nodeUid)) {
                vm.goTo(n, TextEdit.Field.HEADING, OutlineEditorViewModel.FocusRequest.END, 0);
                break;
            }
        }
        return vm;
    }

    /**
     * Inserts a past section (with its subtree) next to or under the selected node, or puts its text in
     * the selected node. Inserted nodes remember where they came from. Returns the years and names to
     * review; nothing is replaced until they are accepted.
     */
    public List<YearNameReview.Item> insert(SectionHit hit, InsertMode mode) {
        OutlineEditorViewModel ed = library.editor();
        OutlineNode target = ed.selected();
        OutlineNode source = repo().loadSection(hit.nodeId()).orElseThrow();
        Report sourceReport = repo().load(hit.reportId()).orElseThrow();
        Provenance p = new Provenance(hit.reportId(), hit.reportTitle(), hit.path(), hit.nodeUid(), LocalDate.now().toString());
        OutlineNode copy = source.deepCopy();
        for (OutlineNode n : copy.subtree()) {
            n.setProvenance(p);
            n.setSourceLabel("");
        }
        CompositeEdit edit = new CompositeEdit(Texts.get("edit.insertPast"));
        List<OutlineNode> inserted;
        if (mode == InsertMode.REPLACE_TEXT && target != null) {
            edit.add(new TextEdit(target, TextEdit.Field.HEADING, copy.heading()));
            edit.add(new TextEdit(target, TextEdit.Field.BODY, String.join("\n", copy.body())));
            edit.add(new org.reportdrafter.domain.edit.ValueEdit<>("", target::provenance, target::setProvenance, p));
            inserted = List.of(target);
        } else {
            OutlineNode parent = target == null ? ed.report().root() : mode == InsertMode.CHILD ? target : target.parent();
            int index = target == null ? parent.children().size() : mode == InsertMode.CHILD ? target.children().size() : target.indexInParent() + 1;
            edit.add(new MoveEdit("", copy, parent, index));
            inserted = copy.subtree();
        }
        ed.recordApplied(edit, inserted.get(0));
        return YearNameReview.find(inserted, sourceReport.year(), ed.report().year(),
                YearNameReview.organizationOf(sourceReport.organization(), sourceReport.title()),
                YearNameReview.organizationOf(ed.report().organization(), ed.report().title()));
    }

    /** Applies the accepted review items as one undo step. */
    public void applyReview(List<YearNameReview.Item> accepted) {
        OutlineEditorViewModel ed = library.editor();
        if (accepted.isEmpty() || ed == null) {
            return;
        }
        CompositeEdit edit = new CompositeEdit(Texts.get("edit.yearsAndNames"));
        java.util.Map<OutlineNode, List<YearNameReview.Item>> byNode = new java.util.LinkedHashMap<>();
        for (YearNameReview.Item it : accepted) {
            byNode.computeIfAbsent(it.node(), k -> new ArrayList<>()).add(it);
        }
        for (var e : byNode.entrySet()) {
            OutlineNode n = e.getKey();
            List<YearNameReview.Item> head = e.getValue().stream().filter(i -> i.paragraph() < 0).toList();
            if (!head.isEmpty()) {
                edit.add(new TextEdit(n, TextEdit.Field.HEADING, YearNameReview.apply(n.heading(), head)));
            }
            List<String> body = new ArrayList<>(n.body());
            boolean changed = false;
            for (int i = 0; i < body.size(); i++) {
                int para = i;
                List<YearNameReview.Item> items = e.getValue().stream().filter(x -> x.paragraph() == para).toList();
                if (!items.isEmpty()) {
                    body.set(i, YearNameReview.apply(body.get(i), items));
                    changed = true;
                }
            }
            if (changed) {
                edit.add(new TextEdit(n, TextEdit.Field.BODY, String.join("\n", body)));
            }
        }
        ed.recordApplied(edit, accepted.get(0).node());
    }

    /** Last year's report as the start of this year's: a copy, and the years and names to review. */
    public List<YearNameReview.Item> newFromExisting(long sourceId, String organization, int year) {
        Report source = repo().load(sourceId).orElseThrow();
        Report r = source.copy();
        r.setStatus(org.reportdrafter.domain.ReportStatus.DRAFT);
        r.setYear(year);
        r.setOrganization(organization);
        r.setDateOfIssue(null);
        String title = r.title();
        if (source.year() != null) {
            // the later year first, so a year just written is not shifted again; 年 is the title's own word
            title = title.replace((source.year() + 1) + "年", "\u0000" + (year + 1) + "年").replace(source.year() + "年", year + "年")
                    .replace("\u0000", "");
        }
        if (!source.organization().isBlank()) {
            title = title.replace(source.organization(), organization);
        }
        r.setTitle(title);
        Provenance p = new Provenance(sourceId, source.title(), "", "", LocalDate.now().toString());
        for (OutlineNode n : r.allNodes()) {
            n.setProvenance(p);
        }
        long id = repo().save(r);
        library.refresh();
        OutlineEditorViewModel vm = library.open(id);
        return YearNameReview.find(vm.report().allNodes(), source.year(), year, source.organization(), organization);
    }

    /**
     * What the phrase list says when it shows none: with a filter, that nothing matches it; otherwise what
     * phrases are for and how to keep one (the buttons named as they read).
     */
    public static String noPhrasesText(String filter) {
        return filter == null || filter.isBlank() ? Texts.get("reuse.phrasesEmpty", Texts.get("reuse.savePhrase"), Texts.get("reuse.insertPhrase"))
                : Texts.get("reuse.phrasesNoMatch", filter.strip());
    }

    public List<String> phrases(String filter) {
        return phrases.find(filter);
    }

    public void savePhrase(String text) {
        phrases.add(text);
    }

    public void phraseUsed(String text) {
        phrases.used(text);
    }

    public void removePhrase(String text) {
        phrases.remove(text);
    }

    /** Why a year or name is listed, in the UI language (the domain says it in Chinese). */
    static String reason(org.reportdrafter.domain.YearNameReview.Item it) {
        return switch (it.why()) {
            case YEAR -> Texts.get("reuse.reason.year", String.valueOf(it.year()));
            case RELATIVE -> Texts.get("reuse.reason.relative", it.found(), String.valueOf(it.year()));
            case ORGANIZATION -> Texts.get("reuse.reason.organization");
            case OTHER -> it.reason();
        };
    }
}
