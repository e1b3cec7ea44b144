package inkwell.app.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import inkwell.ink.OffsetSequence;
import inkwell.model.Sampler;
import org.junit.jupiter.api.Test;

class TrailingStrokeTest {
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
        OffsetSequence kept = TrailingStroke.trimmed(line(4, 4, true));
        assertEquals(4, kept.length());
        assertEquals(true, kept.penUp(3));
    }

    @Test
    void aDotBegunAfterTheEndIsKept() {
        Sampler.Line dot = line(3, 4, true);
        assertSame(dot.offsets(), TrailingStroke.trimmed(dot));
    }

    @Test
    void aStrokeBegunBeforeTheEndIsKeptWhateverItsLength() {
        Sampler.Line lastLetter = line(6, 5, true);
        assertSame(lastLetter.offsets(), TrailingStroke.trimmed(lastLetter));
    }

    @Test
    void aLineTheBudgetEndedIsLeftAsItIs() {
        Sampler.Line unfinished = line(6, 4, false);
        assertSame(unfinished.offsets(), TrailingStroke.trimmed(unfinished));
    }
}
