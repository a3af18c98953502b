package org.reportdrafter.docx;

import java.util.ArrayList;
import java.util.List;
import org.reportdrafter.domain.DocumentParts;

/**
 * The 版记 (GB/T 9704-2012 7.4): 抄送 and 印发机关 with 印发日期, in 4号, between a thick first and last
 * rule with a thin rule between, one character in from each side, in a frame anchored to the foot of
 * the last page. The lines share one frame (Word and LibreOffice join framed paragraphs alike).
 */
final class RecordWriter {
    private RecordWriter() {
    }

    static void write(BlockContext ctx, DocumentParts parts) {
        List<String> lines = new ArrayList<>();
        if (!parts.copyTo().isEmpty()) {
            String c = parts.copyTo();
            lines.add(c.startsWith("抄送") ? c : "抄送：" + c);
        }
        if (!parts.issuedBy().isEmpty() || !parts.issuedOn().isEmpty()) {
            String on = parts.issuedOn().isEmpty() ? "" : parts.issuedOn() + (parts.issuedOn().endsWith("印发") ? "" : "印发");
            lines.add(parts.issuedBy() + "\t" + on);
        }
        for (String l : lines) {
            var p = ctx.paragraph(StyleWriter.RECORD);
            if (l.contains("\t")) {
                // 印发机关 左空一字, 印发日期 右空一字: a right tab at the frame's inner edge
                var tabs = p.getCTP().getPPr().addNewTabs();
                var tab = tabs.addNewTab();
                tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
                tab.setPos(java.math.BigInteger.valueOf(ctx.layout().textWidthTwips() - 2L * PageLayout.ptToTwips(PageLayout.PAGE_NUMBER_PT)));
                String[] parts2 = l.split("\t", 2);
                Runs.add(p, parts2[0]);
                p.createRun().addTab();
                Runs.add(p, parts2[1]);
            } else {
                Runs.add(p, l);
            }
        }
    }
}
