package org.reportdrafter.domain.edit;

import java.util.ArrayList;
import java.util.List;
import org.reportdrafter.domain.OutlineNode;

/**
 * The outline operations of the editor. Each one performs its change through the history, so it can be
 * undone, and returns the node to select afterwards, or null when the operation does not apply here.
 */
public final class OutlineOps {
    private OutlineOps() {
    }

    /** Tab: the node becomes the last child of its previous sibling. */
    public static OutlineNode indent(EditHistory h, OutlineNode n) {
        int i = n.indexInParent();
        if (i <= 0) {
            return null;
        }
        OutlineNode prev = n.parent().children().get(i - 1);
        h.perform(new MoveEdit("缩进", n, prev, prev.children().size()));
        return n;
    }

    /** Shift+Tab: the node becomes the sibling after its parent. */
    public static OutlineNode outdent(EditHistory h, OutlineNode n) {
        OutlineNode parent = n.parent();
        if (parent == null || parent.parent() == null) {
            return null;
        }
        OutlineNode grand = parent.parent();
        h.perform(new MoveEdit("取消缩进", n, grand, parent.indexInParent() + 1));
        return n;
    }

    /** Moves the node with its subtree up; the first item of a group moves to the end of the previous group. */
    public static OutlineNode moveUp(EditHistory h, OutlineNode n) {
        OutlineNode parent = n.parent();
        if (parent == null) {
            return null;
        }
        int i = n.indexInParent();
        if (i > 0) {
            h.perform(new MoveEdit("上移", n, parent, i - 1));
            return n;
        }
        int pi = parent.indexInParent();
        if (parent.parent() != null && pi > 0) {
            OutlineNode prevGroup = parent.parent().children().get(pi - 1);
            h.perform(new MoveEdit("上移", n, prevGroup, prevGroup.children().size()));
            return n;
        }
        return null;
    }

    /** Moves the node with its subtree down; the last item of a group moves to the start of the next group. */
    public static OutlineNode moveDown(EditHistory h, OutlineNode n) {
        OutlineNode parent = n.parent();
        if (parent == null) {
            return null;
        }
        int i = n.indexInParent();
        if (i < parent.children().size() - 1) {
            h.perform(new MoveEdit("下移", n, parent, i + 1));
            return n;
        }
        int pi = parent.indexInParent();
        if (parent.parent() != null && pi >= 0 && pi < parent.parent().children().size() - 1) {
            OutlineNode nextGroup = parent.parent().children().get(pi + 1);
            h.perform(new MoveEdit("下移", n, nextGroup, 0));
            return n;
        }
        return null;
    }

    /** Drag and drop: moves the node to index {@code index} of {@code target}'s children (index counted before the move). */
    public static OutlineNode moveTo(EditHistory h, OutlineNode n, OutlineNode target, int index) {
        if (target == n || target.isDescendantOf(n)) {
            return null;
        }
        int adjusted = index;
        if (target == n.parent() && n.indexInParent() < index) {
            adjusted--;
        }
        if (target == n.parent() && adjusted == n.indexInParent()) {
            return null;
        }
        h.perform(new MoveEdit("移动", n, target, Math.max(0, Math.min(adjusted, target.children().size() - (target == n.parent() ? 1 : 0)))));
        return n;
    }

    /** Enter at the end of a heading: a new empty sibling below. */
    public static OutlineNode addSiblingAfter(EditHistory h, OutlineNode n) {
        OutlineNode created = new OutlineNode();
        created.setLabelMode(n.labelMode());
        h.perform(new MoveEdit("新建同级条目", created, n.parent(), n.indexInParent() + 1));
        return created;
    }

    public static OutlineNode addChild(EditHistory h, OutlineNode parent) {
        OutlineNode created = new OutlineNode();
        h.perform(new MoveEdit("新建下级条目", created, parent, parent.children().size()));
        return created;
    }

    /** Deletes the node with its subtree; returns the node to select next. */
    public static OutlineNode delete(EditHistory h, OutlineNode n) {
        OutlineNode parent = n.parent();
        if (parent == null) {
            return null;
        }
        int i = n.indexInParent();
        h.perform(new MoveEdit("删除条目", n, null, 0));
        if (i < parent.children().size()) {
            return parent.children().get(i);
        }
        if (i > 0) {
            return parent.children().get(i - 1);
        }
        return parent.parent() == null ? null : parent;
    }

    /**
     * Splits the node at the cursor. In the heading: the text after the cursor, the body and the children
     * go to a new sibling. In body paragraph {@code paragraph} at {@code offset}: that paragraph's rest and
     * the following paragraphs go to a new untitled sibling, with the children.
     */
    public static OutlineNode split(EditHistory h, OutlineNode n, TextEdit.Field field, int paragraph, int offset) {
        if (n.parent() == null) {
            return null;
        }
        CompositeEdit c = new CompositeEdit("拆分条目");
        OutlineNode created = new OutlineNode();
        created.setLabelMode(n.labelMode());
        List<String> body = new ArrayList<>(n.body());
        if (field == TextEdit.Field.HEADING) {
            int at = Math.max(0, Math.min(offset, n.heading().length()));
            String head = n.heading();
            created.setHeading(head.substring(at));
            created.setBody(body);
            c.add(new TextEdit(n, TextEdit.Field.HEADING, head.substring(0, at)));
            c.add(new TextEdit(n, TextEdit.Field.BODY, ""));
        } else {
            if (paragraph < 0 || paragraph >= body.size()) {
                return null;
            }
            String p = body.get(paragraph);
            int at = Math.max(0, Math.min(offset, p.length()));
            List<String> keep = new ArrayList<>(body.subList(0, paragraph));
            if (at > 0) {
                keep.add(p.substring(0, at));
            }
            List<String> move = new ArrayList<>();
            move.add(p.substring(at));
            move.addAll(body.subList(paragraph + 1, body.size()));
            created.setBody(move);
            c.add(new TextEdit(n, TextEdit.Field.BODY, String.join("\n", keep)));
        }
        c.add(new MoveEdit("", created, n.parent(), n.indexInParent() + 1));
        for (OutlineNode child : new ArrayList<>(n.children())) {
            c.add(new MoveEdit("", child, created, created.children().size()));
        }
        h.record(c);
        return created;
    }

    /** Merges the node into its previous sibling: heading and body become paragraphs there, children follow. */
    public static OutlineNode mergeIntoPrevious(EditHistory h, OutlineNode n) {
        int i = n.indexInParent();
        if (i <= 0) {
            return null;
        }
        OutlineNode prev = n.parent().children().get(i - 1);
        CompositeEdit c = new CompositeEdit("合并到上一条");
        List<String> body = new ArrayList<>(prev.body());
        if (!n.heading().isBlank()) {
            body.add(n.heading());
        }
        body.addAll(n.body());
        c.add(new TextEdit(prev, TextEdit.Field.BODY, String.join("\n", body)));
        for (OutlineNode child : new ArrayList<>(n.children())) {
            c.add(new MoveEdit("", child, prev, prev.children().size()));
        }
        c.add(new MoveEdit("", n, null, 0));
        h.record(c);
        return prev;
    }

    /**
     * Turns body paragraph {@code paragraph} into a child item. To keep the reading order, the paragraphs
     * after it become that item's body and it goes before the existing children.
     */
    public static OutlineNode paragraphToChild(EditHistory h, OutlineNode n, int paragraph) {
        List<String> body = n.body();
        if (paragraph < 0 || paragraph >= body.size()) {
            return null;
        }
        CompositeEdit c = new CompositeEdit("段落转为下级条目");
        OutlineNode created = new OutlineNode(body.get(paragraph));
        created.setBody(new ArrayList<>(body.subList(paragraph + 1, body.size())));
        c.add(new TextEdit(n, TextEdit.Field.BODY, String.join("\n", body.subList(0, paragraph))));
        c.add(new MoveEdit("", created, n, 0));
        h.record(c);
        return created;
    }

    /** The inverse: the first child item becomes paragraphs at the end of its parent's body. */
    public static OutlineNode childToParagraph(EditHistory h, OutlineNode child) {
        OutlineNode parent = child.parent();
        if (parent == null || parent.parent() == null || child.indexInParent() != 0) {
            return null;
        }
        CompositeEdit c = new CompositeEdit("条目转为段落");
        List<String> body = new ArrayList<>(parent.body());
        if (!child.heading().isBlank()) {
            body.add(child.heading());
        }
        body.addAll(child.body());
        c.add(new TextEdit(parent, TextEdit.Field.BODY, String.join("\n", body)));
        List<OutlineNode> grandchildren = new ArrayList<>(child.children());
        for (int k = 0; k < grandchildren.size(); k++) {
            c.add(new MoveEdit("", grandchildren.get(k), parent, 1 + k));
        }
        c.add(new MoveEdit("", child, null, 0));
        h.record(c);
        return parent;
    }
}
