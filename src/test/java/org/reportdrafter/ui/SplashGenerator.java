package org.reportdrafter.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the start picture the JVM shows before any of the app's code runs (assets/splash.png: the icon, the
 * app's name, 正在启动…), so a clerk who double-clicks sees the app at once instead of nothing for two
 * seconds (decision 18). Run by hand when the design changes, on a machine with the Noto CJK fonts:
 * {@code javac -d /tmp/splash src/test/java/org/reportdrafter/ui/{IconGenerator,SplashGenerator}.java; java -cp
 * /tmp/splash org.reportdrafter.ui.SplashGenerator assets/splash.png}; the PNG is committed.
 */
public final class SplashGenerator {
    public static void main(String[] args) throws IOException {
        File out = new File(args.length > 0 ? args[0] : "assets/splash.png");
        int w = 440;
        int h = 180;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xF7F8FA));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0xC9CED6));
        g.drawRect(0, 0, w - 1, h - 1);
        g.drawImage(IconGenerator.draw(112), 28, (h - 112) / 2, null);
        Font name = new Font("Noto Sans CJK SC", Font.BOLD, 30);
        if (name.canDisplayUpTo("报告起草助手") != -1) {
            throw new IllegalStateException("no CJK font: install fonts-noto-cjk");
        }
        g.setColor(new Color(0x1F2329));
        g.setFont(name);
        g.drawString("报告起草助手", 164, 84);
        g.setColor(new Color(0x5F6670));
        g.setFont(new Font("Noto Sans CJK SC", Font.PLAIN, 16));
        g.drawString("正在启动…", 166, 118);
        g.dispose();
        ImageIO.write(img, "png", out);
    }
}
