package inkwell.model;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The loss curve of a run as a PNG: training loss (blue) and validation loss (red) per point against steps. */
public final class LossPlot {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 480;
    private static final int MARGIN = 60;

    private LossPlot() {
    }

    /** Each series is a list of {step, loss}. */
    public static void write(Path png, List<double[]> train, List<double[]> validation) throws IOException {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double maxStep = 1, lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (List<double[]> series : List.of(train, validation)) {
            for (double[] p : series) {
                maxStep = Math.max(maxStep, p[0]);
                lo = Math.min(lo, p[1]);
                hi = Math.max(hi, p[1]);
            }
        }
        if (!(hi > lo)) {
            lo = lo - 1;
            hi = lo + 2;
        }
        g.setColor(Color.DARK_GRAY);
        g.drawRect(MARGIN, MARGIN / 2, WIDTH - MARGIN - 20, HEIGHT - MARGIN - MARGIN / 2);
        g.drawString(String.format("%.3f", hi), 4, MARGIN / 2 + 10);
        g.drawString(String.format("%.3f", lo), 4, HEIGHT - MARGIN);
        g.drawString("step " + (long) maxStep, WIDTH - 120, HEIGHT - MARGIN + 20);
        g.drawString("nats per point: training (blue), validation (red)", MARGIN, HEIGHT - 15);
        draw(g, train, Color.BLUE, maxStep, lo, hi);
        draw(g, validation, Color.RED, maxStep, lo, hi);
        g.dispose();
        Path tmp = png.resolveSibling(png.getFileName() + ".tmp");
        ImageIO.write(img, "png", tmp.toFile());
        Files.move(tmp, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void draw(Graphics2D g, List<double[]> series, Color colour, double maxStep, double lo, double hi) {
        g.setColor(colour);
        g.setStroke(new BasicStroke(1.5f));
        int plotW = WIDTH - MARGIN - 20, plotH = HEIGHT - MARGIN - MARGIN / 2;
        int px = -1, py = -1;
        for (double[] p : series) {
            int x = MARGIN + (int) (p[0] / maxStep * plotW);
            int y = MARGIN / 2 + (int) ((hi - p[1]) / (hi - lo) * plotH);
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            px = x;
            py = y;
        }
    }
}
