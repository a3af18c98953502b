package org.reportdrafter.ui;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.util.Duration;
import org.reportdrafter.domain.Report;

/**
 * 分页预览: the pages of {@link PreviewLayout} drawn to scale, updated as the clerk types (laid out off the
 * FX thread; only the last edit's layout is shown), and printed through the system printer.
 */
final class PreviewPane extends ScrollPane {
    /** Points to pixels on screen. */
    private static final double ZOOM = 1.0;
    private static final double MM = 72 / 25.4;
    private final VBox pagesBox = new VBox(16);
    private final IntegerProperty pageCount = new SimpleIntegerProperty();
    private final PauseTransition typingStops = new PauseTransition(Duration.millis(120));
    private final PauseTransition firstLayout = new PauseTransition(Duration.millis(1500));
    private final AtomicLong generation = new AtomicLong();
    private final Executor background;
    private OutlineEditorViewModel vm;
    private List<PreviewLayout.Page> pages = List.of();
    private Runnable onShown = () -> { };
    /** Whether the preview tab is the one shown: pages are drawn only then (a long report has hundreds). */
    private final javafx.beans.property.BooleanProperty showing = new javafx.beans.property.SimpleBooleanProperty();

    PreviewPane(Executor background) {
        this.background = background;
        setId("preview-pane");
        pagesBox.setPadding(new Insets(16));
        pagesBox.setAlignment(Pos.TOP_CENTER);
        pagesBox.setStyle("-fx-background-color: #8a8f98;");
        setContent(pagesBox);
        setFitToWidth(true);
        typingStops.setOnFinished(e -> refresh());
        firstLayout.setOnFinished(e -> refresh());
        // pages laid out before the pane joined the window (a window built anew selects this tab before the
        // tab pane's skin puts the pane in the scene; a short report is laid out sooner) are drawn when it joins
        sceneProperty().addListener((o, was, now) -> {
            if (now != null && showing.get() && !drawn && !pages.isEmpty()) {
                draw();
            }
        });
        // shown at once when the clerk opens the preview before the first layout is due
        showing.addListener((o, was, now) -> {
            if (now && firstLayout.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                firstLayout.stop();
                refresh();
            }
        });
    }

    javafx.beans.property.BooleanProperty showingProperty() {
        return showing;
    }

    IntegerProperty pageCountProperty() {
        return pageCount;
    }

    List<PreviewLayout.Page> pages() {
        return pages;
    }

    /** Called on the FX thread each time new pages are shown (bench, tests). */
    void setOnShown(Runnable r) {
        onShown = r;
    }

    void setViewModel(OutlineEditorViewModel model) {
        vm = model;
        if (model != null) {
            model.versionProperty().addListener((o, a, b) -> {
                if (vm == model) {
                    typingStops.playFromStart();
                }
            });
            // laid out a while later, not while the window that shows the report is being built and laid out:
            // the first layout also loads the fonts' metrics, a core's work on a two-core PC (decision 18)
            generation.incrementAndGet();
            pages = List.of();
            pageCount.set(0);
            if (showing.get()) {
                typingStops.playFromStart(); // the clerk is looking at the preview: lay it out now
            } else {
                typingStops.stop();
                firstLayout.playFromStart();
            }
            return;
        }
        refresh();
    }

    /** Lays the report out again off the FX thread; a result older than the newest request is dropped. */
    void refresh() {
        long g = generation.incrementAndGet();
        if (vm == null) {
            show(g, List.of());
            return;
        }
        Report snapshot = vm.report().snapshot();
        background.execute(() -> {
            if (generation.get() != g) {
                return; // a newer edit came in: its layout wins
            }
            List<PreviewLayout.Page> laid = PreviewLayout.pages(snapshot);
            Platform.runLater(() -> show(g, laid));
        });
    }

    private void show(long g, List<PreviewLayout.Page> laid) {
        if (generation.get() != g) {
            return;
        }
        pages = laid;
        pageCount.set(vm == null ? 0 : laid.size());
        if (showing.get() && getScene() != null) {
            draw();
        } else {
            drawn = false;
        }
        onShown.run();
    }

    private boolean drawn;
    /** One sheet per page, kept between updates; each canvas painted only when in view. */
    private final List<Canvas> canvases = new java.util.ArrayList<>();
    /** The page each canvas shows now (null: not painted yet, or out of date). */
    private final List<PreviewLayout.Page> painted = new java.util.ArrayList<>();
    private static final double PAGE_W = org.reportdrafter.docx.PageLayout.PAGE_WIDTH_MM * MM;
    private static final double PAGE_H = org.reportdrafter.docx.PageLayout.PAGE_HEIGHT_MM * MM;
    private final javafx.beans.binding.DoubleBinding zoom = javafx.beans.binding.Bindings.createDoubleBinding(
            // pages scale to the width of the preview, never above 100 %
            () -> Math.min(1.0, Math.max(0.3, (getViewportBounds().getWidth() - 40) / PAGE_W)), viewportBoundsProperty());

    {
        // scrolling or resizing brings other pages into view: paint those
        vvalueProperty().addListener((o, a, b) -> paintVisible());
        viewportBoundsProperty().addListener((o, a, b) -> paintVisible());
    }

    /**
     * Shows the pages when the preview is shown (it is laid out in the background even when hidden). A
     * 30-page report has 30 sheets, but only those in view (and one either side) are painted; a sheet whose
     * page did not change keeps its painting.
     */
    void draw() {
        while (canvases.size() > pages.size()) {
            canvases.remove(canvases.size() - 1);
            painted.remove(painted.size() - 1);
            pagesBox.getChildren().remove(pagesBox.getChildren().size() - 1);
        }
        while (canvases.size() < pages.size()) {
            Canvas c = new Canvas(PAGE_W * ZOOM, PAGE_H * ZOOM);
            c.getStyleClass().add("preview-page");
            c.scaleXProperty().bind(zoom);
            c.scaleYProperty().bind(zoom);
            StackPane sheet = new StackPane(new javafx.scene.Group(c));
            sheet.setStyle("-fx-background-color: white;");
            sheet.setEffect(new DropShadow(6, Color.gray(0, 0.4)));
            sheet.setMaxWidth(Region.USE_PREF_SIZE);
            canvases.add(c);
            painted.add(null);
            pagesBox.getChildren().add(sheet);
        }
        for (int i = 0; i < pages.size(); i++) {
            if (!pages.get(i).equals(painted.get(i))) {
                painted.set(i, null);
            }
        }
        paintVisible();
        drawn = true;
    }

    /** Paints the sheets in the viewport, and one either side, that do not show their page yet. */
    private void paintVisible() {
        if (canvases.isEmpty()) {
            return;
        }
        double z = zoom.get();
        double step = PAGE_H * ZOOM * z + pagesBox.getSpacing();
        double pad = pagesBox.getPadding().getTop();
        double content = pad * 2 + canvases.size() * step - pagesBox.getSpacing();
        double viewport = getViewportBounds().getHeight() > 0 ? getViewportBounds().getHeight() : getHeight();
        double top = Math.max(0, getVvalue() * Math.max(0, content - viewport));
        int first = Math.max(0, (int) Math.floor((top - pad) / step) - 1);
        int last = Math.min(canvases.size() - 1, (int) Math.floor((top + Math.max(viewport, step) - pad) / step) + 1);
        for (int i = first; i <= last; i++) {
            if (painted.get(i) == null && i < pages.size()) {
                paint(canvases.get(i), pages.get(i), ZOOM);
                painted.set(i, pages.get(i));
            }
        }
    }

    boolean isPainted(int page) {
        return page < painted.size() && painted.get(page) != null && painted.get(page).equals(pages.get(page));
    }

    /** How many sheets show their page now (tests: only those in view are painted). */
    int paintedCount() {
        return (int) painted.stream().filter(java.util.Objects::nonNull).count();
    }

    boolean drawn() {
        return drawn;
    }

    /** One A4 page, {@code scale} pixels to the point. */
    static Canvas page(PreviewLayout.Page p, double scale) {
        Canvas c = new Canvas(PAGE_W * scale, PAGE_H * scale);
        c.getStyleClass().add("preview-page");
        paint(c, p, scale);
        return c;
    }

    private static void paint(Canvas c, PreviewLayout.Page p, double scale) {
        org.reportdrafter.docx.PageLayout layout = org.reportdrafter.docx.PageLayout.GUOBIAO;
        double w = PAGE_W;
        double h = PAGE_H;
        GraphicsContext g = c.getGraphicsContext2D();
        g.setTransform(new javafx.scene.transform.Affine());
        // clearing the whole canvas drops its earlier drawing commands, so repainting does not pile them up
        g.clearRect(0, 0, c.getWidth(), c.getHeight());
        g.scale(scale, scale);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double left = layout.leftMm() * MM;
        double textWidth = layout.textWidthTwips() / 20.0;
        double pitch = layout.linePitchPt();
        double charPitch = layout.charTwips(org.reportdrafter.docx.PageLayout.BODY_PT) / 20.0;
        double top = layout.topMm() * MM;
        g.setFill(Color.BLACK);
        int i = 0;
        for (PreviewLayout.Line l : p.lines()) {
            double x0 = switch (l.align()) {
                case LEFT -> left + l.leftPt();
                case CENTER -> left + (textWidth - l.width()) / 2;
                case RIGHT -> left + textWidth - l.rightPt() - l.width();
            };
            // an exact line: Word puts the baseline about 0.8 of the pitch down
            double y = top + i * pitch + pitch * 0.78;
            drawRun(g, l, x0, y);
            i++;
        }
        // — N —: 4号, a quarter of the way down the bottom margin; odd pages right, even pages left, 一字 in
        PreviewFonts.Face face = PreviewFonts.face(org.reportdrafter.docx.PageLayout.PAGE_NUMBER_FONT, false);
        double size = org.reportdrafter.docx.PageLayout.PAGE_NUMBER_PT;
        String number = p.pageNumber();
        int[] scripts = PreviewFonts.scripts(number);
        double nw = 0;
        for (int k = 0; k < number.length(); k++) {
            nw += face.width(number.charAt(k), scripts[k]) * size;
        }
        double ny = h - layout.bottomMm() * MM + org.reportdrafter.docx.PageLayout.PAGE_NUMBER_GAP_MM * MM + 14;
        double x = p.odd() ? left + textWidth - charPitch - nw : left + charPitch;
        for (int k = 0; k < number.length(); k++) {
            char ch = number.charAt(k);
            g.setFont(font(face.family(ch, scripts[k]), false, size));
            g.fillText(String.valueOf(ch), x, ny);
            x += face.width(ch, scripts[k]) * size;
        }
    }

    /**
     * Draws a line's characters where the layout measured them, each in the font that sets it (the Chinese
     * or the Latin font of its style, or a run-in heading's), so what is drawn is what was measured.
     */
    private static void drawRun(GraphicsContext g, PreviewLayout.Line l, double x0, double y) {
        String t = l.text();
        int[] scripts = PreviewFonts.scripts(t);
        Font current = null;
        for (int k = 0; k < t.length(); k++) {
            char ch = t.charAt(k);
            if (ch == ' ' || ch == '\u3000') {
                continue;
            }
            PreviewFonts.Face face = l.faceAt(k);
            Font f = font(face.family(ch, scripts[k]), face.bold, l.sizePt());
            if (f != current) {
                g.setFont(f);
                current = f;
            }
            g.fillText(String.valueOf(ch), x0 + l.xs()[k], y);
        }
    }

    private static final java.util.Map<String, Font> FONTS = new java.util.HashMap<>();

    /** JavaFX fonts by family, weight and size, made once (painting asks for them per character). */
    private static Font font(String family, boolean bold, double size) {
        return FONTS.computeIfAbsent(family + (bold ? "/b/" : "/") + size,
                k -> Font.font(family, bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }

    /** Prints the pages through the system printer, one A4 sheet each. */
    boolean print(javafx.stage.Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            Dialogs.error(owner, Texts.get("print.noPrinter"));
            return false;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return false;
        }
        Printer printer = job.getPrinter();
        PageLayout a4 = printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        boolean ok = true;
        for (PreviewLayout.Page p : pages) {
            Node page = page(p, 1);
            // the printable area starts at the hardware margin: shift back so the GB/T margins hold on paper
            page.setTranslateX(-a4.getLeftMargin());
            page.setTranslateY(-a4.getTopMargin());
            ok &= job.printPage(a4, page);
        }
        return ok && job.endJob();
    }

    void dispose() {
        typingStops.stop();
        generation.incrementAndGet();
    }
}
