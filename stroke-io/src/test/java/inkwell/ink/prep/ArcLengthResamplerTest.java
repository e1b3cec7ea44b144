package inkwell.ink.prep;

import static inkwell.ink.prep.InkFixtures.ink;
import static inkwell.ink.prep.InkFixtures.stroke;
import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import org.junit.jupiter.api.Test;

class ArcLengthResamplerTest {
    private final ArcLengthResampler resampler = new ArcLengthResampler(1.0);

    @Test
    void evenStepsAlongAPolyline() {
        // an L of length 3 + 2, sampled unevenly
        Stroke s = resampler.resample(stroke(0, 0, 0.5, 0, 3, 0, 3, 2));
        assertEquals(6, s.size());
        for (int i = 1; i < s.size(); i++) {
            assertEquals(1.0, InkGeometry.distance(s.get(i - 1), s.get(i)), 1e-9, "step " + i);
        }
        assertEquals(3, s.get(5).x(), 1e-9);
        assertEquals(2, s.get(5).y(), 1e-9);
    }

    @Test
    void keepsTheLastPointWhenTheRemainderIsWorthIt() {
        Stroke s = resampler.resample(stroke(0, 0, 2.5, 0));
        assertEquals(4, s.size());
        assertEquals(2.5, s.get(3).x(), 1e-9);
        assertEquals(3, resampler.resample(stroke(0, 0, 2.2, 0)).size());
    }

    @Test
    void shortStrokesBecomeOneOrTwoPoints() {
        assertEquals(1, resampler.resample(stroke(0, 0, 0.1, 0, 0.2, 0)).size());
        assertEquals(2, resampler.resample(stroke(0, 0, 0.6, 0)).size());
        assertEquals(1, resampler.resample(stroke(4, 4)).size());
    }

    @Test
    void repeatedPointsAddNothing() {
        assertEquals(resampler.resample(stroke(0, 0, 3, 0)),
                resampler.resample(stroke(0, 0, 0, 0, 1.5, 0, 1.5, 0, 3, 0)));
    }

    @Test
    void timeIsInterpolated() {
        Stroke s = resampler.resample(new Stroke(java.util.List.of(new InkPoint(0, 0, 0), new InkPoint(2, 0, 1))));
        assertEquals(0.5, s.get(1).t(), 1e-9);
    }

    @Test
    void keepsTextAndWriter() {
        Ink out = resampler.apply(ink("hi", stroke(0, 0, 5, 0), stroke(9, 9)));
        assertEquals("hi", out.text());
        assertEquals("w", out.writer());
        assertEquals(2, out.strokes().size());
    }
}
