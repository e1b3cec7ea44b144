package inkwell.ink.prep;

import static inkwell.ink.prep.InkFixtures.ink;
import static inkwell.ink.prep.InkFixtures.stroke;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.ink.Stroke;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SavitzkyGolaySmootherTest {

    @Test
    void knownWeights() {
        assertArrayEquals(new double[] {-3 / 35.0, 12 / 35.0, 17 / 35.0, 12 / 35.0, -3 / 35.0},
                SavitzkyGolaySmoother.quadraticWeights(2), 1e-12);
        assertEquals(1.0, Arrays.stream(SavitzkyGolaySmoother.quadraticWeights(4)).sum(), 1e-12);
    }

    @Test
    void leavesAParabolaAlone() {
        double[] xy = new double[20];
        for (int i = 0; i < 10; i++) {
            xy[2 * i] = i;
            xy[2 * i + 1] = 0.3 * i * i - i;
        }
        Stroke in = stroke(xy);
        Stroke out = new SavitzkyGolaySmoother(3).apply(ink("", in)).strokes().get(0);
        for (int i = 0; i < in.size(); i++) {
            assertEquals(in.get(i).x(), out.get(i).x(), 1e-9);
            assertEquals(in.get(i).y(), out.get(i).y(), 1e-9);
        }
    }

    @Test
    void flattensAStaircaseAndKeepsTheEnds() {
        Stroke stairs = stroke(0, 0, 1, 0, 1, 1, 2, 1, 2, 2, 3, 2, 3, 3, 4, 3, 4, 4);
        Stroke out = new SavitzkyGolaySmoother(2).apply(ink("", stairs)).strokes().get(0);
        assertEquals(stairs.get(0), out.get(0));
        assertEquals(stairs.get(8), out.get(8));
        double before = 0;
        double after = 0;
        for (int i = 2; i < 7; i++) {
            before += Math.abs(stairs.get(i).x() - stairs.get(i).y() - 0.5);
            after += Math.abs(out.get(i).x() - out.get(i).y() - 0.5);
        }
        assertEquals(2.5, before, 1e-9);
        assertEquals(true, after < before / 2, "off-diagonal error " + after + " should shrink from " + before);
    }
}
