package inkwell.data;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import inkwell.model.Sampler;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StylePrimeTest {

    private static Ink circles(int count, double radius, String text) {
        List<Stroke> strokes = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            List<InkPoint> pts = new ArrayList<>();
            for (int i = 0; i <= 200; i++) {
                double a = 2 * Math.PI * i / 200;
                pts.add(InkPoint.of(c * 3 * radius + radius * Math.cos(a), radius * Math.sin(a)));
            }
            strokes.add(new Stroke(pts));
        }
        return new Ink(strokes, text, "me");
    }

    @Test
    void drawingAtAnyScaleComesOutInTheTrainingInkSpace() {
        for (double radius : new double[]{0.01, 1, 250}) {
            Sampler.Prime prime = StylePrime.fromInk(circles(3, radius, "ooo"));
            int points = prime.offsets().length();
            // 3 characters of 10 units of ink each, resampled every 0.75 units: about 40 points
            assertEquals(40, points, 4, "points for radius " + radius);
            assertEquals(0f, prime.offsets().dx(0));
            assertEquals("ooo", prime.text());
        }
    }

    @Test
    void sampleWithoutTextOrInkIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StylePrime.fromInk(circles(2, 1, " ")));
        assertThrows(IllegalArgumentException.class, () -> StylePrime.fromInk(new Ink(List.of(), "abc", "")));
    }
}
