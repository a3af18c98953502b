package org.reportdrafter.domain.edit;

import org.reportdrafter.domain.OutlineNode;

/** Moves a node with its subtree to another place; also inserts (no old parent) and removes (no new parent). */
public final class MoveEdit implements Edit {
    private final String description;
    private final OutlineNode node;
    private final OutlineNode oldParent;
    private final int oldIndex;
    private final OutlineNode newParent;
    private final int newIndex;
    private final int oldSkip;

    /**
     * @param newIndex index among the new parent's children after the node has been detached
     */
    public MoveEdit(String description, OutlineNode node, OutlineNode newParent, int newIndex) {
        this.description = description;
        this.node = node;
        this.oldParent = node.parent();
        this.oldIndex = node.indexInParent();
        this.newParent = newParent;
        this.newIndex = newIndex;
        this.oldSkip = node.rankSkip();
    }

    @Override
    public void apply() {
        node.detach();
        if (newParent != null) {
            // a node moved by the user takes the rank of its new place: that of the items beside it there
            // (measures set straight under a section, "1." without a "（一）" above, stay so), or the
            // plain rank below its new parent when it is alone there
            node.setRankSkip(newParent == oldParent ? oldSkip : siblingSkip());
            newParent.insertChild(newIndex, node);
        }
    }

    private int siblingSkip() {
        var siblings = newParent.children();
        if (siblings.isEmpty()) {
            return 0;
        }
        return siblings.get(Math.max(0, Math.min(newIndex, siblings.size()) - 1)).rankSkip();
    }

    @Override
    public void undo() {
        node.detach();
        node.setRankSkip(oldSkip);
        if (oldParent != null) {
            oldParent.insertChild(oldIndex, node);
        }
    }

    @Override
    public String description() {
        return description;
    }

    public OutlineNode node() {
        return node;
    }

    /** Whether the edit takes the node out of the outline (a delete, the item merged into the one above). */
    public boolean removes() {
        return newParent == null && oldParent != null;
    }

    /**
     * When the node has just left the outline (an insert undone, a removal redone): the item that stood
     * before it there, or its parent when it was the first child; null while the node is in the outline or
     * when it was the outline's only item. Undo puts the cursor there, where the writer was before the insert.
     */
    public OutlineNode itemBeforeWhereItWas() {
        if (node.parent() != null) {
            return null;
        }
        OutlineNode parent = newParent != null ? newParent : oldParent;
        int index = newParent != null ? newIndex : oldIndex;
        if (parent == null) {
            return null;
        }
        var siblings = parent.children();
        if (index > 0 && !siblings.isEmpty()) {
            return siblings.get(Math.min(index, siblings.size()) - 1);
        }
        if (parent.parent() != null) {
            return parent;
        }
        return siblings.isEmpty() ? null : siblings.get(0);
    }
}
