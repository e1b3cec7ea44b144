package inkwell.ink.prep;

import static inkwell.ink.prep.InkFixtures.ink;
import static inkwell.ink.prep.InkFixtures.stroke;
import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.ink.Ink;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrokeCleanupTest {

    @Test
    void repeatedPointsGoAndEmptyStrokesWithThem() {
        Ink in = new Ink(List.of(stroke(0, 0, 0, 0, 1, 0, 1, 0.0001, 2, 0), stroke()), "", "");
        Ink out = new RepeatedPointRemover(0.001).apply(in);
        assertEquals(List.of(stroke(0, 0, 1, 0, 2, 0)), out.strokes());
    }

    @Test
    void aJumpSplitsTheStroke() {
        Ink out = new JumpSplitter(5).apply(ink("", stroke(0, 0, 1, 0, 2, 0, 20, 0, 21, 0)));
        assertEquals(List.of(stroke(0, 0, 1, 0, 2, 0), stroke(20, 0, 21, 0)), out.strokes());
    }

    @Test
    void aLoneGlitchSampleIsDropped() {
        Ink out = new JumpSplitter(5).apply(ink("", stroke(0, 0, 1, 0, 90, 90, 2, 0, 3, 0)));
        assertEquals(List.of(stroke(0, 0, 1, 0), stroke(2, 0, 3, 0)), out.strokes());
    }

    @Test
    void aTwoPointStrokeIsAFastLineNotAJump() {
        Ink out = new JumpSplitter(5).apply(ink("", stroke(0, 0, 30, 0)));
        assertEquals(List.of(stroke(0, 0, 30, 0)), out.strokes());
    }

    @Test
    void aDotIsNotAGlitch() {
        Ink out = new JumpSplitter(5).apply(ink("", stroke(0, 0, 1, 0), stroke(50, 50)));
        assertEquals(2, out.strokes().size());
    }

    @Test
    void firstPointToOrigin() {
        Ink out = InkGeometry.firstPointAtOrigin(ink("", stroke(3, 4, 5, 4), stroke(3, 0)));
        assertEquals(List.of(stroke(0, 0, 2, 0), stroke(0, -4)), out.strokes());
    }
}
