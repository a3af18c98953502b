package org.reportdrafter.domain;

/**
 * The DOCX layout chosen for a report, saved with it.
 *
 * @param preset       layout preset id ({@code guobiao} or {@code office22})
 * @param bodyFont     仿宋_GB2312 or 仿宋
 * @param titleFont    方正小标宋简体, 方正小标宋_GBK or 华文中宋
 * @param boldHeadings bold headings (off by default, as the standard has it)
 * @param dateUnderTitle the date of issue on a line under the title, in brackets, as many 工作要点 have it
 */
public record ExportOptions(String preset, String bodyFont, String titleFont, boolean boldHeadings, boolean dateUnderTitle) {
    public static final String GUOBIAO = "guobiao";
    public static final ExportOptions DEFAULT = new ExportOptions(GUOBIAO, "仿宋_GB2312", "方正小标宋简体", false, false);

    public ExportOptions(String preset, String bodyFont, String titleFont, boolean boldHeadings) {
        this(preset, bodyFont, titleFont, boldHeadings, false);
    }

    public ExportOptions {
        preset = preset == null || preset.isBlank() ? GUOBIAO : preset;
        bodyFont = bodyFont == null || bodyFont.isBlank() ? "仿宋_GB2312" : bodyFont;
        titleFont = titleFont == null || titleFont.isBlank() ? "方正小标宋简体" : titleFont;
    }

    public ExportOptions withPreset(String id) {
        return new ExportOptions(id, bodyFont, titleFont, boldHeadings, dateUnderTitle);
    }

    public ExportOptions withFonts(String body, String title) {
        return new ExportOptions(preset, body, title, boldHeadings, dateUnderTitle);
    }

    public ExportOptions withBoldHeadings(boolean bold) {
        return new ExportOptions(preset, bodyFont, titleFont, bold, dateUnderTitle);
    }

    public ExportOptions withDateUnderTitle(boolean on) {
        return new ExportOptions(preset, bodyFont, titleFont, boldHeadings, on);
    }
}
