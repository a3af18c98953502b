package org.reportdrafter.cycle;

import java.util.List;
import org.reportdrafter.domain.OutlineNode;

/**
 * One thing a plan promises: a leaf item under its 重点工作/措施 sections, or a 具体目标.
 *
 * @param node    the plan's node
 * @param group   the group it stands in (the first level under the measures section, or the section)
 * @param path    its section path: 四、重点工作 › （二）… › 7.…
 * @param label   its label as numbered: 7.
 * @param heading its heading, or the first sentence of its text when it has none
 * @param text    heading, body and 一是 items joined
 * @param target  whether it is a 目标 rather than a measure
 * @param targets the quantities it states (目标 with numbers)
 */
public record Measure(OutlineNode node, OutlineNode group, String path, String label, String heading, String text,
                      boolean target, List<Quantity> targets) {
    public Measure {
        targets = List.copyOf(targets);
    }
}
