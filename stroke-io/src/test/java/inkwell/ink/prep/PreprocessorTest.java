package inkwell.ink.prep;

import static inkwell.ink.prep.InkFixtures.ink;
import static inkwell.ink.prep.InkFixtures.stroke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import org.junit.jupiter.api.Test;

class PreprocessorTest {

    @Test
    void normalisesResamplesAndStartsAtTheOrigin() {
        Preprocessor.Settings settings = new Preprocessor.Settings(10, 1, 100, 2);
        CorpusSample sample = new CorpusSample(ink("ab ,", stroke(5, 5, 5, 7), stroke(6, 5, 7, 5)), "g", 8, "OK");
        ScaleNormaliser scale = new ScaleNormaliser.Builder().add("g", sample.ink()).build(10);
        Ink out = new Preprocessor(settings, scale).apply(sample);
        assertEquals("ab,", out.text());
        InkPoint first = out.strokes().get(0).get(0);
        assertEquals(0, first.x(), 1e-12);
        assertEquals(0, first.y(), 1e-12);
        // 3 non-space characters hold 3 units of ink, scaled to 10 per character: 30 units at step 1
        assertEquals(30, InkGeometry.pathLength(out), 1e-9);
        assertTrue(out.pointCount() >= 30 && out.pointCount() <= 32, "points: " + out.pointCount());
    }

    @Test
    void unmeasuredGroupGivesEmptyInk() {
        Preprocessor p = new Preprocessor(Preprocessor.Settings.defaults(), new ScaleNormaliser.Builder().build(10));
        assertTrue(p.apply(new CorpusSample(ink("a", stroke(0, 0, 1, 1)), "x", 8, "")).isEmpty());
    }
}
