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
        OffsetSequence ink = new OffsetSequence(new float[focus.length], new float[focus.length],
                new boolean[focus.length]);
        return new Sampler.Line("abc", ink, finished, phi, new float[focus.length]);
    }

    @Test
    void attentionMovingThroughEveryCharacterInOrderSucceeds() {
        AlignmentCheck c = AlignmentCheck.of(line(3, true, 0, 0, 1, 1, 2, 2, 3));
        assertTrue(c.success());
        assertTrue(c.strictSuccess());
        assertEquals(0, c.skipped());
        assertEquals(List.of(), c.returns());
    }

    @Test
    void skippedCharacterFails() {
        AlignmentCheck c = AlignmentCheck.of(line(3, true, 0, 0, 2, 2, 3));
        assertFalse(c.success());
        assertEquals(1, c.skipped());
    }

    @Test
    void aBriefReturnFailsOnlyTheStrictForm() {
        AlignmentCheck c = AlignmentCheck.of(line(3, true, 0, 1, 0, 1, 2, 3));
        assertTrue(c.success());
        assertFalse(c.strictSuccess());
        assertEquals(0, c.revisits());
        assertEquals(1, c.returns().size());
    }

    @Test
    void aReturnOfSixStepsIsBriefAndOfSevenARevisit() {
        AlignmentCheck six = AlignmentCheck.of(line(4, true, 0, 1, 2, 1, 1, 1, 1, 1, 1, 2, 3, 4));
        assertTrue(six.success());
        AlignmentCheck seven = AlignmentCheck.of(line(4, true, 0, 1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 3, 4));
        assertFalse(seven.success());
        assertEquals(1, seven.revisits());
        assertEquals(AlignmentCheck.MAX_RETURN_STEPS + 1, seven.returns().get(0).steps());
    }

    @Test
    void stepsAfterTheAttentionPassedTheEndAreNotJudged() {
        AlignmentCheck c = AlignmentCheck.of(line(3, true, 0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 3));
        assertTrue(c.strictSuccess());
    }

    @Test
    void aSkipIsAFailureEvenWhenTheReturnIsBrief() {
        AlignmentCheck reachedOnTheWayBack = AlignmentCheck.of(line(4, true, 0, 2, 1, 2, 3, 4));
        assertEquals(0, reachedOnTheWayBack.skipped(), "1 was reached on the way back");
        assertTrue(reachedOnTheWayBack.success());
        AlignmentCheck skipped = AlignmentCheck.of(line(4, true, 0, 2, 3, 2, 4));
        assertEquals(List.of(1), skipped.skippedCharacters());
        assertFalse(skipped.success());
        assertEquals("never attended 1 'b'; brief return at step 3: back from 3 'd' to 2 'c' for 1 step"
                + " (window weight 1.00)",
                skipped.describeFailure("abcd"));
    }

    @Test
    void eachReturnIsListedWithWhereItWentAndForHowLong() {
        AlignmentCheck c = AlignmentCheck.of(line(4, true, 0, 1, 2, 1, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 3, 4));
        assertEquals(List.of(new AlignmentCheck.Return(3, 2, 1, 2, 1f), new AlignmentCheck.Return(7, 3, 0, 7, 1f)),
                c.returns());
        assertEquals("revisit at step 7: back from 3 'd' to 0 'a' for 7 steps (window weight 1.00); "
                + "brief return at step 3: back from 2 'c' to 1 'b' for 2 steps (window weight 1.00)",
                c.describeFailure("abcd"));
    }

    @Test
    void aReturnStillOpenWhenTheLineStopsIsListed() {
        AlignmentCheck c = AlignmentCheck.of(line(3, false, 0, 1, 2, 0, 0));
        assertEquals(List.of(new AlignmentCheck.Return(3, 2, 0, 2, 1f)), c.returns());
        assertTrue(c.describeFailure("abc").startsWith("ran out of steps; brief return at step 3:"));
    }

    @Test
    void lineEndedByTheBudgetFails() {
        AlignmentCheck c = AlignmentCheck.of(line(3, false, 0, 1, 2));
        assertFalse(c.success());
        assertEquals(0, c.skipped());
    }
}
