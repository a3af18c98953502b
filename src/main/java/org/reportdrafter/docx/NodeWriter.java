package org.reportdrafter.docx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.reportdrafter.domain.LabelMode;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Table;

/**
 * One outline node: its label (computed by the Labeler, as the editor shows it, written as text and
 * never Word numbering) and heading, then its body with its tables where they stand. A heading alone
 * on its line takes the heading style of its level (kept with the next paragraph); a heading that
 * runs into its text takes the run-in style of its level (not kept) and a character style for its
 * words. 一是 items are body paragraphs. Template prompts never filled are written as they stand, so
 * the numbering matches the editor's; the exporter lists them before the file goes out.
 */
final class NodeWriter {
    private NodeWriter() {
    }

    static void write(BlockContext ctx, OutlineNode node, Map<OutlineNode, String> labels) {
        writeOwn(ctx, node, labels.getOrDefault(node, ""));
        for (OutlineNode child : node.children()) {
            write(ctx, child, labels);
        }
    }

    private static void writeOwn(BlockContext ctx, OutlineNode node, String label) {
        List<String> body = node.body();
        String lead = label + node.heading();
        boolean asBodyItem = node.labelMode() == LabelMode.SHI || node.labelMode() == LabelMode.YAO
                || node.labelMode() == LabelMode.DI || node.rank() > 4;
        int level = Math.min(4, Math.max(1, node.rank()));
        // a label without a heading leads its first paragraph rather than standing alone on a line
        boolean runIn = (node.runIn() || node.heading().isBlank()) && !body.isEmpty() && !startsWithTable(node);
        int bodyFrom = 0;
        if (!lead.isEmpty()) {
            if (runIn) {
                XWPFParagraph p = ctx.paragraph(asBodyItem ? StyleWriter.NORMAL : StyleWriter.runInHeading(level));
                if (asBodyItem) {
                    Runs.add(p, lead);
                } else {
                    Runs.add(p, lead, StyleWriter.headingChars(level));
                }
                Runs.add(p, body.get(0));
                bodyFrom = 1;
            } else {
                ctx.paragraph(asBodyItem ? StyleWriter.NORMAL : StyleWriter.heading(level), lead);
            }
        }
        writeBody(ctx, body, bodyFrom, node.tables());
    }

    private static boolean startsWithTable(OutlineNode node) {
        return node.tables().stream().anyMatch(t -> t.position() == 0);
    }

    /** Paragraphs from index from, each table before the paragraph at its position, the rest after. */
    static void writeBody(BlockContext ctx, List<String> body, int from, List<Table> tables) {
        List<Table> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparingInt(Table::position));
        int t = 0;
        for (int i = 0; i < body.size(); i++) {
            while (t < sorted.size() && sorted.get(t).position() <= i) {
                TableWriter.write(ctx, sorted.get(t++));
            }
            if (i >= from) {
                ctx.bodyParagraph(body.get(i));
            }
        }
        for (; t < sorted.size(); t++) {
            TableWriter.write(ctx, sorted.get(t));
        }
    }
}
