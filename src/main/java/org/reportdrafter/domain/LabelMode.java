package org.reportdrafter.domain;

/**
 * How a node is enumerated. AUTO nodes take the label of their rank from the numbering style;
 * SHI, YAO and DI nodes are the paragraph-leading 一是/二是, 一要/二要 and 第一，/第二， of summaries; NONE is an
 * unnumbered heading.
 */
public enum LabelMode {
    AUTO,
    NONE,
    SHI,
    YAO,
    /** Paragraph-leading 第一，第二，… */
    DI;

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
