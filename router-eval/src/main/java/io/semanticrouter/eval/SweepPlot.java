package io.semanticrouter.eval;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Draws a threshold sweep (precision, recall, false-hit rate against threshold) as a PNG, with plain Java2D. */
final class SweepPlot {

    private static final int W = 900;
    private static final int H = 540;
    private static final int LEFT = 70;
    private static final int RIGHT = 190;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    private SweepPlot() {
    }

    static void write(Path file, List<Map<String, Object>> rows, String title) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        double x0 = (Double) rows.get(0).get("threshold");
        double x1 = (Double) rows.get(rows.size() - 1).get("threshold");
        int pw = W - LEFT - RIGHT;
        int ph = H - TOP - BOTTOM;

        drawFrame(g, title, x0, x1, pw, ph);
        drawSeries(g, rows, x0, x1, pw, ph);
        g.dispose();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new DataException(file + ": cannot write the plot: " + e.getMessage(), e);
        }
    }

    /** Grid, axis labels, the plot's border and the title, for thresholds {@code x0..x1} on a pw x ph plot. */
    private static void drawFrame(Graphics2D g, String title, double x0, double x1, int pw, int ph) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int k = 0; k <= 10; k++) { // grid and axis labels
            int y = TOP + ph - ph * k / 10;
            g.setColor(new Color(230, 230, 230));
            g.drawLine(LEFT, y, LEFT + pw, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.1f", k / 10.0), LEFT - 30, y + 4);
        }
        for (double t = Math.ceil(x0 * 20) / 20; t <= x1 + 1e-9; t += 0.05) {
            int x = LEFT + (int) Math.round((t - x0) / (x1 - x0) * pw);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(x, TOP, x, TOP + ph);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.2f", t), x - 12, TOP + ph + 18);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, pw, ph);
        g.drawString("similarity threshold", LEFT + pw / 2 - 55, H - 18);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, LEFT, TOP - 20);
    }

    /** A line a series (precision, recall, false-hit rate) over the rows, and its legend entry. */
    private static void drawSeries(Graphics2D g, List<Map<String, Object>> rows, double x0, double x1, int pw,
                                   int ph) {
        String[] series = {"precision", "recall", "false_hit_rate"};
        Color[] colors = {new Color(31, 119, 180), new Color(44, 160, 44), new Color(214, 39, 40)};
        g.setStroke(new BasicStroke(2.2f));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int s = 0; s < series.length; s++) {
            g.setColor(colors[s]);
            int px = -1;
            int py = -1;
            for (Map<String, Object> row : rows) {
                double t = (Double) row.get("threshold");
                double v = ((Number) row.get(series[s])).doubleValue();
                int x = LEFT + (int) Math.round((t - x0) / (x1 - x0) * pw);
                int y = TOP + ph - (int) Math.round(v * ph);
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                px = x;
                py = y;
            }
            int ly = TOP + 20 + s * 22;
            g.drawLine(LEFT + pw + 15, ly - 4, LEFT + pw + 40, ly - 4);
            g.drawString(series[s].replace('_', ' '), LEFT + pw + 46, ly);
        }
    }
}
