package org.reportdrafter.docx;

import java.util.List;
import java.util.Locale;

/**
 * All GB/T 9704-2012 layout values in one place. Lengths in millimetres or points; converted to twips
 * (1/20 pt) where Word wants them.
 *
 * @param topMm        top margin (天头)
 * @param bottomMm     bottom margin
 * @param leftMm       left margin (订口)
 * @param rightMm      right margin
 * @param linePitchPt  exact line spacing of body text, chosen so that 22 lines fill the text block
 */
public record PageLayout(String id, String displayName, double topMm, double bottomMm, double leftMm, double rightMm,
                         double linePitchPt) {

    public static final double PAGE_WIDTH_MM = 210;
    public static final double PAGE_HEIGHT_MM = 297;
    public static final int LINES_PER_PAGE = 22;
    public static final int CHARS_PER_LINE = 28;
    /** 二号 */
    public static final double TITLE_PT = 22;
    /** 三号 */
    public static final double BODY_PT = 16;
    /** 四号 */
    public static final double PAGE_NUMBER_PT = 14;
    /** The page number's dash line stands this far below the text block. */
    public static final double PAGE_NUMBER_GAP_MM = 7;
    /** 发文机关标志 (7.2.4): as large as fits on one line, 小初 at most. */
    public static final double ISSUER_MARK_PT = 36;
    /** 发文机关标志 (7.2.4): its upper edge this far below the top of the type area; 份号, 密级 and 紧急程度 stand in this space. */
    public static final double ISSUER_MARK_TOP_MM = 35;
    /**
     * An upward document's 标志 this far down, leaving room for the superior's 批办, where an office's
     * rules still ask for it (GB/T 9704-1999 7.2.3 上报的公文); GB/T 9704-2012 says 35 mm for every document.
     */
    public static final double UPWARD_ISSUER_MARK_TOP_MM = 80;
    /** The red separator of the 版头 this far below the 发文字号 (7.2.7). */
    public static final double HEADER_RULE_GAP_MM = 4;
    public static final String HEADING1_FONT = "黑体";
    public static final String HEADING2_FONT = "楷体_GB2312";
    public static final String PAGE_NUMBER_FONT = "宋体";

    /** The standard: margins 37/35/28/26 mm, text block 156 × 225 mm, 22 lines of 28 characters. */
    public static final PageLayout GUOBIAO = new PageLayout("guobiao", "国标（GB/T 9704-2012）", 37, 35, 28, 26,
            fitLines(37, 35));
    /** What many offices print: 34.6/32.6 mm margins and 29.6 pt lines, still 22 lines. */
    public static final PageLayout OFFICE22 = new PageLayout("office22", "常用（上34.6 下32.6 毫米，行距29.6磅）", 34.6, 32.6,
            28, 26, 29.6);

    public static final List<PageLayout> PRESETS = List.of(GUOBIAO, OFFICE22);
    public static final List<String> BODY_FONTS = List.of("仿宋_GB2312", "仿宋");
    public static final List<String> TITLE_FONTS = List.of("方正小标宋简体", "方正小标宋_GBK", "华文中宋");

    /** The page geometry of a preset (built in or an office's own). */
    public static PageLayout of(org.reportdrafter.domain.ExportPreset p) {
        for (PageLayout l : PRESETS) {
            if (l.id.equals(p.name()) && p.isBuiltIn()) {
                return l;
            }
        }
        return new PageLayout(p.name(), p.name(), p.topMm(), p.bottomMm(), p.leftMm(), p.rightMm(), p.linePitchPt());
    }

    public static PageLayout byId(String id) {
        for (PageLayout p : PRESETS) {
            if (p.id.equalsIgnoreCase(id == null ? "" : id.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("未知的版式：" + id + "（可用：" + String.join("、", PRESETS.stream().map(PageLayout::id).toList()) + "）");
    }

    /** The largest line pitch, to 1/20 pt, at which 22 lines fit the text block. */
    private static double fitLines(double top, double bottom) {
        double heightPt = mmToPt(PAGE_HEIGHT_MM - top - bottom);
        return Math.floor(heightPt / LINES_PER_PAGE * 20) / 20.0;
    }

    static double mmToPt(double mm) {
        return mm / 25.4 * 72;
    }

    static int mmToTwips(double mm) {
        return (int) Math.round(mm / 25.4 * 1440);
    }

    static int ptToTwips(double pt) {
        return (int) Math.round(pt * 20);
    }

    public int textWidthTwips() {
        return mmToTwips(PAGE_WIDTH_MM) - mmToTwips(leftMm) - mmToTwips(rightMm);
    }

    /**
     * Character spacing (twips, negative) that makes exactly 28 body characters fill a line: a 3号
     * character is 320 twips and 28 of them overflow a 156 mm line, which is why Word shows 27.
     */
    public int bodyCharSpacingTwips() {
        return charSpacingTwips(BODY_PT);
    }

    /** The same for another body size: as many characters as round to a line, none squeezed over 28. */
    public int charSpacingTwips(double bodyPt) {
        int size = ptToTwips(bodyPt);
        int chars = Math.max(1, Math.min(CHARS_PER_LINE, (int) Math.round((double) textWidthTwips() / size)));
        return Math.max(-size / 8, Math.min(0, textWidthTwips() / chars - size));
    }

    /** Width of one body character with its spacing, for indents measured in characters. */
    public int charTwips(double bodyPt) {
        return ptToTwips(bodyPt) + charSpacingTwips(bodyPt);
    }

    public int textHeightTwips() {
        return mmToTwips(PAGE_HEIGHT_MM) - mmToTwips(topMm) - mmToTwips(bottomMm);
    }

    public int linePitchTwips() {
        return ptToTwips(linePitchPt);
    }

    /**
     * Space before the 发文机关标志 so its upper edge stands {@code markTopMm} below the top of the type
     * area, after {@code linesAbove} body lines (份号, 密级, 紧急程度); never negative.
     */
    public int issuerMarkSpaceTwips(double markTopMm, int linesAbove) {
        return Math.max(0, mmToTwips(markTopMm) - linesAbove * linePitchTwips());
    }

    /**
     * The border space (whole points, as Word stores it) that puts the red rule 4 mm below the
     * characters of the 发文字号: the border is drawn below the line box, and the ink of the characters
     * ends about 0.3 em above the foot of an exact body line (measured on LibreOffice's rendering).
     */
    public int headerRuleSpacePt(double bodyPt) {
        return (int) Math.max(0, Math.min(31, Math.round(mmToPt(HEADER_RULE_GAP_MM) - 0.3 * bodyPt)));
    }

    /** Distance from the page's bottom edge to the bottom of the footer line holding the page number. */
    public int footerTwips() {
        double lineMm = PAGE_NUMBER_PT / 72 * 25.4 * 1.2;
        return mmToTwips(Math.max(5, bottomMm - PAGE_NUMBER_GAP_MM - lineMm));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %.1f/%.1f/%.1f/%.1f mm, %.2f pt", id, topMm, bottomMm, leftMm, rightMm, linePitchPt);
    }
}
