package inkwell.ink.prep;

import static inkwell.ink.prep.InkFixtures.ink;
import static inkwell.ink.prep.InkFixtures.stroke;
import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import org.junit.jupiter.api.Test;

class InkGeometryTest {
    @Test
    void rotatesCounterClockwiseAboutTheOriginKeepingLengths() {
        Ink turned = InkGeometry.rotate(ink("x", stroke(2, 0, 2, 1)), Math.PI / 2);
        InkPoint a = turned.strokes().get(0).get(0), b = turned.strokes().get(0).get(1);
        assertEquals(0, a.x(), 1e-12);
        assertEquals(2, a.y(), 1e-12);
        assertEquals(-1, b.x(), 1e-12);
        assertEquals(2, b.y(), 1e-12);
        assertEquals(1, InkGeometry.pathLength(turned), 1e-12);
        assertEquals("x", turned.text());
    }
}
