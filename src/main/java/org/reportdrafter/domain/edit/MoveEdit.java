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
}
