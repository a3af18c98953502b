package org.reportdrafter.domain.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Undo and redo stacks of {@link Edit}s. */
public final class EditHistory {
    private static final int LIMIT = 1000;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();

    /** Applies the edit and records it. */
    public void perform(Edit edit) {
        edit.apply();
        record(edit);
    }

    /** Records an edit whose effect is already in the model (text typed into an editor). */
    public void record(Edit edit) {
        Edit last = undo.peek();
        if (last == null || !last.absorb(edit)) {
            undo.push(edit);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        redo.clear();
        fire();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public String undoDescription() {
        return undo.isEmpty() ? "" : undo.peek().description();
    }

    public String redoDescription() {
        return redo.isEmpty() ? "" : redo.peek().description();
    }

    public Edit undo() {
        if (undo.isEmpty()) {
            return null;
        }
        Edit e = undo.pop();
        e.undo();
        redo.push(e);
        fire();
        return e;
    }

    public Edit redo() {
        if (redo.isEmpty()) {
            return null;
        }
        Edit e = redo.pop();
        e.apply();
        undo.push(e);
        fire();
        return e;
    }

    /** Ends coalescing: the next typed text starts a new undo step. */
    public void seal() {
        Edit last = undo.peek();
        if (last instanceof TextEdit t) {
            t.seal();
        }
    }

    public void clear() {
        undo.clear();
        redo.clear();
        fire();
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
