package org.reportdrafter.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the app icon (a page with an outline: a red heading bar, numbered lines, indented items) at the
 * sizes the window and installers need. Run by hand when the design changes:
 * {@code java src/test/java/org/reportdrafter/ui/IconGenerator.java assets/icons}; the PNGs are committed.
 */
public final class IconGenerator {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : "assets/icons");
        dir.mkdirs();
        for (int size : SIZES) {
            ImageIO.write(draw(size), "png", new File(dir, "app-" + size + ".png"));
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 256.0;
        // blue rounded tile
        g.setPaint(new GradientPaint(0, 0, new Color(0x2B7BE4), 0, size, new Color(0x1B4F9C)));
        g.fill(new RoundRectangle2D.Double(8 * s, 8 * s, 240 * s, 240 * s, 56 * s, 56 * s));
        // white page
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(58 * s, 36 * s, 140 * s, 184 * s, 14 * s, 14 * s));
        // red heading bar (the 红头 of an official document)
        g.setColor(new Color(0xD93025));
        g.fill(new RoundRectangle2D.Double(80 * s, 58 * s, 96 * s, size < 32 ? 16 * s : 12 * s, 6 * s, 6 * s));
        if (size >= 32) {
            g.fill(new java.awt.geom.Rectangle2D.Double(76 * s, 80 * s, 104 * s, Math.max(1, 3 * s)));
        }
        // outline lines: two top-level items, each with indented sub-items
        g.setColor(new Color(0x1B4F9C));
        float w = (float) Math.max(1.2, 9 * s);
        g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double[][] lines = size < 32
                ? new double[][] {{80, 112, 176}, {80, 150, 176}, {80, 188, 150}}
                : new double[][] {{80, 104, 176}, {100, 128, 176}, {100, 150, 160}, {80, 176, 176}, {100, 198, 168}};
        for (double[] l : lines) {
            g.draw(new java.awt.geom.Line2D.Double(l[0] * s, l[1] * s, l[2] * s, l[1] * s));
        }
        g.dispose();
        return img;
    }
}
