package inkwell.app.writing;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import inkwell.ink.prep.InkGeometry;
import inkwell.model.Sampler;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DrawnPrimeTest {

    /** Loops drawn big, as on a canvas: about 300 pixels of pen path per character. */
    private static Ink loops(String text) {
        List<Stroke> strokes = new ArrayList<>();
        for (int c = 0; c < text.length(); c++) {
            List<InkPoint> points = new ArrayList<>();
            for (int i = 0; i <= 60; i++) {
                double a = 2 * Math.PI * i / 60;
                points.add(InkPoint.of(100 * c + 48 * Math.cos(a), 48 * Math.sin(a)));
            }
            strokes.add(new Stroke(points));
        }
        return new Ink(strokes, text, "");
    }

    @Test
    void bringsADrawingToTheModelsInkSpace() {
        Sampler.Prime prime = DrawnPrime.from(loops("oooo"));
        assertEquals("oooo", prime.text());
        Ink ink = prime.offsets().toInk("");
        double perCharacter = InkGeometry.pathLength(ink) / 4;
        assertEquals(10, perCharacter, 1.0);
        assertTrue(prime.offsets().length() > 40 && prime.offsets().length() < 80, "" + prime.offsets().length());
        assertEquals(0, prime.offsets().dx(0), 1e-6);
        assertEquals(0, prime.offsets().dy(0), 1e-6);
    }

    @Test
    void refusesADrawingWithoutTextOrMovement() {
        assertThrows(IllegalArgumentException.class, () -> DrawnPrime.from(loops("oo").withText("  ")));
        Ink still = new Ink(List.of(new Stroke(List.of(InkPoint.of(1, 1), InkPoint.of(1, 1)))), "a", "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DrawnPrime.from(still));
        assertTrue(e.getMessage().contains("no pen movement"), e.getMessage());
    }
}
