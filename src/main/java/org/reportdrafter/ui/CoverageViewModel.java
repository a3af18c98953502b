package org.reportdrafter.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportdrafter.cycle.Coverage;
import org.reportdrafter.cycle.CoverageChecker;
import org.reportdrafter.cycle.CoverageTable;
import org.reportdrafter.cycle.Skeletons;
import org.reportdrafter.docx.DocxExporter;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.PlanLink;
import org.reportdrafter.domain.Report;
import org.reportdrafter.domain.ReportKind;
import org.reportdrafter.domain.ReportSummary;
import org.reportdrafter.domain.YearNameReview;
import org.reportdrafter.domain.edit.TextEdit;

/**
 * The 对照 pane and the two drafting actions of the yearly cycle. The check runs on a snapshot of the
 * open report off the FX thread; a newer request makes an older result stale, so what is shown is
 * always the newest text's.
 */
public final class CoverageViewModel {
    private final LibraryViewModel library;
    private final Executor fx;
    private final Executor background;
    private final ObjectProperty<Report> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<Coverage> coverage = new SimpleObjectProperty<>();
    private final ObservableList<Coverage.Item> items = FXCollections.observableArrayList();
    private final ObservableList<Coverage.Unplanned> unplanned = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final AtomicLong generation = new AtomicLong();
    private OutlineEditorViewModel editor;

    public CoverageViewModel(LibraryViewModel library, Executor fx, Executor background) {
        this.library = library;
        this.fx = fx;
        this.background = background;
    }

    public ObjectProperty<Report> planProperty() {
        return plan;
    }

    public ObjectProperty<Coverage> coverageProperty() {
        return coverage;
    }

    public ObservableList<Coverage.Item> items() {
        return items;
    }

    public ObservableList<Coverage.Unplanned> unplanned() {
        return unplanned;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The report being edited changed: its own plan is looked up (the one it was drafted from). */
    public void setEditor(OutlineEditorViewModel vm) {
        editor = vm;
        generation.incrementAndGet();
        items.clear();
        unplanned.clear();
        coverage.set(null);
        plan.set(null);
        if (vm == null) {
            status.set("");
            return;
        }
        PlanLink link = vm.report().parts().answers();
        if (vm.report().kind() == ReportKind.PLAN) {
            status.set(Texts.get("coverage.openIsPlan", Texts.get("action.summaryFromPlan")));
            return;
        }
        if (link != null && link.reportId() != null) {
            Optional<Report> p = library.repository().load(link.reportId());
            if (p.isPresent()) {
                setPlan(p.get());
                return;
            }
            status.set(Texts.get("coverage.planGone", link.title()));
            return;
        }
        status.set(Texts.get("coverage.choosePlan"));
    }

    /** Plans in the library a summary may be checked against, this year's first. */
    public List<ReportSummary> planChoices() {
        Integer year = editor == null ? null : editor.report().year();
        return library.repository().list().stream()
                .filter(s -> s.kind() == ReportKind.PLAN || s.kind() == ReportKind.SUMMARY_AND_PLAN)
                .filter(s -> editor == null || editor.report().id() == null || s.id() != editor.report().id())
                .sorted(java.util.Comparator.comparing((ReportSummary s) -> year != null && year.equals(s.year()) ? 0 : 1)
                        .thenComparing(s -> -(s.year() == null ? 0 : s.year())))
                .toList();
    }

    public void choosePlan(long id) {
        library.repository().load(id).ifPresent(this::setPlan);
    }

    public void setPlan(Report p) {
        plan.set(p);
        refresh();
    }

    /** Checks the open summary against the plan, off the FX thread; results arrive on it. */
    public void refresh() {
        Report p = plan.get();
        if (editor == null || p == null) {
            return;
        }
        long gen = generation.incrementAndGet();
        Report snapshot = editor.report().snapshot();
        checking.set(true);
        background.execute(() -> {
            Coverage c;
            try {
                c = new CoverageChecker().check(p, snapshot);
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    if (gen == generation.get()) {
                        checking.set(false);
                        status.set(Texts.get("coverage.failed", Texts.error(e)));
                    }
                });
                return;
            }
            fx.execute(() -> {
                if (gen != generation.get()) {
                    return; // the text changed since: a newer check is on its way
                }
                checking.set(false);
                coverage.set(c);
                items.setAll(c.items());
                unplanned.setAll(c.unplanned());
                status.set(Texts.get("coverage.result", p.title(), c.items().size(),
                        c.count(Coverage.Status.COVERED), c.count(Coverage.Status.PARTLY),
                        c.count(Coverage.Status.MISSING), c.unplanned().size()));
            });
        });
    }

    /** The plan item as written: its path, then its text. */
    public static String planText(Coverage.Item item) {
        StringBuilder sb = new StringBuilder(item.measure().path()).append("\n\n").append(item.measure().text());
        for (Coverage.TargetCheck t : item.targets()) {
            sb.append(Texts.get("coverage.planTarget", t.planned().indicator(), t.planned().display(), resultName(t.result())));
            if (t.reported() != null) {
                sb.append(Texts.get("coverage.planTargetReported", t.reported().text()));
            }
        }
        return sb.toString();
    }

    /** A measure's status in the chosen language (the cycle package names it in Chinese for the exported table). */
    public static String statusName(Coverage.Status s) {
        return Texts.get("coverage.status." + s.code());
    }

    /** A target's result in the chosen language. */
    public static String resultName(Coverage.TargetResult r) {
        return Texts.get("coverage.targetResult." + r.code());
    }

    /** The summary passages that account for it, or what is missing. */
    public static String evidenceText(Coverage.Item item) {
        if (item.evidence().isEmpty()) {
            return Texts.get("coverage.noEvidence");
        }
        StringBuilder sb = new StringBuilder();
        for (Coverage.Evidence e : item.evidence()) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(Texts.get("coverage.evidence", e.path(), String.valueOf(Math.round(e.score() * 100)))).append('\n').append(e.excerpt());
        }
        return sb.toString();
    }

    /** Selects the summary node of a passage in the editor (the check ran on a snapshot: nodes are found by uid). */
    public boolean jumpTo(Coverage.Evidence e) {
        if (editor == null || e.node() == null) {
            return false;
        }
        for (OutlineNode n : editor.report().allNodes()) {
            if (n.uid().equals(e.node().uid())) {
                editor.goTo(n, e.paragraph() < 0 ? TextEdit.Field.HEADING : TextEdit.Field.BODY,
                        OutlineEditorViewModel.FocusRequest.END, 0);
                return true;
            }
        }
        return false;
    }

    /** 由计划起草总结: the draft is stored and opened. */
    public OutlineEditorViewModel draftSummaryFromPlan() {
        if (editor == null) {
            return null;
        }
        library.saveNow();
        Report p = editor.report().snapshot();
        Report draft = Skeletons.summaryFromPlan(p);
        long id = library.repository().save(draft);
        library.refresh();
        return library.open(id);
    }

    /** 起草下一年计划: stored and opened; returns the year/name items for the clerk to confirm. */
    public List<YearNameReview.Item> draftNextPlan() {
        if (editor == null) {
            return List.of();
        }
        library.saveNow();
        Report summary = editor.report().snapshot();
        Report last = null;
        PlanLink link = summary.parts().answers();
        if (link != null && link.reportId() != null) {
            last = library.repository().load(link.reportId()).orElse(null);
        }
        Skeletons.NextPlan next = Skeletons.planFromSummary(summary, last);
        long id = library.repository().save(next.plan());
        library.refresh();
        OutlineEditorViewModel vm = library.open(id);
        if (last == null) {
            return List.of();
        }
        // the review runs on the opened report's own nodes, so accepting an item edits what is on screen
        List<OutlineNode> kept = vm.report().allNodes().stream().filter(n -> !n.guidance() || n.provenance() == null).toList();
        return YearNameReview.find(kept, last.year(), vm.report().year(), last.organization(), vm.report().organization());
    }

    /** Exports the open summary with the 对照 appended as a table; the report itself is unchanged. */
    public DocxExporter.Result exportWithTable(Path out) throws IOException {
        Coverage c = coverage.get();
        if (editor == null || c == null) {
            throw new IllegalStateException(Texts.get("coverage.noResult"));
        }
        return new DocxExporter().export(CoverageTable.appendTo(editor.report().snapshot(), c), out);
    }
}
