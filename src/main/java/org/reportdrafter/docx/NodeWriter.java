package org.reportdrafter.docx;

import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.OutlineNode;

/**
 * One outline node: its label (computed, written as text, never Word numbering) and heading in the
 * font of its level, then its body. A heading that shares its paragraph with the first sentence keeps
 * the heading font for the heading only. 一是 items are body paragraphs.
 */
final class NodeWriter {
    private NodeWriter() {
    }

    static void write(BlockContext ctx, OutlineNode node, Map<OutlineNode, String> labels) {
        // unedited template guidance is not exported; a real heading above it is
        if (!node.guidance() || !node.heading().isBlank()) {
            writeOwn(ctx, node, labels.getOrDefault(node, ""));
        }
        for (OutlineNode child : node.children()) {
            write(ctx, child, labels);
        }
    }

    private static void writeOwn(BlockContext ctx, OutlineNode node, String label) {
        List<String> body = node.guidance() ? List.of() : node.body();
        String lead = label + node.heading();
        boolean asBodyItem = node.labelMode() == LabelMode.SHI || node.labelMode() == LabelMode.YAO
                || node.labelMode() == LabelMode.DI;
        int level = Math.min(4, Math.max(1, node.rank()));
        boolean runIn = node.runIn() && !body.isEmpty();
        int bodyFrom = 0;
        if (!lead.isEmpty()) {
            XWPFParagraph p;
            if (asBodyItem || node.rank() > 4) {
                p = ctx.paragraph(StyleWriter.NORMAL);
                ctx.bodyRun(p, lead);
            } else {
                p = ctx.paragraph(StyleWriter.heading(level));
                Runs.add(p, lead, StyleWriter.headingFont(level, ctx.settings().bodyFont()), PageLayout.BODY_PT,
                        ctx.settings().boldHeadings(), ctx.layout().bodyCharSpacingTwips());
            }
            if (runIn) {
                ctx.bodyRun(p, body.get(0));
                bodyFrom = 1;
            }
        }
        for (int i = bodyFrom; i < body.size(); i++) {
            ctx.bodyParagraph(body.get(i));
        }
    }
}
