package org.reportdrafter.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Every format of the document lives here, in named styles, so that 修改样式 in Word or WPS changes
 * every paragraph of a kind and a re-font is one edit. Paragraphs name a style; runs carry no fonts,
 * sizes or spacing (a run-in heading's words take a character style). Built-in names (Normal, Title,
 * heading 1…) are kept where Word has them, so Word shows them as 正文, 标题, 标题 1 and its navigation
 * pane works; each carries the office's name as an alias (一级标题…). Every font slot names the Chinese
 * font, so “” —— …… are never set in a Latin font.
 */
final class StyleWriter {
    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String FOOTER = "Footer";
    static final String DOC_NUMBER = "DocNumber";
    static final String ADDRESSEE = "Addressee";
    static final String FLUSH = "BodyFlush";
    static final String ATTACHMENT_NOTE = "AttachmentNote";
    static final String SIGNER = "Signer";
    static final String ISSUE_DATE = "IssueDate";
    static final String NOTE = "Note";
    static final String RECORD = "Record";
    static final String ISSUER_MARK = "IssuerMark";
    static final String HEADER_FIELD = "HeaderField";
    static final String RECORD_LAST = "RecordLast";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_TEXT_SMALL = "TableTextSmall";
    static final String ATTACHMENT_NAME = "AttachmentName";
    static final String ATTACHMENT_TITLE = "AttachmentTitle";
    static final String[] LEVEL_NAMES = {"一级标题", "二级标题", "三级标题", "四级标题"};
    /** 四号 for tables of up to five columns, 小四 for wider ones (a 行事历 row stays on one or two lines). */
    static final double TABLE_PT = 14;
    /** 小初: the 发文机关标志 of most offices' 红头. */
    static final double ISSUER_MARK_PT = PageLayout.ISSUER_MARK_PT;
    static final double TABLE_SMALL_PT = 12;
    static final int WIDE_TABLE_COLUMNS = 6;

    private StyleWriter() {
    }

    static String heading(int level) {
        return "Heading" + level;
    }

    /** A heading sharing its paragraph with its text: outline level, but no keep-with-next. */
    static String runInHeading(int level) {
        return "Heading" + level + "RunIn";
    }

    /** The character style of a run-in heading's words. */
    static String headingChars(int level) {
        return "Heading" + level + "Char";
    }

    static void write(XWPFDocument doc, ExportSettings s) {
        PageLayout layout = s.layout();
        String body = s.bodyFont();
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr rDefault = defaults.addNewRPrDefault().addNewRPr();
        fonts(rDefault.addNewRFonts(), body);
        size(rDefault, s.bodyPt());
        var lang = rDefault.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
        defaults.addNewPPrDefault().addNewPPr();

        CTStyle normal = style(styles, NORMAL, "Normal", null, null);
        normal.setDefault(true);
        CTPPrGeneral p = normal.addNewPPr();
        // A fixed 22-line grid: widow/orphan control would leave short pages.
        p.addNewWidowControl().setVal(STOnOff1.OFF);
        // Automatic space between CJK and Latin/digits would shift characters off the 28-per-line grid.
        p.addNewAutoSpaceDE().setVal(STOnOff1.OFF);
        p.addNewAutoSpaceDN().setVal(STOnOff1.OFF);
        // 标点溢出边界 as Word and WPS do by default, said out loud: LibreOffice hangs a line-end 。，、 past
        // the margin when this is left out and then does not draw it (7.4), so a clerk printing from it lost
        // them; told, it wraps them with the character before instead. Word and WPS print as before.
        p.addNewOverflowPunct().setVal(STOnOff1.ON);
        p.addNewAdjustRightInd().setVal(STOnOff1.OFF);
        p.addNewSnapToGrid().setVal(STOnOff1.OFF);
        exactSpacing(p.addNewSpacing(), layout.linePitchTwips());
        indent(p, 2, s);
        p.addNewJc().setVal(STJc.BOTH);
        CTRPr r = normal.addNewRPr();
        fonts(r.addNewRFonts(), body);
        r.addNewSpacing().setVal(BigInteger.valueOf(layout.charSpacingTwips(s.bodyPt())));
        size(r, s.bodyPt());

        CTStyle title = style(styles, TITLE, "Title", NORMAL, "标题");
        CTPPrGeneral tp = title.addNewPPr();
        tp.addNewKeepNext();
        indent(tp, 0, s);
        tp.addNewJc().setVal(STJc.CENTER);
        tp.addNewOutlineLvl().setVal(BigInteger.ZERO);
        CTRPr tr = title.addNewRPr();
        fonts(tr.addNewRFonts(), s.titleFont());
        tr.addNewSpacing().setVal(BigInteger.ZERO);
        size(tr, s.preset().titlePt());

        CTStyle subtitle = style(styles, SUBTITLE, "Subtitle", NORMAL, "副标题");
        CTPPrGeneral sp = subtitle.addNewPPr();
        sp.addNewKeepNext();
        indent(sp, 0, s);
        sp.addNewJc().setVal(STJc.CENTER);
        fonts(subtitle.addNewRPr().addNewRFonts(), s.preset().heading2Font());

        CTStyle number = style(styles, DOC_NUMBER, "发文字号", NORMAL, null);
        CTPPrGeneral np = number.addNewPPr();
        np.addNewKeepNext();
        indent(np, 0, s);
        np.addNewJc().setVal(STJc.CENTER);

        CTStyle addressee = style(styles, ADDRESSEE, "主送机关", NORMAL, null);
        CTPPrGeneral ap = addressee.addNewPPr();
        indent(ap, 0, s);
        ap.addNewJc().setVal(STJc.LEFT);

        CTStyle flush = style(styles, FLUSH, "正文（顶格）", NORMAL, null);
        indent(flush.addNewPPr(), 0, s);

        for (int level = 1; level <= 4; level++) {
            String name = LEVEL_NAMES[level - 1];
            CTStyle h = style(styles, heading(level), "heading " + level, NORMAL, name);
            h.addNewLink().setVal(headingChars(level));
            CTPPrGeneral hp = h.addNewPPr();
            hp.addNewKeepNext(); // a heading alone on its line stays with its text
            hp.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            headingRun(h.addNewRPr(), level, s);

            CTStyle run = style(styles, runInHeading(level), name + "（段中）", NORMAL, null);
            // no keepNext: a chain of run-in headings kept together would end page 1 early
            run.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));

            CTStyle chars = styles.addNewStyle();
            chars.setType(STStyleType.CHARACTER);
            chars.setStyleId(headingChars(level));
            chars.addNewName().setVal(name + "字符");
            chars.addNewLink().setVal(heading(level));
            chars.addNewQFormat();
            headingRun(chars.addNewRPr(), level, s);
        }

        CTStyle note = style(styles, ATTACHMENT_NOTE, "附件说明", NORMAL, null);
        note.addNewPPr().addNewJc().setVal(STJc.LEFT);

        CTStyle signer = style(styles, SIGNER, "署名", NORMAL, null);
        CTPPrGeneral sigp = signer.addNewPPr();
        sigp.addNewKeepNext();
        indent(sigp, 0, s);
        sigp.addNewJc().setVal(STJc.LEFT);

        CTStyle date = style(styles, ISSUE_DATE, "成文日期", NORMAL, null);
        CTPPrGeneral dp = date.addNewPPr();
        indent(dp, 0, s);
        dp.addNewJc().setVal(STJc.LEFT);

        style(styles, NOTE, "附注", NORMAL, null);

        // 版记: 4号, one character in from both sides, between full-width rules, at the foot of the page
        CTStyle record = style(styles, RECORD, "版记", NORMAL, null);
        CTPPrGeneral rp = record.addNewPPr();
        rp.addNewKeepNext();
        rp.addNewKeepLines();
        // the frame that puts it at the foot of the page is set on the paragraphs (RecordWriter): its
        // offset depends on the number of lines
        CTPBdr bdr = rp.addNewPBdr();
        border(bdr.addNewTop(), 8);
        border(bdr.addNewBetween(), 4);
        border(bdr.addNewBottom(), 8);
        CTInd rind = rp.addNewInd();
        int fourth = PageLayout.ptToTwips(PageLayout.PAGE_NUMBER_PT);
        rind.setLeft(BigInteger.valueOf(fourth));
        rind.setRight(BigInteger.valueOf(fourth));
        rind.setFirstLineChars(BigInteger.ZERO);
        rind.setFirstLine(BigInteger.ZERO);
        rp.addNewJc().setVal(STJc.LEFT);
        CTRPr rr = record.addNewRPr();
        rr.addNewSpacing().setVal(BigInteger.ZERO);
        size(rr, PageLayout.PAGE_NUMBER_PT);

        // 版头: 发文机关标志 in red 小标宋, as large as fits (小初 at most); 份号/密级/紧急程度 in 3号黑体 顶格
        CTStyle mark = style(styles, ISSUER_MARK, "发文机关标志", NORMAL, null);
        CTPPrGeneral mp = mark.addNewPPr();
        mp.addNewKeepNext();
        // one exact line the height of the characters: the 标志's upper edge is then the line's top,
        // which HeaderWriter places 35 mm below the type area's top by the space before
        exactSpacing(mp.addNewSpacing(), PageLayout.ptToTwips(ISSUER_MARK_PT));
        indent(mp, 0, s);
        mp.addNewJc().setVal(STJc.CENTER);
        CTRPr mr = mark.addNewRPr();
        fonts(mr.addNewRFonts(), s.titleFont());
        mr.addNewColor().setVal(HeaderWriter.RED);
        mr.addNewSpacing().setVal(BigInteger.ZERO);
        size(mr, ISSUER_MARK_PT);
        CTStyle field = style(styles, HEADER_FIELD, "版头要素", NORMAL, null);
        indent(field.addNewPPr(), 0, s);
        field.getPPr().addNewJc().setVal(STJc.LEFT);
        fonts(field.addNewRPr().addNewRFonts(), s.preset().heading1Font());

        tableText(styles, TABLE_TEXT, "表格", TABLE_PT, s);
        tableText(styles, TABLE_TEXT_SMALL, "表格（小字）", TABLE_SMALL_PT, s);
        CTStyle attName = style(styles, ATTACHMENT_NAME, "附件标识", NORMAL, null);
        CTPPrGeneral anp = attName.addNewPPr();
        anp.addNewKeepNext();
        anp.addNewPageBreakBefore();
        indent(anp, 0, s);
        anp.addNewJc().setVal(STJc.LEFT);
        fonts(attName.addNewRPr().addNewRFonts(), s.preset().heading1Font());

        CTStyle attTitle = style(styles, ATTACHMENT_TITLE, "附件标题", TITLE, null);
        attTitle.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);

        CTStyle footer = style(styles, FOOTER, "footer", NORMAL, "页码");
        CTPPrGeneral fp = footer.addNewPPr();
        CTSpacing fs = fp.addNewSpacing();
        fs.setBefore(BigInteger.ZERO);
        fs.setAfter(BigInteger.ZERO);
        fs.setLine(BigInteger.valueOf(240));
        fs.setLineRule(STLineSpacingRule.AUTO);
        CTInd find = fp.addNewInd();
        find.setFirstLineChars(BigInteger.ZERO);
        find.setFirstLine(BigInteger.ZERO);
        CTRPr fr = footer.addNewRPr();
        fonts(fr.addNewRFonts(), PageLayout.PAGE_NUMBER_FONT);
        fr.addNewSpacing().setVal(BigInteger.ZERO);
        size(fr, PageLayout.PAGE_NUMBER_PT);

        doc.createStyles().setStyles(styles);
    }

    private static void headingRun(CTRPr hr, int level, ExportSettings s) {
        fonts(hr.addNewRFonts(), s.headingFont(level));
        if (s.boldHeadings()) {
            hr.addNewB();
            hr.addNewBCs();
        }
    }

    private static void tableText(CTStyles styles, String id, String name, double pt, ExportSettings s) {
        CTStyle t = style(styles, id, name, NORMAL, null);
        CTPPrGeneral p = t.addNewPPr();
        exactSpacing(p.addNewSpacing(), PageLayout.ptToTwips(pt * 1.3));
        CTInd ind = p.addNewInd();
        ind.setFirstLineChars(BigInteger.ZERO);
        ind.setFirstLine(BigInteger.ZERO);
        p.addNewJc().setVal(STJc.LEFT);
        CTRPr r = t.addNewRPr();
        r.addNewSpacing().setVal(BigInteger.ZERO);
        size(r, pt);
    }

    private static void border(CTBorder b, int eighths) {
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(eighths));
        b.setSpace(BigInteger.ZERO);
        b.setColor("000000");
    }

    /** First-line indent in characters (Word's unit) and twips (for readers that ignore the former). */
    private static void indent(CTPPrGeneral p, int chars, ExportSettings s) {
        CTInd ind = p.addNewInd();
        ind.setFirstLineChars(BigInteger.valueOf(chars * 100L));
        ind.setFirstLine(BigInteger.valueOf((long) chars * PageLayout.ptToTwips(s.bodyPt())));
    }

    private static CTStyle style(CTStyles styles, String id, String name, String basedOn, String alias) {
        CTStyle st = styles.addNewStyle();
        st.setType(STStyleType.PARAGRAPH);
        st.setStyleId(id);
        st.addNewName().setVal(name);
        if (alias != null) {
            st.addNewAliases().setVal(alias);
        }
        if (basedOn != null) {
            st.addNewBasedOn().setVal(basedOn);
            st.addNewNext().setVal(NORMAL);
        }
        st.addNewQFormat();
        return st;
    }

    static void fonts(CTFonts f, String font) {
        f.setAscii(font);
        f.setHAnsi(font);
        f.setEastAsia(font);
        f.setCs(font);
        f.setHint(STHint.EAST_ASIA);
    }

    static void exactSpacing(CTSpacing spacing, int lineTwips) {
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(lineTwips));
        spacing.setLineRule(STLineSpacingRule.EXACT);
    }

    private static void size(CTRPr r, double pt) {
        BigInteger half = BigInteger.valueOf(Math.round(pt * 2));
        r.addNewSz().setVal(half);
        r.addNewSzCs().setVal(half);
    }
}
