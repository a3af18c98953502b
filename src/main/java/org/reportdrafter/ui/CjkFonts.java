package org.reportdrafter.ui;

import java.util.List;
import javafx.scene.text.Font;

/** Picks an installed font family that has Chinese glyphs; JavaFX on Linux shows boxes otherwise. */
public final class CjkFonts {
    private static final List<String> PREFERRED = List.of("Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC",
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "SimHei", "SimSun");
    private static String family;

    private CjkFonts() {
    }

    public static synchronized String family() {
        if (family == null) {
            List<String> installed = Font.getFamilies();
            family = PREFERRED.stream().filter(installed::contains).findFirst().orElse(Font.getDefault().getFamily());
        }
        return family;
    }

    /** A style string that sets the CJK family, for the root and every text area. */
    public static String style(double size) {
        return "-fx-font-family: \"" + family() + "\"; -fx-font-size: " + size + "px;";
    }
}
