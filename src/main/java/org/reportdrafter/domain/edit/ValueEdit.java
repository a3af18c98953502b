package org.reportdrafter.domain.edit;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Sets one value (a report property, a node flag) and can set it back. */
public final class ValueEdit<T> implements Edit {
    private final String description;
    private final Consumer<T> setter;
    private final T before;
    private final T after;

    public ValueEdit(String description, Supplier<T> getter, Consumer<T> setter, T after) {
        this.description = description;
        this.setter = setter;
        this.before = getter.get();
        this.after = after;
    }

    @Override
    public void apply() {
        setter.accept(after);
    }

    @Override
    public void undo() {
        setter.accept(before);
    }

    @Override
    public String description() {
        return description;
    }
}
