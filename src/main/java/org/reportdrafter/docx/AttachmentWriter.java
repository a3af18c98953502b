package org.reportdrafter.docx;

import java.util.Map;
import org.reportdrafter.domain.Attachment;
import org.reportdrafter.domain.Labeler;
import org.reportdrafter.domain.OutlineNode;
import org.reportdrafter.domain.Report;

/**
 * Attachments after the 落款, each on a new page (GB/T 9704-2012 7.3.4 / 7.3.6): 附件1 in 3号黑体 at
 * the top left, the attachment's title centred like a title, one blank line, its content. Page numbers
 * run on. Labels are computed as for the body, by the report's numbering style.
 */
final class AttachmentWriter {
    private AttachmentWriter() {
    }

    static void write(BlockContext ctx, Report report) {
        int n = report.parts().attachments().size();
        int i = 0;
        for (Attachment a : report.parts().attachments()) {
            i++;
            String name = a.name().isBlank() ? (n == 1 ? "附件" : "附件" + i) : a.name().strip();
            ctx.paragraph(StyleWriter.ATTACHMENT_NAME, name);
            if (!a.title().isBlank()) {
                TitleWriter.titleParagraph(ctx, StyleWriter.ATTACHMENT_TITLE, a.title().strip(), java.util.List.of());
                ctx.blankLine();
            }
            // a stand-in report so the Labeler numbers the attachment's outline as the editor does
            Report holder = new Report();
            holder.setSettings(report.settings());
            for (OutlineNode c : a.sections()) {
                holder.root().addChild(c.deepCopy());
            }
            Map<OutlineNode, String> labels = Labeler.labels(holder);
            NodeWriter.writeBody(ctx, a.paragraphs(), 0, a.root().tables());
            for (OutlineNode section : holder.sections()) {
                NodeWriter.write(ctx, section, labels);
            }
        }
    }
}
