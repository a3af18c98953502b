package org.reportdrafter.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * 帮助 › 用户手册: docs/用户手册.md, read from the jar (the build packs it and its pictures) or, when run
 * from the sources, from docs/ in the working directory. Shown formatted, as a page: headings, paragraphs
 * with bold and key names, lists, tables and the screenshots; the clerk needs no Markdown viewer and never
 * sees its marks (decision 20).
 */
final class ManualDialog extends Dialog<ButtonType> {
    static final String RESOURCE = "/docs/用户手册.md"; // the manual is written in Chinese only
    private static final double WIDTH = 760;

    ManualDialog(Window owner) {
        setTitle(Texts.get("dialog.manual.title"));
        Dialogs.own(this, owner);
        ScrollPane page = new ScrollPane(render(load()));
        page.setId("manual-page");
        page.setFitToWidth(true);
        page.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        page.setPrefSize(WIDTH + 50, 560);
        getDialogPane().setContent(page);
        getDialogPane().setId("manual-dialog");
        getDialogPane().getButtonTypes().setAll(new ButtonType(Texts.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        setResizable(true);
    }

    static String load() {
        try (InputStream in = ManualDialog.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path local = Path.of("docs", "用户手册.md");
            if (Files.isRegularFile(local)) {
                return Files.readString(local);
            }
        } catch (IOException e) {
            return Texts.get("manual.unreadable", e.getMessage());
        }
        return Texts.get("manual.missing");
    }

    /** The manual's Markdown as a column of JavaFX nodes. */
    static VBox render(String markdown) {
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        VBox page = new VBox(8);
        page.getStyleClass().add("manual");
        page.setPadding(new Insets(12, 16, 16, 16));
        for (org.commonmark.node.Node b = parser.parse(markdown).getFirstChild(); b != null; b = b.getNext()) {
            Node shown = block(b);
            if (shown != null) {
                page.getChildren().add(shown);
            }
        }
        // pictures at their own size, narrowed to the page (a dialog's picture is not blown up to the width of
        // a window's): a narrower dialog scrolls down, never sideways
        var textWidth = page.widthProperty().subtract(page.getPadding().getLeft() + page.getPadding().getRight());
        for (Node n : page.lookupAll(".image-view")) {
            ImageView view = (ImageView) n;
            view.fitWidthProperty().bind(javafx.beans.binding.Bindings.min(view.getImage().widthProperty(), textWidth));
        }
        return page;
    }

    private static Node block(org.commonmark.node.Node b) {
        if (b instanceof Heading h) {
            TextFlow flow = inline(h);
            flow.getStyleClass().add("manual-h" + Math.min(h.getLevel(), 3));
            return flow;
        }
        if (b instanceof Paragraph p) {
            if (p.getFirstChild() instanceof org.commonmark.node.Image img && img.getNext() == null) {
                return picture(img);
            }
            return inline(p);
        }
        if (b instanceof BulletList || b instanceof OrderedList) {
            VBox list = new VBox(4);
            int n = b instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            for (var item = b.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem li) {
                    Label marker = new Label(b instanceof OrderedList ? (n++) + "." : "•");
                    marker.setMinWidth(22);
                    VBox content = new VBox(4);
                    for (var c = li.getFirstChild(); c != null; c = c.getNext()) {
                        Node shown = block(c);
                        if (shown != null) {
                            content.getChildren().add(shown);
                        }
                    }
                    HBox.setHgrow(content, Priority.ALWAYS);
                    list.getChildren().add(new HBox(2, marker, content));
                }
            }
            return list;
        }
        if (b instanceof TableBlock t) {
            return table(t);
        }
        if (b instanceof FencedCodeBlock || b instanceof IndentedCodeBlock) {
            String code = b instanceof FencedCodeBlock f ? f.getLiteral() : ((IndentedCodeBlock) b).getLiteral();
            Label l = new Label(code.stripTrailing());
            l.getStyleClass().add("manual-code-block");
            l.setWrapText(true);
            return l;
        }
        if (b instanceof BlockQuote q) {
            VBox quote = new VBox(4);
            quote.getStyleClass().add("manual-quote");
            for (var c = q.getFirstChild(); c != null; c = c.getNext()) {
                Node shown = block(c);
                if (shown != null) {
                    quote.getChildren().add(shown);
                }
            }
            return quote;
        }
        if (b instanceof ThematicBreak) {
            return new Separator();
        }
        return null; // HTML blocks and link definitions: nothing a clerk should read
    }

    private static GridPane table(TableBlock t) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("manual-table");
        int row = 0;
        for (var section = t.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (var tr = section.getFirstChild(); tr != null; tr = tr.getNext()) {
                int col = 0;
                for (var cell = tr.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell c) {
                        TextFlow flow = inline(c);
                        flow.getStyleClass().add(head ? "manual-th" : "manual-td");
                        grid.add(flow, col++, row);
                    }
                }
                if (row == 0) {
                    for (int i = 0; i < countCells(tr); i++) {
                        var column = new javafx.scene.layout.ColumnConstraints();
                        column.setPercentWidth(100.0 / countCells(tr));
                        grid.getColumnConstraints().add(column);
                    }
                }
                row++;
            }
        }
        return grid;
    }

    private static int countCells(org.commonmark.node.Node row) {
        int n = 0;
        for (var c = row.getFirstChild(); c != null; c = c.getNext()) {
            n++;
        }
        return n;
    }

    /** A screenshot, scaled to the page's width; its alt text while it loads or if it is missing. */
    private static Node picture(org.commonmark.node.Image img) {
        URL url = imageUrl(img.getDestination());
        if (url == null) {
            Label alt = new Label("［" + altText(img) + "］");
            alt.getStyleClass().add("manual-missing-image");
            return alt;
        }
        ImageView view = new ImageView(new Image(url.toExternalForm(), true));
        view.setPreserveRatio(true);
        Label caption = new Label(altText(img));
        caption.getStyleClass().add("manual-caption");
        return new VBox(2, view, caption);
    }

    private static URL imageUrl(String destination) {
        URL packed = ManualDialog.class.getResource("/docs/" + destination);
        if (packed != null) {
            return packed;
        }
        Path local = Path.of("docs").resolve(destination);
        try {
            return Files.isRegularFile(local) ? local.toUri().toURL() : null;
        } catch (MalformedURLException e) {
            return null;
        }
    }

    private static String altText(org.commonmark.node.Image img) {
        StringBuilder sb = new StringBuilder();
        for (var c = img.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof org.commonmark.node.Text t) {
                sb.append(t.getLiteral());
            }
        }
        return sb.toString();
    }

    /** A paragraph's, heading's or cell's text runs: bold, italic and key names styled, links as their text. */
    private static TextFlow inline(org.commonmark.node.Node parent) {
        TextFlow flow = new TextFlow();
        addRuns(flow, parent, "");
        return flow;
    }

    private static void addRuns(TextFlow flow, org.commonmark.node.Node parent, String style) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                flow.getChildren().add(run(t.getLiteral(), style));
            } else if (n instanceof Code c) {
                flow.getChildren().add(run(c.getLiteral(), style + " manual-code"));
            } else if (n instanceof StrongEmphasis) {
                addRuns(flow, n, style + " manual-strong");
            } else if (n instanceof Emphasis) {
                addRuns(flow, n, style + " manual-em");
            } else if (n instanceof SoftLineBreak) {
                // the manual wraps its lines in the source: a space between Latin words, none in Chinese
                if (latinAt(n.getPrevious(), true) && latinAt(n.getNext(), false)) {
                    flow.getChildren().add(run(" ", style));
                }
            } else if (n instanceof HardLineBreak) {
                flow.getChildren().add(run("\n", style));
            } else if (n instanceof org.commonmark.node.Image img) {
                flow.getChildren().add(run("［" + altText(img) + "］", style));
            } else {
                addRuns(flow, n, style); // links and anything else: their text
            }
        }
    }

    private static boolean latinAt(org.commonmark.node.Node n, boolean end) {
        String s = n instanceof org.commonmark.node.Text t ? t.getLiteral() : n instanceof Code c ? c.getLiteral() : "";
        if (s.isEmpty()) {
            return false;
        }
        char ch = end ? s.charAt(s.length() - 1) : s.charAt(0);
        return ch < 0x2E80 && Character.isLetterOrDigit(ch);
    }

    private static Text run(String text, String style) {
        Text t = new Text(text);
        t.getStyleClass().add("manual-text");
        for (String s : style.strip().split(" +")) {
            if (!s.isEmpty()) {
                t.getStyleClass().add(s);
            }
        }
        return t;
    }
}
