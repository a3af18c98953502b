package org.reportdrafter.domain;

/**
 * How a node is enumerated. AUTO nodes take the label of their rank from the numbering style;
 * SHI and YAO nodes are the paragraph-leading 一是/二是 and 一要/二要 of summaries; NONE is an
 * unnumbered heading.
 */
public enum LabelMode {
    AUTO,
    NONE,
    SHI,
    YAO;

    public static LabelMode fromName(String name) {
        if (name != null) {
            for (LabelMode m : values()) {
                if (m.name().equalsIgnoreCase(name.trim())) {
                    return m;
                }
            }
        }
        return AUTO;
    }
}
