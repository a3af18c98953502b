package org.reportdrafter.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * One text of an outline item (its heading or its body). It is drawn as plain text until the clerk edits it
 * (a click, the caret moved there from the keyboard); only then is the RichTextFX area made, and kept.
 * A screenful of items had two areas each, and making and styling them was most of the time the window
 * took to show a report and a move took to repaint (decision 18): an area is a scrolling control of its own
 * with a dozen nodes and listeners, plain text is one node per run of text.
 * <p>Both forms carry the same style class (node-heading, node-body) and pseudo-classes (h1…, guidance), so
 * app.css styles them alike, and the same font and wrapping, so an item keeps its height when its area replaces
 * the text.
 */
final class FieldText extends StackPane {
    /** A run of the text marked with a style class (a finding, a find match). */
    record Mark(int from, int to, String style) {
    }

    private final TextFlow display = new MeasuredFlow();
    /** Behind the text: the marks' backgrounds and underlines, drawn from the laid-out text. */
    private final Pane marksLayer = new Pane();
    private final Label prompt = new Label();
    private final String styleClass;
    /** The variants shown (h1…h4, guidance): pseudo-classes, so a change restyles without matching again. */
    private final Set<PseudoClass> variants = new HashSet<>();
    private final ReadOnlyIntegerWrapper length = new ReadOnlyIntegerWrapper();
    private final Consumer<StyleClassedTextArea> onAreaMade;
    private StyleClassedTextArea area;
    private String text = "";
    private List<Mark> marks = List.of();
    private boolean marksDrawn;

    FieldText(String styleClass, Consumer<StyleClassedTextArea> onAreaMade) {
        this.onAreaMade = onAreaMade;
        this.styleClass = styleClass;
        display.getStyleClass().setAll(styleClass, "field-display");
        display.setStyle(CjkFonts.style(16));
        // the list's width decides, so the text wraps (the area does the same)
        display.setPrefWidth(0);
        display.setMinWidth(0);
        marksLayer.setManaged(false);
        marksLayer.setMouseTransparent(true);
        // prompts lie over the empty text, top left, and let clicks through to it
        prompt.getStyleClass().add("body-prompt");
        prompt.setWrapText(true);
        prompt.setMouseTransparent(true);
        prompt.setStyle(CjkFonts.style(16));
        prompt.setMaxWidth(Double.MAX_VALUE);
        prompt.setPadding(new Insets(0, 0, 0, 1));
        prompt.visibleProperty().bind(length.isEqualTo(0).and(prompt.textProperty().isNotEmpty()));
        setAlignment(Pos.TOP_LEFT);
        getChildren().setAll(marksLayer, display, prompt);
        // A press on the plain text makes the area, and the area gets the press and the drag after it, as if
        // it had been there all along: the caret goes where the press was, a drag selects.
        display.setCursor(javafx.scene.Cursor.TEXT);
        display.addEventFilter(MouseEvent.ANY, e -> {
            if (e.getEventType() == MouseEvent.MOUSE_PRESSED && area == null) {
                area();
            }
            if (area != null && e.getEventType() != MouseEvent.MOUSE_ENTERED && e.getEventType() != MouseEvent.MOUSE_EXITED
                    && e.getEventType() != MouseEvent.MOUSE_ENTERED_TARGET && e.getEventType() != MouseEvent.MOUSE_EXITED_TARGET) {
                area.fireEvent(toArea(e));
                e.consume();
            }
        });
        showText();
    }

    /**
     * The mouse event as the area would have had it. Not copyFor: that takes the point from the node picked,
     * a run of the plain text that has left the scene, and the area got its local coordinates as scene ones.
     */
    private MouseEvent toArea(MouseEvent e) {
        javafx.geometry.Point2D p = area.sceneToLocal(e.getSceneX(), e.getSceneY());
        return new MouseEvent(area, area, e.getEventType(), p.getX(), p.getY(), e.getScreenX(), e.getScreenY(), e.getButton(),
                e.getClickCount(), e.isShiftDown(), e.isControlDown(), e.isAltDown(), e.isMetaDown(), e.isPrimaryButtonDown(),
                e.isMiddleButtonDown(), e.isSecondaryButtonDown(), e.isSynthesized(), e.isPopupTrigger(), e.isStillSincePress(),
                new javafx.scene.input.PickResult(area, e.getSceneX(), e.getSceneY()));
    }

    /** The area, made now if it was not yet: the text, its marks and its style classes go with it. */
    StyleClassedTextArea area() {
        if (area == null) {
            StyleClassedTextArea a = new StyleClassedTextArea();
            a.setWrapText(true);
            a.setAutoHeight(true);
            // one history for text and structure: the view model's, not the area's own
            a.setUndoManager(UndoUtils.noOpUndoManager());
            CaretBlink.install(a);
            a.setStyle(CjkFonts.style(16));
            a.getStyleClass().add(styleClass);
            variants.forEach(v -> a.pseudoClassStateChanged(v, true));
            a.replaceText(text);
            for (Mark m : marks) {
                a.setStyleClass(m.from(), m.to(), m.style());
            }
            a.lengthProperty().addListener((o, was, now) -> length.set(now.intValue()));
            area = a;
            getChildren().setAll(a, prompt);
            onAreaMade.accept(a);
            if (getScene() != null) {
                // laid out now, at the text's height: an area starts 100 px high and grows to its text over the
                // next frames, and meanwhile the list measured (and scrolled by) a long item that short
                applyCss();
                layout();
                a.layout();
            }
        }
        return area;
    }

    boolean hasArea() {
        return area != null;
    }

    /** The clerk is typing in it. */
    boolean isEditing() {
        return area != null && area.isFocused();
    }

    String getText() {
        return area != null ? area.getText() : text;
    }

    int getLength() {
        return length.get();
    }

    /** Puts the report's text in; the marks are set again after it. */
    void setText(String s) {
        if (area != null) {
            area.replaceText(s);
            return;
        }
        text = s;
        marks = List.of();
        length.set(s.length());
        showText();
    }

    void setPrompt(String s) {
        if (!s.equals(prompt.getText())) {
            prompt.setText(s);
        }
    }

    /**
     * Shows these variants (h1…h4, guidance) on both forms. They are pseudo-classes, not style classes: the list
     * measures unseen items with one cell, and a style class changed from item to item made it match the cell's
     * styles from scratch each time, a third of a move's time on a long report.
     */
    void setVariants(List<String> names) {
        Set<PseudoClass> now = new HashSet<>();
        for (String n : names) {
            now.add(PseudoClass.getPseudoClass(n));
        }
        for (PseudoClass v : List.copyOf(variants)) {
            if (!now.contains(v)) {
                variants.remove(v);
                show(v, false);
            }
        }
        for (PseudoClass v : now) {
            if (variants.add(v)) {
                show(v, true);
            }
        }
    }

    private void show(PseudoClass v, boolean on) {
        display.pseudoClassStateChanged(v, on);
        if (area != null) {
            area.pseudoClassStateChanged(v, on);
        }
    }

    /** The plain text as drawn (for tests: where a press lands, which marks are drawn). */
    TextFlow display() {
        return display;
    }

    /** The marks' drawn backgrounds and underlines, while the text is plain. */
    List<javafx.scene.Node> drawnMarks() {
        return marksLayer.getChildrenUnmodifiable();
    }

    List<Mark> marks() {
        return marks;
    }

    /** Marks the runs given, and no others. */
    void setMarks(List<Mark> ms) {
        if (area != null) {
            if (!marks.isEmpty()) { // typed text takes the style around it: unmarked text has none
                area.clearStyle(0, area.getLength());
            }
            for (Mark m : ms) {
                area.setStyleClass(m.from(), m.to(), m.style());
            }
            marks = List.copyOf(ms);
            return;
        }
        marks = List.copyOf(ms);
        showText();
    }

    /** The plain text as runs of Text: one run per mark, so a mark's text can be styled (bold stays). */
    private void showText() {
        List<String> runs = new ArrayList<>();
        int at = 0;
        List<Mark> sorted = marks.stream().filter(m -> m.to() > m.from() && m.from() >= 0 && m.to() <= text.length())
                .sorted(java.util.Comparator.comparingInt(Mark::from)).toList();
        for (Mark m : sorted) {
            if (m.from() < at) {
                continue; // overlapping marks: the first one wins in the plain text
            }
            if (m.from() > at) {
                runs.add(text.substring(at, m.from()));
            }
            runs.add(text.substring(m.from(), m.to()));
            at = m.to();
        }
        if (at < text.length() || runs.isEmpty()) {
            // an empty text is one empty line, as high as the area's
            runs.add(text.substring(at));
        }
        var shown = display.getChildren();
        if (shown.size() == runs.size()) {
            // the same runs with other text: new Text nodes would each need a style pass (the list measures
            // an item it has not shown yet with a cell of its own, at every layout)
            for (int i = 0; i < runs.size(); i++) {
                ((Text) shown.get(i)).setText(runs.get(i));
            }
        } else {
            shown.setAll(runs.stream().map(FieldText::run).toList());
        }
        marksDrawn = false;
        requestLayout();
    }

    /**
     * A TextFlow that remembers its height for the last width and content asked about. TextFlow lays its text
     * out anew for every height query at a width other than its own and then goes back to its own width, so the
     * two or three queries of one layout pass (minimum and preferred height, by the box and by the list
     * measuring an item) each broke all the lines again: on a long report half the time of a move. The height
     * is kept with what it depends on: the width, each run's text and font (a rank's face comes from the
     * style sheet), the line spacing and the insets.
     */
    private static final class MeasuredFlow extends TextFlow {
        private double measuredWidth = Double.NaN;
        private double measuredHeight;
        private Object[] measuredContent = new Object[0];

        @Override
        protected double computePrefHeight(double width) {
            Object[] content = content();
            if (width != measuredWidth || !java.util.Arrays.equals(content, measuredContent)) {
                measuredHeight = super.computePrefHeight(width);
                measuredWidth = width;
                measuredContent = content;
            }
            return measuredHeight;
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width); // as TextFlow's own: all its lines
        }

        private Object[] content() {
            List<javafx.scene.Node> runs = getChildren();
            Object[] out = new Object[runs.size() * 2 + 2];
            int i = 0;
            for (javafx.scene.Node n : runs) {
                out[i++] = n instanceof Text t ? t.getText() : n; // another kind of child: never equal to a new one
                out[i++] = n instanceof Text t ? t.getFont() : null;
            }
            out[i++] = getLineSpacing();
            out[i] = getInsets();
            return out;
        }
    }

    private static Text run(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("text"); // as RichTextFX's own runs: `.node-heading .text` styles both
        return t;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (area == null) {
            drawMarks();
        }
    }

    private double drawnWidth = -1;
    private boolean measuring;

    /** This text is in the list's hidden cell that measures items: its marks are not drawn. */
    void setMeasuring(boolean measuring) {
        this.measuring = measuring;
    }

    /** Backgrounds and underlines of the marks, where the laid-out text has them. */
    private void drawMarks() {
        if (measuring || marksDrawn && drawnWidth == display.getWidth()) {
            return; // the list's measuring cell is never seen: its height is all that is asked of it
        }
        marksDrawn = true;
        drawnWidth = display.getWidth();
        marksLayer.getChildren().clear();
        marksLayer.relocate(display.getLayoutX(), display.getLayoutY());
        // find matches over findings: what the clerk is looking for shows on top
        List<Mark> inOrder = marks.stream().sorted(java.util.Comparator.comparing(m -> m.style().startsWith("find-"))).toList();
        for (Mark m : inOrder) {
            if (m.to() <= m.from() || m.to() > text.length()) {
                continue;
            }
            PathElement[] shape = display.rangeShape(m.from(), m.to());
            Path background = new Path(shape);
            background.getStyleClass().addAll("mark-background", m.style());
            marksLayer.getChildren().add(background);
            Path underline = new Path(underlines(shape));
            underline.getStyleClass().addAll("mark-underline", m.style());
            marksLayer.getChildren().add(underline);
        }
    }

    /** The bottom edge of each line's box of a range shape (a MoveTo and four LineTos per line). */
    private static List<PathElement> underlines(PathElement[] shape) {
        List<PathElement> out = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        boolean open = false;
        for (PathElement e : shape) {
            if (e instanceof MoveTo mt) {
                if (open) {
                    out.add(new MoveTo(minX, maxY));
                    out.add(new LineTo(maxX, maxY));
                }
                minX = maxX = mt.getX();
                maxY = mt.getY();
                open = true;
            } else if (e instanceof LineTo lt) {
                minX = Math.min(minX, lt.getX());
                maxX = Math.max(maxX, lt.getX());
                maxY = Math.max(maxY, lt.getY());
            }
        }
        if (open) {
            out.add(new MoveTo(minX, maxY));
            out.add(new LineTo(maxX, maxY));
        }
        return out;
    }
}
