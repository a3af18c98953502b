package org.reportdrafter.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.reportdrafter.domain.Report;

/**
 * The package parts Word and WPS expect from a file they wrote themselves: settings.xml (Word 2013+
 * compatibility, so no 兼容模式; Chinese theme language; the default tab stop; odd/even footers),
 * fontTable.xml naming every font with the one to substitute (仿宋_GB2312 → 仿宋 on a machine without
 * the GB2312 fonts), and docProps (title, author and company from the report, application our name).
 */
final class PackageWriter {
    static final String APPLICATION = "报告起草助手";
    static final String FONT_TABLE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    static final String FONT_TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";

    /** Font, the font to substitute, the GB2312 charset (86) or ANSI (0), family and pitch. */
    private record FontInfo(String alt, int charset, String family, String pitch) {
    }

    private static final Map<String, FontInfo> FONTS = new LinkedHashMap<>();

    static {
        FONTS.put("仿宋_GB2312", new FontInfo("仿宋", 134, "modern", "fixed"));
        FONTS.put("仿宋", new FontInfo("FangSong", 134, "modern", "fixed"));
        FONTS.put("楷体_GB2312", new FontInfo("楷体", 134, "modern", "fixed"));
        FONTS.put("楷体", new FontInfo("KaiTi", 134, "modern", "fixed"));
        FONTS.put("方正小标宋简体", new FontInfo("华文中宋", 134, "script", "variable"));
        FONTS.put("方正小标宋_GBK", new FontInfo("华文中宋", 134, "script", "variable"));
        FONTS.put("华文中宋", new FontInfo("宋体", 134, "auto", "variable"));
        FONTS.put("黑体", new FontInfo("SimHei", 134, "modern", "fixed"));
        FONTS.put("宋体", new FontInfo("SimSun", 134, "auto", "variable"));
    }

    private PackageWriter() {
    }

    /** settings.xml in the schema's element order (the typed classes are not all in poi-ooxml-lite). */
    static void settings(XWPFDocument doc) throws IOException {
        String xml = "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:zoom w:percent=\"100\"/>"
                + "<w:defaultTabStop w:val=\"420\"/>"
                + "<w:evenAndOddHeaders/>"
                + "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
                + "<w:compatSetting w:name=\"overrideTableStyleFontSizeAndJustification\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"1\"/>"
                + "<w:compatSetting w:name=\"enableOpenTypeFeatures\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"1\"/>"
                + "<w:compatSetting w:name=\"doNotFlipMirrorIndents\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"1\"/>"
                + "</w:compat>"
                + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"
                + "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>"
                + "</w:settings>";
        try {
            doc.getSettings().getCTSettings().set(SettingsDocument.Factory.parse(xml).getSettings());
        } catch (XmlException e) {
            throw new IOException(e);
        }
    }

    static void fontTable(XWPFDocument doc, Set<String> used) throws IOException {
        Set<String> all = new LinkedHashSet<>(used);
        for (String f : used) {
            FontInfo info = FONTS.get(f);
            if (info != null) {
                all.add(info.alt);
            }
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (String f : all) {
            FontInfo info = FONTS.getOrDefault(f, new FontInfo(null, isAscii(f) ? 0 : 134, "auto", "variable"));
            xml.append("<w:font w:name=\"").append(attr(f)).append("\">");
            if (info.alt != null) {
                xml.append("<w:altName w:val=\"").append(attr(info.alt)).append("\"/>");
            }
            xml.append("<w:charset w:val=\"").append(String.format("%02X", info.charset)).append("\"/>")
                    .append("<w:family w:val=\"").append(info.family).append("\"/>")
                    .append("<w:pitch w:val=\"").append(info.pitch).append("\"/>")
                    .append("</w:font>");
        }
        xml.append("</w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name, FONT_TABLE_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, FONT_TABLE_REL);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    static void properties(XWPFDocument doc, Report report, String author) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(report.title().strip());
        String who = author == null || author.isBlank() ? report.organization().strip() : author.strip();
        core.setCreator(who);
        core.setLastModifiedByUser(who);
        var ext = doc.getProperties().getExtendedProperties().getUnderlyingProperties();
        ext.setApplication(APPLICATION);
        if (!report.organization().isBlank()) {
            ext.setCompany(report.organization().strip());
        }
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    private static String attr(String s) {
        return XmlText.clean(s).replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
