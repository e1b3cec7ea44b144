package inkwell.data;

import inkwell.ink.OffsetSequence;
import inkwell.model.Sampler;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlignmentCheckTest {

    /** A line whose attention at each step is one-hot on the given character (chars + 1 rows, the last "end"). */
    private static Sampler.Line line(int chars, boolean finished, int... focus) {
        float[][] phi = new float[focus.length][chars + 1];
        for (int t = 0; t < focus.length; t++) {
            phi[t][focus[t]] = 1f;
        }
        OffsetSequence ink = new OffsetSequence(new float[focus.length], new float[focus.length], new boolean[focus.length]);
        return new Sampler.Line("abc", ink, finished, phi, new float[focus.length]);
    }

    @Test
    void attentionMovingThroughEveryCharacterInOrderSucceeds() {
        AlignmentCheck c = AlignmentCheck.of(line(3, true, 0, 0, 1, 1, 2, 2, 3));
        assertTrue(c.success());
        assertEquals(0, c.skipped());
        assertEquals(0, c.revisits());
    }

    @Test
    void skippedCharacterFails() {
        AlignmentCheck c = AlignmentCheck.of(line(3, true, 0, 0, 2, 2, 3));
        assertFalse(c.success());
        assertEquals(1, c.skipped());
    }

    @Test
    void goingBackFails() {
        AlignmentCheck c = AlignmentCheck.of(line(3, true, 0, 1, 0, 1, 2, 3));
        assertFalse(c.success());
        assertEquals(1, c.revisits());
    }

    @Test
    void stepsAfterTheAttentionPassedTheEndAreNotJudged() {
        AlignmentCheck c = AlignmentCheck.of(line(3, true, 0, 1, 2, 3, 0, 3));
        assertTrue(c.success());
        assertEquals(0, c.revisits());
    }

    @Test
    void goingBackBeforeTheEndStillFailsWhenTheEndIsReachedLater() {
        AlignmentCheck c = AlignmentCheck.of(line(3, true, 0, 1, 2, 0, 3));
        assertFalse(c.success());
        assertEquals(1, c.revisits());
    }

    @Test
    void aReturnOfTwoStepsIsBriefAndStillAFailure() {
        AlignmentCheck c = AlignmentCheck.of(line(4, true, 0, 1, 2, 1, 1, 2, 3, 4));
        assertFalse(c.success());
        assertEquals(2, c.longestReturn());
        assertTrue(c.failedOnlyByBriefReturns());
    }

    @Test
    void aReturnOfThreeStepsOrASkipIsNotBrief() {
        AlignmentCheck longer = AlignmentCheck.of(line(4, true, 0, 1, 2, 1, 1, 1, 2, 3, 4));
        assertEquals(3, longer.longestReturn());
        assertFalse(longer.failedOnlyByBriefReturns());
        AlignmentCheck skip = AlignmentCheck.of(line(4, true, 0, 2, 1, 2, 3, 4));
        assertEquals(1, skip.longestReturn());
        assertEquals(0, skip.skipped(), "1 was reached on the way back");
        AlignmentCheck skipped = AlignmentCheck.of(line(4, true, 0, 2, 3, 2, 4));
        assertEquals(1, skipped.skipped());
        assertFalse(skipped.failedOnlyByBriefReturns());
    }

    @Test
    void eachReturnIsListedWithWhereItWentAndForHowLong() {
        AlignmentCheck c = AlignmentCheck.of(line(4, true, 0, 1, 2, 1, 1, 2, 3, 0, 3, 4));
        assertEquals(List.of(new AlignmentCheck.Return(3, 2, 1, 2, 1f), new AlignmentCheck.Return(7, 3, 0, 1, 1f)),
                c.returns());
        assertEquals("step 3: back from 2 'c' to 1 'b' for 2 steps (window weight 1.00); "
                + "step 7: back from 3 'd' to 0 'a' for 1 step (window weight 1.00)", c.describeFailure("abcd"));
    }

    @Test
    void aReturnStillOpenWhenTheLineStopsIsListed() {
        AlignmentCheck c = AlignmentCheck.of(line(3, false, 0, 1, 2, 0, 0));
        assertEquals(List.of(new AlignmentCheck.Return(3, 2, 0, 2, 1f)), c.returns());
        assertTrue(c.describeFailure("abc").startsWith("ran out of steps; step 3:"));
    }

    @Test
    void lineEndedByTheBudgetFails() {
        AlignmentCheck c = AlignmentCheck.of(line(3, false, 0, 1, 2));
        assertTrue(c.inOrder());
        assertFalse(c.success());
    }
}
