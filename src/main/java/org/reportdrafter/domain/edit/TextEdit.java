package org.reportdrafter.domain.edit;

import java.util.List;
import java.util.Objects;
import org.reportdrafter.domain.OutlineNode;

/**
 * A change of a node's heading or body text. Consecutive changes of the same field within a short
 * time are one undo step, as in a word processor.
 */
public final class TextEdit implements Edit {
    /** Which text of the node. */
    public enum Field { HEADING, BODY }

    private static final long COALESCE_NANOS = 2_000_000_000L;

    private final OutlineNode node;
    private final Field field;
    private final String before;
    private String after;
    private final boolean wasGuidance;
    private long lastNanos;
    private boolean sealed;

    public TextEdit(OutlineNode node, Field field, String after) {
        this.node = node;
        this.field = field;
        this.before = current(node, field);
        this.after = after;
        this.wasGuidance = node.guidance();
        this.lastNanos = System.nanoTime();
    }

    static String current(OutlineNode node, Field field) {
        return field == Field.HEADING ? node.heading() : String.join("\n", node.body());
    }

    private static void set(OutlineNode node, Field field, String text) {
        if (field == Field.HEADING) {
            node.setHeading(text);
        } else {
            node.setBody(text.isEmpty() ? List.of() : List.of(text.split("\n", -1)));
        }
    }

    @Override
    public void apply() {
        set(node, field, after);
        if (field == Field.BODY) {
            node.setGuidance(false); // edited guidance text becomes the user's own
        }
    }

    @Override
    public void undo() {
        set(node, field, before);
        node.setGuidance(wasGuidance);
    }

    @Override
    public String description() {
        return field == Field.HEADING ? "编辑标题" : "编辑正文";
    }

    public OutlineNode node() {
        return node;
    }

    public Field field() {
        return field;
    }

    void seal() {
        sealed = true;
    }

    @Override
    public boolean absorb(Edit next) {
        if (sealed || !(next instanceof TextEdit t) || t.node != node || t.field != field
                || t.lastNanos - lastNanos > COALESCE_NANOS || !Objects.equals(t.before, after)) {
            return false;
        }
        after = t.after;
        lastNanos = t.lastNanos;
        return true;
    }
}
