package org.reportdrafter.docx;

import org.reportdrafter.domain.ExportOptions;

/** The export options resolved against the layout presets. */
record ExportSettings(PageLayout layout, String bodyFont, String titleFont, boolean boldHeadings, boolean dateUnderTitle) {
    static ExportSettings of(ExportOptions o) {
        return new ExportSettings(PageLayout.byId(o.preset()), o.bodyFont(), o.titleFont(), o.boldHeadings(), o.dateUnderTitle());
    }
}
