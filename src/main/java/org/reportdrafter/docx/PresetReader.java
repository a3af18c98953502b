package org.reportdrafter.docx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.reportdrafter.domain.ExportPreset;

/**
 * Reads an office's house style from a .docx or .dotx it already circulates: margins from the page
 * setup; body font, size and exact line spacing from what most body text uses (its style, or the
 * direct formatting many offices' files carry); the title from the first centred paragraph; the 一、
 * and （一） heading fonts and bold from such headings; where page numbers stand from the footers.
 * What the file does not show is taken from GB/T 9704.
 */
public final class PresetReader {
    private static final Pattern H1 = Pattern.compile("^\\s*[一二三四五六七八九十]+、");
    private static final Pattern H2 = Pattern.compile("^\\s*[（(][一二三四五六七八九十]+[）)]");

    private PresetReader() {
    }

    public static ExportPreset read(Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            return read(doc, name);
        } catch (org.apache.poi.ooxml.POIXMLException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new SampleException(org.reportdrafter.i18n.Message.of("error.export.sample", String.valueOf(file.getFileName())), e);
        }
    }

    static ExportPreset read(XWPFDocument doc, String name) {
        ExportPreset d = ExportPreset.STANDARD;
        double top = d.topMm();
        double bottom = d.bottomMm();
        double left = d.leftMm();
        double right = d.rightMm();
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (sect != null && sect.getPgMar() != null) {
            CTPageMar m = sect.getPgMar();
            top = mm(m.getTop(), top);
            bottom = mm(m.getBottom(), bottom);
            left = mm(m.getLeft(), left);
            right = mm(m.getRight(), right);
        }
        Map<String, Integer> bodyFonts = new HashMap<>();
        Map<Double, Integer> bodySizes = new HashMap<>();
        Map<Double, Integer> pitches = new HashMap<>();
        String titleFont = null;
        double titlePt = 0;
        String h1 = null;
        String h2 = null;
        boolean bold = false;
        List<XWPFParagraph> ps = doc.getParagraphs();
        int nonEmpty = 0;
        for (XWPFParagraph p : ps) {
            String text = p.getText().strip();
            if (text.isEmpty()) {
                continue;
            }
            nonEmpty++;
            XWPFRun first = p.getRuns().stream().filter(r -> !r.text().isBlank()).findFirst().orElse(null);
            if (first == null) {
                continue;
            }
            String font = font(doc, p, first);
            double size = size(doc, p, first);
            if (titleFont == null && nonEmpty <= 6 && alignment(doc, p) == ParagraphAlignment.CENTER && size >= 18) {
                titleFont = font;
                titlePt = size;
                continue;
            }
            if (H1.matcher(text).find() && h1 == null) {
                h1 = font;
                bold |= first.isBold();
                continue;
            }
            if (H2.matcher(text).find() && h2 == null) {
                h2 = font;
                continue;
            }
            if (alignment(doc, p) == ParagraphAlignment.CENTER || text.length() < 20) {
                continue; // titles, signatures, dates: not body text
            }
            if (font != null) {
                bodyFonts.merge(font, text.length(), Integer::sum);
            }
            if (size > 0) {
                bodySizes.merge(size, text.length(), Integer::sum);
            }
            double pitch = exactPitch(doc, p);
            if (pitch > 0) {
                pitches.merge(pitch, text.length(), Integer::sum);
            }
        }
        String bodyFont = top(bodyFonts, d.bodyFont());
        double bodyPt = top(bodySizes, d.bodyPt());
        double pitch = top(pitches, 0.0);
        if (pitch < bodyPt) {
            pitch = Math.floor(PageLayout.mmToPt(PageLayout.PAGE_HEIGHT_MM - top - bottom) / PageLayout.LINES_PER_PAGE * 20) / 20.0;
        }
        return new ExportPreset(name, titleFont == null ? d.titleFont() : titleFont, titlePt > 0 ? titlePt : d.titlePt(),
                bodyFont, bodyPt, h1 == null ? d.heading1Font() : h1, h2 == null ? d.heading2Font() : h2, bold, pitch,
                top, bottom, left, right, pageNumbers(doc), false, false);
    }

    private static ExportPreset.PageNumbers pageNumbers(XWPFDocument doc) {
        boolean center = false;
        boolean sides = false;
        for (XWPFFooter f : doc.getFooterList()) {
            for (XWPFParagraph p : f.getParagraphs()) {
                String xml = p.getCTP().xmlText();
                if (!xml.contains("PAGE")) {
                    continue;
                }
                ParagraphAlignment a = alignment(doc, p);
                if (a == ParagraphAlignment.CENTER) {
                    center = true;
                } else {
                    sides = true;
                }
            }
        }
        return center && !sides ? ExportPreset.PageNumbers.CENTER : ExportPreset.PageNumbers.OUTSIDE;
    }

    private static double mm(Object twips, double fallback) {
        if (twips instanceof BigInteger b && b.signum() > 0) {
            return Math.round(b.doubleValue() / 1440 * 25.4 * 10) / 10.0;
        }
        return fallback;
    }

    private static <K> K top(Map<K, Integer> counts, K fallback) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(fallback);
    }

    private static ParagraphAlignment alignment(XWPFDocument doc, XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getJc() != null) {
            return p.getAlignment();
        }
        for (CTPPrGeneral ppr : styleChainPPr(doc, p.getStyleID())) {
            if (ppr.getJc() != null) {
                return ParagraphAlignment.valueOf(ppr.getJc().getVal().intValue());
            }
        }
        return ParagraphAlignment.LEFT;
    }

    private static double exactPitch(XWPFDocument doc, XWPFParagraph p) {
        CTSpacing s = p.getCTP().getPPr() == null ? null : p.getCTP().getPPr().getSpacing();
        if (s == null || s.getLine() == null) {
            for (CTPPrGeneral ppr : styleChainPPr(doc, p.getStyleID())) {
                if (ppr.getSpacing() != null && ppr.getSpacing().getLine() != null) {
                    s = ppr.getSpacing();
                    break;
                }
            }
        }
        if (s == null || s.getLine() == null || s.getLineRule() != STLineSpacingRule.EXACT) {
            return 0;
        }
        return ((BigInteger) s.getLine()).doubleValue() / 20;
    }

    /** The run's East Asian font: its own, else its paragraph style's (and their bases), else the defaults. */
    private static String font(XWPFDocument doc, XWPFParagraph p, XWPFRun r) {
        CTRPr own = r.getCTR().getRPr();
        if (own != null && own.sizeOfRFontsArray() > 0 && own.getRFontsArray(0).getEastAsia() != null) {
            return own.getRFontsArray(0).getEastAsia();
        }
        if (own != null && own.sizeOfRStyleArray() > 0) { // a character style (run-in heading words)
            for (XWPFStyle cs : chain(doc, own.getRStyleArray(0).getVal())) {
                CTRPr rpr = cs.getCTStyle().getRPr();
                if (rpr != null && rpr.sizeOfRFontsArray() > 0 && rpr.getRFontsArray(0).getEastAsia() != null) {
                    return rpr.getRFontsArray(0).getEastAsia();
                }
            }
        }
        for (CTRPr rpr : styleChainRPr(doc, p.getStyleID())) {
            if (rpr.sizeOfRFontsArray() > 0 && rpr.getRFontsArray(0).getEastAsia() != null) {
                return rpr.getRFontsArray(0).getEastAsia();
            }
        }
        return null;
    }

    private static double size(XWPFDocument doc, XWPFParagraph p, XWPFRun r) {
        Double own = r.getFontSizeAsDouble();
        if (own != null && own > 0) {
            return own;
        }
        for (CTRPr rpr : styleChainRPr(doc, p.getStyleID())) {
            if (rpr.sizeOfSzArray() > 0) {
                return ((BigInteger) rpr.getSzArray(0).getVal()).doubleValue() / 2;
            }
        }
        return 0;
    }

    private static List<CTRPr> styleChainRPr(XWPFDocument doc, String styleId) {
        List<CTRPr> out = new java.util.ArrayList<>();
        for (XWPFStyle s : chain(doc, styleId)) {
            if (s.getCTStyle().getRPr() != null) {
                out.add(s.getCTStyle().getRPr());
            }
        }
        try {
            var defaults = doc.getStyles() == null ? null : doc.getStyle().getDocDefaults();
            if (defaults != null && defaults.getRPrDefault() != null && defaults.getRPrDefault().getRPr() != null) {
                out.add(defaults.getRPrDefault().getRPr());
            }
        } catch (IOException | org.apache.xmlbeans.XmlException e) {
            // no readable styles part: direct formatting only
        }
        return out;
    }

    private static List<CTPPrGeneral> styleChainPPr(XWPFDocument doc, String styleId) {
        List<CTPPrGeneral> out = new java.util.ArrayList<>();
        for (XWPFStyle s : chain(doc, styleId)) {
            if (s.getCTStyle().getPPr() != null) {
                out.add(s.getCTStyle().getPPr());
            }
        }
        return out;
    }

    /** The paragraph's style and the styles it is based on; the default paragraph style when it names none. */
    private static List<XWPFStyle> chain(XWPFDocument doc, String styleId) {
        List<XWPFStyle> out = new java.util.ArrayList<>();
        XWPFStyles styles = doc.getStyles();
        if (styles == null) {
            return out;
        }
        XWPFStyle s = styleId == null ? defaultParagraphStyle(styles) : styles.getStyle(styleId);
        for (int guard = 0; s != null && guard < 20; guard++) {
            out.add(s);
            s = s.getBasisStyleID() == null ? null : styles.getStyle(s.getBasisStyleID());
        }
        return out;
    }

    private static XWPFStyle defaultParagraphStyle(XWPFStyles styles) {
        XWPFStyle normal = styles.getStyle("Normal");
        if (normal == null) {
            normal = styles.getStyle("a"); // WPS and Chinese Word name the default style "a"
        }
        return normal;
    }

    /** A sample file that is no Word document: the message in Chinese, and in English for the UI. */
    public static final class SampleException extends IOException implements org.reportdrafter.i18n.Localized {
        private final transient org.reportdrafter.i18n.Message said;

        SampleException(org.reportdrafter.i18n.Message message, Throwable cause) {
            super(message.chinese(), cause);
            this.said = message;
        }

        @Override
        public String text(java.util.Locale locale) {
            return said.text(locale);
        }
    }
}
