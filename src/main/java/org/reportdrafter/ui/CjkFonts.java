package org.reportdrafter.ui;

import java.util.List;
import javafx.scene.text.Font;

/** Picks an installed font family that has Chinese glyphs; JavaFX on Linux shows boxes otherwise. */
public final class CjkFonts {
    private static final List<String> PREFERRED = List.of("Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC",
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "SimHei", "SimSun",
            // localized family names (some systems report them so), Windows 10's 等线, and what UOS, Kylin
            // and Deepin ship: Source Han Sans CN, WenQuanYi Zen Hei, Droid Sans Fallback, the serif Noto
            "微软雅黑", "黑体", "宋体", "DengXian", "等线", "NSimSun", "Source Han Sans CN", "思源黑体",
            "WenQuanYi Zen Hei", "文泉驿微米黑", "Droid Sans Fallback", "Noto Serif CJK SC", "AR PL UMing CN",
            "Hiragino Sans GB");
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
