package org.reportdrafter.domain.edit;

import java.util.ArrayList;
import java.util.List;

/** Several edits as one undo step; applied in order, undone in reverse. Parts are applied as they are added. */
public final class CompositeEdit implements Edit {
    private final String description;
    private final List<Edit> parts = new ArrayList<>();
    private boolean applied = true;

    public CompositeEdit(String description) {
        this.description = description;
    }

    /** Applies the part now, so later parts see its effect while the composite is built. */
    public CompositeEdit add(Edit e) {
        e.apply();
        parts.add(e);
        return this;
    }

    public List<Edit> parts() {
        return List.copyOf(parts);
    }

    @Override
    public void apply() {
        if (!applied) {
            parts.forEach(Edit::apply);
            applied = true;
        }
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
        applied = false;
    }

    @Override
    public String description() {
        return description;
    }
}
