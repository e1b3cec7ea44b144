package inkwell.ink.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngWriterTest {
    /** A horizontal line 100 long; with width 4 and padding 10 the drawing is 124 x 24 user units. */
    private static final Ink LINE = Ink.of(List.of(new Stroke(List.of(InkPoint.of(0, 0), InkPoint.of(100, 0)))));
    private static final SvgStyle STYLE = new SvgStyle(4, "black", 10, false);

    private static BufferedImage render(PngOptions options) throws Exception {
        byte[] png = new PngWriter(STYLE, options).toPng(LINE);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int brightness(int argb) {
        return ((argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff)) / 3;
    }

    @Test
    void hasTheRequestedWidthAndInkWhereTheLineIs() throws Exception {
        BufferedImage image = render(new PngOptions(248, false));
        assertEquals(248, image.getWidth());
        assertEquals(48, image.getHeight());
        // Scale 2: the line runs along y = 24 from x = 24 to x = 224, 8 pixels thick.
        for (int x : new int[] {30, 124, 218}) {
            assertTrue(brightness(image.getRGB(x, 24)) < 60, "ink expected at x=" + x);
        }
        assertEquals(255, brightness(image.getRGB(5, 5)), "white background above the line");
        assertEquals(255, brightness(image.getRGB(124, 40)), "white background below the line");
    }

    @Test
    void transparentBackgroundLeavesPaperClear() throws Exception {
        BufferedImage image = render(new PngOptions(124, true));
        assertEquals(0, image.getRGB(2, 2) >>> 24, "alpha of the background");
        assertEquals(255, image.getRGB(62, 12) >>> 24, "alpha of the ink");
    }

    @Test
    void refusesImagesTooLargeToAllocate() {
        Ink tall = Ink.of(List.of(new Stroke(List.of(InkPoint.of(0, 0), InkPoint.of(0, 10_000)))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PngWriter(STYLE, new PngOptions(1000, false)).toPng(tall));
        assertTrue(e.getMessage().contains("pixels high"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PngOptions(0, false));
        assertThrows(IllegalArgumentException.class, () -> new PngOptions(PngOptions.MAX_PIXELS + 1, false));
    }
}
