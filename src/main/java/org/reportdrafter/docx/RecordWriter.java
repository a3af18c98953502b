package org.reportdrafter.docx;

import java.util.ArrayList;
import java.util.List;
import org.reportdrafter.domain.DocumentParts;

/**
 * The 版记 (GB/T 9704-2012 7.4): 抄送 and 印发机关 with 印发日期, in 4号, between a thick first and last
 * rule with a thin rule between, one character in from each side, in a frame anchored to the foot of
 * the last page, which must be an even page (封四): when the text ends on an odd page, or on an even
 * page without room for the 版记, blank pages are added (by {@link PageEstimate}). The lines share one
 * frame (Word and LibreOffice join framed paragraphs alike).
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
        if (lines.isEmpty()) {
            return;
        }
        int skip = pagesToSkip(ctx, lines.size());
        for (int i = 0; i < skip; i++) {
            // an empty paragraph starting the next page: the framed 版记 then anchors on it
            ctx.paragraph(StyleWriter.NORMAL).setPageBreak(true);
        }
        // LibreOffice ignores yAlign="bottom": the frame's top is placed explicitly so its last line
        // is the type area's last line
        int pitch = ctx.layout().linePitchTwips();
        int top = ctx.layout().textHeightTwips() - lines.size() * pitch - RULES_TWIPS;
        for (String l : lines) {
            var p = ctx.paragraph(StyleWriter.RECORD);
            frame(p, ctx.layout().textWidthTwips(), top);
            if (l.contains("\t")) {
                // 印发机关 左空一字, 印发日期 右空一字: a right tab at the frame's inner edge
                var tabs = p.getCTP().getPPr().addNewTabs();
                var tab = tabs.addNewTab();
                tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
                // tab stops count from the text margin, not the indent
                tab.setPos(java.math.BigInteger.valueOf(ctx.layout().textWidthTwips() - PageLayout.ptToTwips(PageLayout.PAGE_NUMBER_PT)));
                String[] parts2 = l.split("\t", 2);
                Runs.add(p, parts2[0]);
                p.createRun().addTab();
                Runs.add(p, parts2[1]);
            } else {
                Runs.add(p, l);
            }
        }
    }

    /**
     * How many new pages to start so the 版记 stands at the foot of an even page: none when the text
     * ends on an even page with room for it (and a line of slack for line-breaking differences), one
     * when it ends on an odd page, two when an even page is too full.
     */
    /** The rules' thickness: 1 pt above and below, 0.5 pt between, rounded up. */
    private static final int RULES_TWIPS = 60;

    private static void frame(org.apache.poi.xwpf.usermodel.XWPFParagraph p, int width, int top) {
        var ppr = p.getCTP().getPPr();
        var frame = ppr.addNewFramePr();
        frame.setWrap(org.openxmlformats.schemas.wordprocessingml.x2006.main.STWrap.AROUND);
        frame.setVAnchor(org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor.MARGIN);
        frame.setHAnchor(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor.MARGIN);
        frame.setW(java.math.BigInteger.valueOf(width));
        frame.setY(java.math.BigInteger.valueOf(top));
    }

    static int pagesToSkip(BlockContext ctx, int recordLines) {
        PageEstimate.Position at = PageEstimate.of(ctx.doc(), ctx.layout());
        int need = (recordLines + 2) * ctx.layout().linePitchTwips();
        if (at.page() % 2 == 1) {
            return 1;
        }
        return at.freeTwips() >= need ? 0 : 2;
    }
}
