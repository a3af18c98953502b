package org.reportdrafter.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

/**
 * A4, the margins of the layout, the footer distance for the page number, and a document grid of
 * 22 lines (页面设置 › 文档网格 shows 指定行网格, 22 行).
 */
final class PageSetupWriter {
    private PageSetupWriter() {
    }

    static CTSectPr write(XWPFDocument doc, PageLayout layout) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PageLayout.mmToTwips(PageLayout.PAGE_WIDTH_MM)));
        size.setH(BigInteger.valueOf(PageLayout.mmToTwips(PageLayout.PAGE_HEIGHT_MM)));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(PageLayout.mmToTwips(layout.topMm())));
        mar.setBottom(BigInteger.valueOf(PageLayout.mmToTwips(layout.bottomMm())));
        mar.setLeft(BigInteger.valueOf(PageLayout.mmToTwips(layout.leftMm())));
        mar.setRight(BigInteger.valueOf(PageLayout.mmToTwips(layout.rightMm())));
        mar.setHeader(BigInteger.valueOf(PageLayout.mmToTwips(15)));
        mar.setFooter(BigInteger.valueOf(layout.footerTwips()));
        mar.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(layout.linePitchTwips()));
        return sect;
    }
}
