package inkwell.app.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import inkwell.ink.OffsetSequence;
import inkwell.model.Sampler;
import org.junit.jupiter.api.Test;

class StrayStrokesTest {
    /**
     * Text "ab": a stroke of 4 points, then a last stroke of {@code lastPoints} points one unit apart; the
     * position after the text outweighs both characters from step {@code pastTheEnd} on.
     */
    private static Sampler.Line line(int lastPoints, int pastTheEnd, boolean finished) {
        int n = 4 + lastPoints;
        float[] dx = new float[n], dy = new float[n];
        boolean[] up = new boolean[n];
        float[][] phi = new float[n][];
        for (int t = 0; t < n; t++) {
            dx[t] = 1;
            phi[t] = t < pastTheEnd ? new float[] {0.2f, 0.7f, 0.1f} : new float[] {0.1f, 0.3f, 0.6f};
        }
        up[3] = true;
        up[n - 1] = true;
        return new Sampler.Line("ab", new OffsetSequence(dx, dy, up), finished, phi, new float[n]);
    }

    @Test
    void aStrokeBegunAfterTheEndAndLongerThanADotIsDropped() {
        OffsetSequence kept = StrayStrokes.trimmed(line(4, 4, true));
        assertEquals(4, kept.length());
        assertEquals(true, kept.penUp(3));
    }

    @Test
    void aDotBegunAfterTheEndIsKept() {
        Sampler.Line dot = line(3, 4, true);
        assertSame(dot.offsets(), StrayStrokes.trimmed(dot));
    }

    @Test
    void aStrokeBegunBeforeTheEndIsKeptWhateverItsLength() {
        Sampler.Line lastLetter = line(6, 5, true);
        assertSame(lastLetter.offsets(), StrayStrokes.trimmed(lastLetter));
    }

    /**
     * Text "ab" after a prime: a first stroke of 3 points written with the window {@code firstPosition} characters
     * before the line, then the line's stroke of 5 points on it.
     */
    private static Sampler.Line primed(float firstPosition) {
        int n = 8;
        float[] dx = new float[n], dy = new float[n], position = new float[n];
        boolean[] up = new boolean[n];
        float[][] phi = new float[n][];
        for (int t = 0; t < n; t++) {
            dx[t] = t + 1;
            phi[t] = new float[] {0.5f, 0.4f, 0.1f};
            position[t] = t < 3 ? firstPosition : 0.3f;
        }
        up[2] = true;
        up[n - 1] = true;
        return new Sampler.Line("ab", new OffsetSequence(dx, dy, up), true, phi, position);
    }

    @Test
    void aStrokeWrittenWithTheWindowStillOnThePrimeIsDropped() {
        OffsetSequence kept = StrayStrokes.trimmed(primed(-3.5f));
        assertEquals(5, kept.length());
        assertEquals(4, kept.dx(0), "the line begins with the move from the dropped stroke");
        assertEquals(true, kept.penUp(4));
    }

    @Test
    void aFirstStrokeWrittenWithTheWindowOnTheLineIsKept() {
        Sampler.Line firstLetter = primed(-0.4f);
        assertSame(firstLetter.offsets(), StrayStrokes.trimmed(firstLetter));
    }

    @Test
    void aLineTheBudgetEndedIsLeftAsItIs() {
        Sampler.Line unfinished = line(6, 4, false);
        assertSame(unfinished.offsets(), StrayStrokes.trimmed(unfinished));
    }
}
