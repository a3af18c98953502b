package org.reportdrafter.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The one font policy of the app: every window the app opens (main window, dialogs, alerts, tooltips,
 * menus, popups) gets a font family that has Chinese glyphs on its scene root, the app's stylesheet and,
 * for stages, the app icon. JavaFX on Linux shows empty boxes for Chinese otherwise.
 */
public final class CjkFonts {
    private static final List<String> PREFERRED = List.of("Microsoft YaHei", "Microsoft YaHei UI", "PingFang SC",
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "SimHei", "SimSun",
            // localized family names (some systems report them so), Windows 10's 等线, and what UOS, Kylin
            // and Deepin ship: Source Han Sans CN, WenQuanYi Zen Hei, Droid Sans Fallback, the serif Noto
            "微软雅黑", "黑体", "宋体", "DengXian", "等线", "NSimSun", "Source Han Sans CN", "思源黑体",
            "WenQuanYi Zen Hei", "文泉驿微米黑", "Droid Sans Fallback", "Noto Serif CJK SC", "AR PL UMing CN",
            "Hiragino Sans GB", "AR PL UKai CN");
    private static String family;
    private static boolean installed;

    private CjkFonts() {
    }

    public static synchronized String family() {
        if (family == null) {
            List<String> installedFamilies = Font.getFamilies();
            family = PREFERRED.stream().filter(installedFamilies::contains).findFirst().orElse(Font.getDefault().getFamily());
        }
        return family;
    }

    /** A style string that sets the CJK family, for the root and every text area. */
    public static String style(double size) {
        return "-fx-font-family: \"" + family() + "\"; -fx-font-size: " + size + "px;";
    }

    /** A stylesheet (data URL) giving every scene root, popup and tooltip the CJK family. */
    static String stylesheet() {
        String css = ".root, .tooltip, .context-menu, .menu-item, .menu, .combo-box-popup, .dialog-pane {"
                + " -fx-font-family: \"" + family() + "\"; }\n.root { -fx-font-size: 14px; }\n";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Applies the policy to every window the app opens from now on (and to those already open). Call once
     * on the FX thread before the first window is shown.
     */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        for (Window w : Window.getWindows()) {
            watch(w);
        }
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                for (Window w : c.getAddedSubList()) {
                    watch(w);
                }
            }
        });
    }

    private static void watch(Window w) {
        apply(w.getScene());
        w.sceneProperty().addListener((o, a, b) -> apply(b));
        if (w instanceof Stage s && s.getIcons().isEmpty()) {
            s.getIcons().setAll(AppAssets.icons());
        }
    }

    /** Gives a scene (and every root it will have) the CJK family and the app's stylesheet. */
    static void apply(Scene scene) {
        if (scene == null) {
            return;
        }
        String sheet = stylesheet();
        if (!scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(0, sheet);
            String app = AppAssets.stylesheet();
            if (app != null && !scene.getStylesheets().contains(app)) {
                scene.getStylesheets().add(app);
            }
            styleRoot(scene.getRoot());
            scene.rootProperty().addListener((o, a, b) -> styleRoot(b));
        }
    }

    private static void styleRoot(Parent root) {
        if (root != null && (root.getStyle() == null || !root.getStyle().contains("-fx-font-family"))) {
            root.setStyle(style(14) + (root.getStyle() == null ? "" : root.getStyle()));
        }
    }

    /** For tests: the icons as loaded, to show the policy covers stages. */
    static List<Image> icons() {
        return AppAssets.icons();
    }
}
