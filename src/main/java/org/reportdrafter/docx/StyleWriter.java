package org.reportdrafter.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Document defaults and the named styles: Normal (3号 body font), Title, Heading 1–4 with outline
 * levels (so the navigation pane of Word and WPS shows the outline), Subtitle and Footer. No theme
 * fonts anywhere: every slot names a real font.
 */
final class StyleWriter {
    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String FOOTER = "Footer";

    private StyleWriter() {
    }

    static String heading(int level) {
        return "Heading" + level;
    }

    static String headingFont(int level, String bodyFont) {
        return switch (level) {
            case 1 -> PageLayout.HEADING1_FONT;
            case 2 -> PageLayout.HEADING2_FONT;
            default -> bodyFont;
        };
    }

    static void write(XWPFDocument doc, PageLayout layout, ExportSettings s) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr rDefault = defaults.addNewRPrDefault().addNewRPr();
        Runs.fonts(rDefault.addNewRFonts(), s.bodyFont());
        size(rDefault, PageLayout.BODY_PT);
        rDefault.addNewLang().setEastAsia("zh-CN");
        defaults.addNewPPrDefault().addNewPPr();

        CTStyle normal = style(styles, NORMAL, "Normal", null);
        normal.setDefault(true);
        CTPPrGeneral p = normal.addNewPPr();
        p.addNewJc().setVal(STJc.BOTH);
        CTInd ind = p.addNewInd();
        ind.setFirstLineChars(BigInteger.valueOf(200));
        ind.setFirstLine(BigInteger.valueOf(PageLayout.ptToTwips(PageLayout.BODY_PT * 2)));
        exactSpacing(p.addNewSpacing(), layout.linePitchTwips());
        // Automatic space between CJK and Latin/digits would shift characters off the 28-per-line grid.
        p.addNewAutoSpaceDE().setVal(STOnOff1.OFF);
        p.addNewAutoSpaceDN().setVal(STOnOff1.OFF);
        p.addNewAdjustRightInd().setVal(STOnOff1.OFF);
        p.addNewSnapToGrid().setVal(STOnOff1.OFF);
        // A fixed 22-line grid: widow/orphan control would leave short pages.
        p.addNewWidowControl().setVal(STOnOff1.OFF);
        CTRPr r = normal.addNewRPr();
        Runs.fonts(r.addNewRFonts(), s.bodyFont());
        size(r, PageLayout.BODY_PT);
        r.addNewSpacing().setVal(BigInteger.valueOf(layout.bodyCharSpacingTwips()));

        CTStyle title = style(styles, TITLE, "Title", NORMAL);
        CTPPrGeneral tp = title.addNewPPr();
        tp.addNewJc().setVal(STJc.CENTER);
        CTInd tind = tp.addNewInd();
        tind.setFirstLineChars(BigInteger.ZERO);
        tind.setFirstLine(BigInteger.ZERO);
        tp.addNewOutlineLvl().setVal(BigInteger.ZERO);
        tp.addNewKeepNext();
        CTRPr tr = title.addNewRPr();
        Runs.fonts(tr.addNewRFonts(), s.titleFont());
        size(tr, PageLayout.TITLE_PT);
        tr.addNewSpacing().setVal(BigInteger.ZERO);

        CTStyle subtitle = style(styles, SUBTITLE, "Subtitle", NORMAL);
        CTPPrGeneral sp = subtitle.addNewPPr();
        sp.addNewJc().setVal(STJc.CENTER);
        CTInd sind = sp.addNewInd();
        sind.setFirstLineChars(BigInteger.ZERO);
        sind.setFirstLine(BigInteger.ZERO);
        Runs.fonts(subtitle.addNewRPr().addNewRFonts(), PageLayout.HEADING2_FONT);

        for (int level = 1; level <= 4; level++) {
            CTStyle h = style(styles, heading(level), "heading " + level, NORMAL);
            CTPPrGeneral hp = h.addNewPPr();
            if (level <= 2) {
                hp.addNewKeepNext(); // measures (levels 3–4) carry their text: chaining them would empty pages
            }
            hp.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            CTRPr hr = h.addNewRPr();
            Runs.fonts(hr.addNewRFonts(), headingFont(level, s.bodyFont()));
            if (s.boldHeadings()) {
                hr.addNewB();
                hr.addNewBCs();
            }
            size(hr, PageLayout.BODY_PT);
        }

        CTStyle footer = style(styles, FOOTER, "footer", NORMAL);
        CTPPrGeneral fp = footer.addNewPPr();
        CTInd find = fp.addNewInd();
        find.setFirstLineChars(BigInteger.ZERO);
        find.setFirstLine(BigInteger.ZERO);
        CTSpacing fs = fp.addNewSpacing();
        fs.setBefore(BigInteger.ZERO);
        fs.setAfter(BigInteger.ZERO);
        CTRPr fr = footer.addNewRPr();
        Runs.fonts(fr.addNewRFonts(), PageLayout.PAGE_NUMBER_FONT);
        size(fr, PageLayout.PAGE_NUMBER_PT);

        doc.createStyles().setStyles(styles);
    }

    private static CTStyle style(CTStyles styles, String id, String name, String basedOn) {
        CTStyle st = styles.addNewStyle();
        st.setType(STStyleType.PARAGRAPH);
        st.setStyleId(id);
        st.addNewName().setVal(name);
        if (basedOn != null) {
            st.addNewBasedOn().setVal(basedOn);
            st.addNewNext().setVal(NORMAL);
        }
        st.addNewQFormat();
        return st;
    }

    static void exactSpacing(CTSpacing spacing, int lineTwips) {
        spacing.setLine(BigInteger.valueOf(lineTwips));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
    }

    private static void size(CTRPr r, double pt) {
        BigInteger half = BigInteger.valueOf(Math.round(pt * 2));
        r.addNewSz().setVal(half);
        r.addNewSzCs().setVal(half);
    }
}
