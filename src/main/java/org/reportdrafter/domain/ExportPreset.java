package org.reportdrafter.domain;

import java.util.List;
import java.util.Locale;

/**
 * An office's house style for exported documents: fonts, sizes, line spacing, margins, where page
 * numbers stand, and how the 落款 and 版记 are laid out. Two presets are built in (国标 and the common
 * 34.6/32.6 mm variant); an office keeps its own in the library, usually read from a sample .docx it
 * already circulates. Lengths in millimetres, sizes and spacing in points.
 *
 * @param name          the preset's name, unique in the library ({@code guobiao} and {@code office22} are built in)
 * @param titleFont     font of the title (方正小标宋简体)
 * @param titlePt       size of the title (二号: 22)
 * @param bodyFont      font of the body (仿宋_GB2312)
 * @param bodyPt        size of the body (三号: 16)
 * @param heading1Font  font of 一、 headings (黑体)
 * @param heading2Font  font of （一） headings (楷体_GB2312)
 * @param boldHeadings  headings in bold
 * @param linePitchPt   exact line spacing of the body
 * @param pageNumbers   where the page number stands
 * @param sealed        the 落款 laid out for a seal (GB/T 9704 7.3.5.1) instead of unsealed (7.3.5.2)
 * @param printRecord   a 版记 (抄送, 印发机关, 印发日期) at the foot of the last even page
 * @param letterhead    the office's 版头 (红头文件): its 发文机关标志 and whether to print it
 */
public record ExportPreset(String name, String titleFont, double titlePt, String bodyFont, double bodyPt,
                           String heading1Font, String heading2Font, boolean boldHeadings, double linePitchPt,
                           double topMm, double bottomMm, double leftMm, double rightMm, PageNumbers pageNumbers,
                           boolean sealed, boolean printRecord, Letterhead letterhead) {

    /**
     * The office's 版头 (GB/T 9704-2012 7.2), set once in its preset: the 发文机关标志 (某县教育局文件),
     * whether exports print the 版头, and whether an upward document (one with a 签发人) puts its 标志
     * 80 mm down, as some offices' rules still ask (GB/T 9704-1999; the 2012 standard says 35 mm for all).
     * The 份号, 密级, 紧急程度, 发文字号 and 签发人 belong to each report, not here.
     */
    public record Letterhead(boolean print, String issuerMark, boolean upwardLow) {
        public static final Letterhead NONE = new Letterhead(false, "", false);

        public Letterhead {
            issuerMark = issuerMark == null ? "" : issuerMark.strip();
            if (issuerMark.length() > 40) {
                throw new IllegalArgumentException("发文机关标志过长（" + issuerMark.length() + " 字，最多 40 字）");
            }
            // nothing to print without a 标志
            print = print && !issuerMark.isEmpty();
        }

        /** Printed with this 标志 (empty: not printed). */
        public static Letterhead of(String mark) {
            return new Letterhead(true, mark, false);
        }

        public Letterhead withUpwardLow(boolean on) {
            return new Letterhead(print, issuerMark, on);
        }
    }

    /** Where page numbers stand. */
    public enum PageNumbers {
        /** Odd pages right, even pages left, each inset one character (GB/T 9704 7.5). */
        OUTSIDE,
        /** Centred on every page. */
        CENTER,
        /** No page numbers. */
        NONE;

        public static PageNumbers parse(String s) {
            try {
                return valueOf(s == null ? "OUTSIDE" : s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return OUTSIDE;
            }
        }
    }

    public static final String GUOBIAO = "guobiao";
    public static final String OFFICE22 = "office22";

    /** GB/T 9704-2012: margins 37/35/28/26 mm, 22 lines of 28 characters (28.95 pt lines). */
    public static final ExportPreset STANDARD = new ExportPreset(GUOBIAO, "方正小标宋简体", 22, "仿宋_GB2312", 16, "黑体",
            "楷体_GB2312", false, 28.95, 37, 35, 28, 26, PageNumbers.OUTSIDE, false, false);
    /** What many offices print: 34.6/32.6 mm margins and 29.6 pt lines, still 22 lines. */
    public static final ExportPreset COMMON = new ExportPreset(OFFICE22, "方正小标宋简体", 22, "仿宋_GB2312", 16, "黑体",
            "楷体_GB2312", false, 29.6, 34.6, 32.6, 28, 26, PageNumbers.OUTSIDE, false, false);
    public static final List<ExportPreset> BUILT_IN = List.of(STANDARD, COMMON);

    /** A preset without a 版头. */
    public ExportPreset(String name, String titleFont, double titlePt, String bodyFont, double bodyPt, String heading1Font,
                        String heading2Font, boolean boldHeadings, double linePitchPt, double topMm, double bottomMm,
                        double leftMm, double rightMm, PageNumbers pageNumbers, boolean sealed, boolean printRecord) {
        this(name, titleFont, titlePt, bodyFont, bodyPt, heading1Font, heading2Font, boldHeadings, linePitchPt, topMm,
                bottomMm, leftMm, rightMm, pageNumbers, sealed, printRecord, Letterhead.NONE);
    }

    public ExportPreset {
        letterhead = letterhead == null ? Letterhead.NONE : letterhead;
        name = name == null || name.isBlank() ? "未命名版式" : name.strip();
        titleFont = orDefault(titleFont, "方正小标宋简体");
        bodyFont = orDefault(bodyFont, "仿宋_GB2312");
        heading1Font = orDefault(heading1Font, "黑体");
        heading2Font = orDefault(heading2Font, "楷体_GB2312");
        if (!(titlePt >= 8 && titlePt <= 72) || !(bodyPt >= 8 && bodyPt <= 36)) {
            throw new IllegalArgumentException("字号超出范围：标题 " + titlePt + " 磅，正文 " + bodyPt + " 磅");
        }
        if (!(linePitchPt >= bodyPt && linePitchPt <= 3 * bodyPt + 20)) {
            throw new IllegalArgumentException("行距 " + linePitchPt + " 磅与正文字号 " + bodyPt + " 磅不相称");
        }
        for (double mm : new double[] {topMm, bottomMm, leftMm, rightMm}) {
            if (!(mm >= 5 && mm <= 80)) {
                throw new IllegalArgumentException("页边距 " + mm + " 毫米超出范围（5–80）");
            }
        }
        pageNumbers = pageNumbers == null ? PageNumbers.OUTSIDE : pageNumbers;
    }

    private static String orDefault(String s, String d) {
        return s == null || s.isBlank() ? d : s.strip();
    }

    public static ExportPreset builtIn(String name) {
        for (ExportPreset p : BUILT_IN) {
            if (p.name.equalsIgnoreCase(name == null ? "" : name.trim())) {
                return p;
            }
        }
        return null;
    }

    public boolean isBuiltIn() {
        return builtIn(name) != null;
    }

    /** A built-in layout with the report's own font choices (ExportOptions) applied. */
    public ExportPreset withReportOptions(ExportOptions o) {
        return new ExportPreset(name, o.titleFont(), titlePt, o.bodyFont(), bodyPt, heading1Font, heading2Font,
                o.boldHeadings(), linePitchPt, topMm, bottomMm, leftMm, rightMm, pageNumbers, sealed, printRecord, letterhead);
    }

    public ExportPreset withName(String n) {
        return new ExportPreset(n, titleFont, titlePt, bodyFont, bodyPt, heading1Font, heading2Font, boldHeadings,
                linePitchPt, topMm, bottomMm, leftMm, rightMm, pageNumbers, sealed, printRecord, letterhead);
    }

    public ExportPreset withSealed(boolean on) {
        return new ExportPreset(name, titleFont, titlePt, bodyFont, bodyPt, heading1Font, heading2Font, boldHeadings,
                linePitchPt, topMm, bottomMm, leftMm, rightMm, pageNumbers, on, printRecord, letterhead);
    }

    public ExportPreset withPrintRecord(boolean on) {
        return new ExportPreset(name, titleFont, titlePt, bodyFont, bodyPt, heading1Font, heading2Font, boldHeadings,
                linePitchPt, topMm, bottomMm, leftMm, rightMm, pageNumbers, sealed, on, letterhead);
    }

    public ExportPreset withPageNumbers(PageNumbers p) {
        return new ExportPreset(name, titleFont, titlePt, bodyFont, bodyPt, heading1Font, heading2Font, boldHeadings,
                linePitchPt, topMm, bottomMm, leftMm, rightMm, p, sealed, printRecord, letterhead);
    }

    public ExportPreset withLetterhead(Letterhead l) {
        return new ExportPreset(name, titleFont, titlePt, bodyFont, bodyPt, heading1Font, heading2Font, boldHeadings,
                linePitchPt, topMm, bottomMm, leftMm, rightMm, pageNumbers, sealed, printRecord, l);
    }

    /** One line for lists: fonts, sizes, spacing, margins. */
    public String describe() {
        return String.format(Locale.ROOT, "标题 %s %.1f磅，正文 %s %.1f磅，行距 %.2f磅，页边距 上%.1f 下%.1f 左%.1f 右%.1f 毫米，页码%s%s%s",
                titleFont, titlePt, bodyFont, bodyPt, linePitchPt, topMm, bottomMm, leftMm, rightMm,
                switch (pageNumbers) {
                    case OUTSIDE -> "单右双左";
                    case CENTER -> "居中";
                    case NONE -> "无";
                }, boldHeadings ? "，标题加粗" : "", sealed ? "，加盖印章版式" : "")
                + (letterhead.print() ? "，版头“" + letterhead.issuerMark() + "”" : "");
    }
}
