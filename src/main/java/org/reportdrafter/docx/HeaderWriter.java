package org.reportdrafter.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.reportdrafter.domain.DocumentParts;
import org.reportdrafter.domain.ExportPreset;

/**
 * The 版头 of a 红头文件 (GB/T 9704-2012 7.2): 份号 (6 digits), 密级和保密期限 and 紧急程度 flush left
 * one per line from the type area's first line; the 发文机关标志 centred in red 小标宋, its upper edge
 * 35 mm below the top of the type area (the space before it is what the lines above leave of the
 * 35 mm); two blank lines; the 发文字号 centred, or for an upward document (签发人 given) 发文字号
 * 左空一字 and 签发人 右空一字 on one line; the red rule the width of the type area 4 mm below the
 * 发文字号 (a bottom border of that paragraph).
 */
final class HeaderWriter {
    static final String RED = "FF0000";

    private HeaderWriter() {
    }

    static void write(BlockContext ctx, DocumentParts parts, ExportPreset.Letterhead letterhead) {
        int fields = 0;
        for (String s : new String[] {serial(parts.docSerial()), parts.secretLevel(), parts.urgency()}) {
            if (!s.isEmpty()) {
                ctx.paragraph(StyleWriter.HEADER_FIELD, s);
                fields++;
            }
        }
        boolean upward = !parts.signedOffBy().isEmpty();
        String mark = letterhead.issuerMark();
        XWPFParagraph m = ctx.paragraph(StyleWriter.ISSUER_MARK, mark);
        double markTop = upward && letterhead.upwardLow() ? PageLayout.UPWARD_ISSUER_MARK_TOP_MM : PageLayout.ISSUER_MARK_TOP_MM;
        var spacing = m.getCTP().getPPr().addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(ctx.layout().issuerMarkSpaceTwips(markTop, fields)));
        double fit = Math.floor(ctx.layout().textWidthTwips() / 20.0 / Math.max(1, mark.length()));
        if (fit < PageLayout.ISSUER_MARK_PT) {
            // a long 标志 on one line: smaller rather than broken, its line as high as its characters
            m.getRuns().get(0).setFontSize(fit);
            spacing.setLine(BigInteger.valueOf(PageLayout.ptToTwips(fit)));
            spacing.setLineRule(STLineSpacingRule.EXACT);
        }
        ctx.blankLine();
        ctx.blankLine();
        XWPFParagraph number;
        if (upward) {
            number = ctx.paragraph(StyleWriter.FLUSH);
            int ch = ctx.settings().charTwips();
            // 左空一字 by a tab, not an indent: the paragraph's border (the red rule) spans the indents
            var tabs = number.getCTP().getPPr().addNewTabs();
            var left = tabs.addNewTab();
            left.setVal(STTabJc.LEFT);
            left.setPos(BigInteger.valueOf(ch));
            var right = tabs.addNewTab();
            right.setVal(STTabJc.RIGHT);
            right.setPos(BigInteger.valueOf(ctx.layout().textWidthTwips() - ch));
            number.createRun().addTab();
            Runs.add(number, parts.docNumber());
            number.createRun().addTab();
            Runs.add(number, "签发人：");
            var name = number.createRun();
            name.setText(parts.signedOffBy());
            // 签发人姓名 in 3号楷体 (7.2.5)
            name.setFontFamily(ctx.settings().preset().heading2Font(), org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia);
        } else {
            number = ctx.paragraph(StyleWriter.DOC_NUMBER, parts.docNumber());
        }
        var border = number.getCTP().getPPr().addNewPBdr().addNewBottom();
        border.setVal(STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(12));
        border.setSpace(BigInteger.valueOf(ctx.layout().headerRuleSpacePt(ctx.settings().bodyPt())));
        border.setColor(RED);
        // GB/T 9704 7.3.1: the title stands two lines below the red rule
        ctx.blankLine();
        ctx.blankLine();
    }

    /** 份号 is printed with 6 digits: 12 → 000012. */
    static String serial(String s) {
        return s.matches("\\d{1,5}") ? "0".repeat(6 - s.length()) + s : s;
    }
}
