package org.reportdrafter.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.reportdrafter.domain.Table;

/** A table of the report (行事历, 任务清单) shown read-only as a grid, header rows bold. */
final class TableGrid extends GridPane {
    private final Table table;

    TableGrid(Table table) {
        this.table = table;
        getStyleClass().add("table-grid");
        int r = 0;
        for (var row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Label cell = new Label(row.get(c));
                cell.setWrapText(true);
                cell.getStyleClass().add(r < table.headerRows() ? "table-header" : "table-cell");
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setMaxHeight(Double.MAX_VALUE);
                cell.setMinHeight(Region.USE_PREF_SIZE);
                GridPane.setHgrow(cell, Priority.ALWAYS);
                GridPane.setFillHeight(cell, true);
                add(cell, c, r);
            }
            r++;
        }
    }

    Table table() {
        return table;
    }
}
