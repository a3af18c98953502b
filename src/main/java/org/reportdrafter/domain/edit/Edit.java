package org.reportdrafter.domain.edit;

/** An undoable change to a report: text and structure alike. */
public interface Edit {
    void apply();

    void undo();

    /** What the edit does, for the Edit menu (撤销“缩进”). */
    String description();

    /**
     * Merges a following edit into this one when both are part of one gesture (typing in one field);
     * returns false when they must stay separate undo steps.
     */
    default boolean absorb(Edit next) {
        return false;
    }
}
