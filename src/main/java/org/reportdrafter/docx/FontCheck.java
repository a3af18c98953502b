package org.reportdrafter.docx;

import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Tells which fonts the layout names are not installed on this computer. */
public final class FontCheck {
    /** Chinese font names and the English family names Windows and WPS also register. */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "仿宋_GB2312", List.of("FangSong_GB2312"),
            "仿宋", List.of("FangSong"),
            "黑体", List.of("SimHei"),
            "楷体_GB2312", List.of("KaiTi_GB2312"),
            "宋体", List.of("SimSun"),
            "方正小标宋简体", List.of("FZXiaoBiaoSong-B05S"),
            "方正小标宋_GBK", List.of("FZXiaoBiaoSong-B05"),
            "华文中宋", List.of("STZhongsong"));

    private final Set<String> installed;

    FontCheck(Set<String> installed) {
        this.installed = installed;
    }

    static FontCheck system() {
        Set<String> names = new HashSet<>();
        try {
            GraphicsEnvironment ge = GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (Locale l : new Locale[] {Locale.ROOT, Locale.SIMPLIFIED_CHINESE}) {
                for (String n : ge.getAvailableFontFamilyNames(l)) {
                    names.add(n.toLowerCase(Locale.ROOT));
                }
            }
        } catch (RuntimeException | Error e) {
            return new FontCheck(null); // no font information: nothing to warn about
        }
        return new FontCheck(names);
    }

    List<org.reportdrafter.i18n.Localized> missing(ExportSettings s) {
        return missing(DocxExporter.fontsUsed(s));
    }

    List<org.reportdrafter.i18n.Localized> missing(Set<String> fonts) {
        List<org.reportdrafter.i18n.Localized> warnings = new ArrayList<>();
        if (installed == null) {
            return warnings;
        }
        List<String> missing = new ArrayList<>();
        for (String f : fonts) {
            boolean found = installed.contains(f.toLowerCase(Locale.ROOT))
                    || ALIASES.getOrDefault(f, List.of()).stream().anyMatch(a -> installed.contains(a.toLowerCase(Locale.ROOT)));
            if (!found) {
                missing.add(f);
            }
        }
        if (!missing.isEmpty()) {
            warnings.add(org.reportdrafter.i18n.Message.of("warning.export.fonts", String.join("、", missing)));
        }
        return warnings;
    }
}
