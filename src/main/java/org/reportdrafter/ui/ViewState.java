package org.reportdrafter.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Pane;

/**
 * How the clerk left the window: selected tabs, pane sizes, open or closed titled panes, scroll positions,
 * the selected row of the library and result lists, the search and find texts. The language switch
 * builds the window anew (every text is made once, in the chosen language); this carries the view over so
 * the switch changes the words and nothing else.
 *
 * <p>Nodes are matched by their place in the window as its code builds it (containers, split panes, tabs,
 * titled and scroll panes; not the insides of controls, which only the old window has made), so two
 * windows made by the same code match node for node. What belongs to the report (its text, the selected
 * item) lives in the view models, which the new window shares, and is not touched here.
 */
final class ViewState {
    /** Lists and trees whose selected row is the clerk's choice and selecting it does nothing else. */
    private static final Set<String> SELECTION = Set.of("library-tree", "search-results", "similar-results", "phrase-list",
            "coverage-list");
    /** Text fields that hold what the clerk was looking for, not the report's content. */
    private static final Set<String> SEARCH_TEXT = Set.of("search-field", "find-field", "replace-field");

    /** A list's own way to bring a row back to where it was ({@link RowPlacer}, in its properties), if {@code scrollTo} is not enough. */
    static final String SHOW_ROW = "viewstate.showRow";

    /** Puts {@code row} at the top of the view with {@code above} pixels of it scrolled out. */
    interface RowPlacer {
        void place(int row, double above);
    }

    private final Map<String, Object> saved = new HashMap<>();

    private record Scroll(double h, double v) {
    }

    /** {@code above}: how much of the first visible row was scrolled out of view. */
    private record Rows(int selected, int firstVisible, double above) {
    }

    private ViewState() {
    }

    /** The view state of the window below {@code root}. */
    static ViewState of(Node root) {
        ViewState s = new ViewState();
        walk(root, "", (path, n) -> {
            if (n instanceof TabPane t) {
                s.saved.put(path, t.getSelectionModel().getSelectedIndex());
            } else if (n instanceof SplitPane sp) {
                s.saved.put(path, sp.getDividerPositions());
            } else if (n instanceof TitledPane t && t.isCollapsible()) {
                s.saved.put(path, t.isExpanded());
            } else if (n instanceof ScrollPane sc) {
                s.saved.put(path, new Scroll(sc.getHvalue(), sc.getVvalue()));
            } else if (n instanceof TextField f && named(SEARCH_TEXT, f)) {
                s.saved.put(path, f.getText());
            } else if (n instanceof ListView<?> l) {
                s.saved.put(path, new Rows(named(SELECTION, l) ? l.getSelectionModel().getSelectedIndex() : -1, firstVisible(l), above(l)));
            } else if (n instanceof TreeView<?> t) {
                s.saved.put(path, new Rows(named(SELECTION, t) ? t.getSelectionModel().getSelectedIndex() : -1, firstVisible(t), above(t)));
            }
        });
        return s;
    }

    /**
     * Scrolls to where the clerk was once the content is taller than the view: at once if it is, else when it
     * grows (the preview's pages come from a layout off the FX thread, after the window is built).
     */
    private static void scrollWhenFilled(ScrollPane sc, Scroll p) {
        sc.setHvalue(p.h());
        sc.setVvalue(p.v());
        Node content = sc.getContent();
        if (content == null || p.v() == 0 || content.getLayoutBounds().getHeight() > sc.getViewportBounds().getHeight()) {
            return;
        }
        content.layoutBoundsProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.geometry.Bounds> o, javafx.geometry.Bounds was,
                                javafx.geometry.Bounds now) {
                if (now.getHeight() > sc.getViewportBounds().getHeight()) {
                    content.layoutBoundsProperty().removeListener(this);
                    sc.setVvalue(p.v());
                }
            }
        });
    }

    /**
     * Gives the window below {@code root} this state. Tabs first, as a tab's content may join the window only
     * when the tab is shown ({@link Tabs#deferred}); a list filled later (a search run again, a comparison
     * made off the FX thread) gets its row when its rows arrive.
     */
    void applyTo(Node root) {
        walk(root, "", (path, n) -> {
            if (n instanceof TabPane t && saved.get(path) instanceof Integer i && i >= 0 && i < t.getTabs().size()) {
                t.getSelectionModel().select(i);
            }
        });
        walk(root, "", (path, n) -> {
            Object s = saved.get(path);
            if (s == null) {
                return;
            }
            if (n instanceof SplitPane sp && s instanceof double[] d && d.length == sp.getDividers().size()) {
                sp.setDividerPositions(d);
            } else if (n instanceof TitledPane t && s instanceof Boolean open && t.isCollapsible()) {
                t.setExpanded(open);
            } else if (n instanceof ScrollPane sc && s instanceof Scroll p) {
                // the content is laid out on the next pulse; a value set before would be clamped to nothing
                javafx.application.Platform.runLater(() -> scrollWhenFilled(sc, p));
            } else if (n instanceof TextField f && s instanceof String text && !text.isEmpty() && !text.equals(f.getText())) {
                f.setText(text);
                if ("search-field".equals(f.getId()) && f.getOnAction() != null) {
                    f.getOnAction().handle(new javafx.event.ActionEvent(f, f)); // the results the clerk was looking at
                }
            } else if (n instanceof ListView<?> l && s instanceof Rows r) {
                whenRows(l.getItems(), () -> l.getItems().size(), r, l.getSelectionModel()::select,
                        l.getProperties().get(SHOW_ROW) instanceof RowPlacer placer ? i -> placer.place(i, r.above()) : l::scrollTo);
            } else if (n instanceof TreeView<?> t && s instanceof Rows r) {
                whenRows(t.rootProperty(), t::getExpandedItemCount, r, t.getSelectionModel()::select, t::scrollTo);
            }
        });
    }

    /** Selects and scrolls to the saved rows now if the list has them, else once it has. */
    private static void whenRows(Observable rows, java.util.function.IntSupplier count, Rows r,
            java.util.function.IntConsumer select, java.util.function.IntConsumer scrollTo) {
        int needed = Math.max(r.selected(), r.firstVisible());
        if (needed < 0) {
            return;
        }
        Runnable apply = () -> {
            if (r.selected() >= 0 && r.selected() < count.getAsInt()) {
                select.accept(r.selected());
            }
            if ((r.firstVisible() > 0 || r.above() > 0) && r.firstVisible() < count.getAsInt()) {
                scrollTo.accept(r.firstVisible());
            }
        };
        if (count.getAsInt() > needed) {
            apply.run();
            return;
        }
        if (rows instanceof javafx.beans.value.ObservableValue<?> value) {
            // a property tells of a change only once until it is read again: a change listener reads it
            value.addListener(new javafx.beans.value.ChangeListener<Object>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<?> o, Object was, Object now) {
                    if (count.getAsInt() > needed) {
                        o.removeListener(this);
                        apply.run();
                    }
                }
            });
            return;
        }
        rows.addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (count.getAsInt() > needed) {
                    o.removeListener(this);
                    apply.run();
                }
            }
        });
    }

    private static boolean named(Set<String> ids, Node n) {
        return n.getId() != null && ids.contains(n.getId());
    }

    /** The first row the list shows, or null. */
    private static javafx.scene.control.IndexedCell<?> firstShown(Node control) {
        for (Node n : control.lookupAll(".virtual-flow")) {
            if (n instanceof VirtualFlow<?> f && f.getParent() != null && f.getFirstVisibleCell() != null) {
                return f.getFirstVisibleCell();
            }
        }
        return null;
    }

    private static double above(Node control) {
        var c = firstShown(control);
        return c == null ? 0 : Math.max(0, -c.getLayoutY());
    }

    private static int firstVisible(Node control) {
        var c = firstShown(control);
        return c == null ? -1 : c.getIndex();
    }

    /**
     * The window's own nodes with a path naming each by its place: containers' children, split pane items,
     * tab and titled and scroll pane contents; the insides of other controls are theirs, not the window's.
     */
    private static void walk(Node n, String path, BiConsumer<String, Node> visit) {
        visit.accept(path, n);
        List<Node> children = new ArrayList<>();
        if (n instanceof TabPane t) {
            for (Tab tab : t.getTabs()) {
                children.add(tab.getContent());
            }
        } else if (n instanceof SplitPane s) {
            children.addAll(s.getItems());
        } else if (n instanceof TitledPane t) {
            children.add(t.getContent());
        } else if (n instanceof ScrollPane s) {
            children.add(s.getContent());
        } else if (n instanceof ToolBar t) {
            children.addAll(t.getItems());
        } else if (n instanceof Pane p) {
            children.addAll(p.getChildren());
        } else if (n instanceof Parent && !(n instanceof javafx.scene.control.Control)) {
            children.addAll(((Parent) n).getChildrenUnmodifiable());
        }
        for (int i = 0; i < children.size(); i++) {
            Node c = children.get(i);
            if (c != null) {
                walk(c, path + "/" + i + ":" + c.getClass().getSimpleName(), visit);
            }
        }
    }
}
