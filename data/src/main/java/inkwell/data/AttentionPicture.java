package inkwell.data;

import inkwell.model.Sampler;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The attention of a written line as a picture, like the paper's figure of the window weights: characters
 * along the vertical axis (first at the top), steps along the horizontal, darker where phi is larger. The
 * final row is the position after the last character, the one the stop rule watches.
 */
public final class AttentionPicture {
    private static final int CELL_HEIGHT = 14;
    private static final int LABEL_WIDTH = 24;

    private AttentionPicture() {
    }

    public static byte[] png(Sampler.Line line) {
        float[][] phi = line.phi();
        int steps = phi.length, rows = phi.length == 0 ? 1 : phi[0].length;
        int cell = Math.max(1, Math.min(4, 1600 / Math.max(1, steps)));
        BufferedImage img = new BufferedImage(LABEL_WIDTH + steps * cell + 4, rows * CELL_HEIGHT + 4, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        float max = 1e-6f;
        for (float[] row : phi) {
            for (float v : row) {
                max = Math.max(max, v);
            }
        }
        for (int t = 0; t < steps; t++) {
            for (int u = 0; u < rows; u++) {
                float v = Math.min(1f, phi[t][u] / max);
                int shade = Math.round(255 * (1 - v));
                g.setColor(new Color(shade, shade, 255 - Math.round(80 * v)));
                g.fillRect(LABEL_WIDTH + t * cell, 2 + u * CELL_HEIGHT, cell, CELL_HEIGHT);
            }
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 11));
        String text = line.text();
        for (int u = 0; u < rows; u++) {
            String label = u < text.length() ? String.valueOf(text.charAt(u)) : "end";
            g.drawString(label.equals(" ") ? "_" : label, 2, 2 + u * CELL_HEIGHT + 11);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
