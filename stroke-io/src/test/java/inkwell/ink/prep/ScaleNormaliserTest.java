package inkwell.ink.prep;

import static inkwell.ink.prep.InkFixtures.ink;
import static inkwell.ink.prep.InkFixtures.stroke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScaleNormaliserTest {

    @Test
    void medianInkPerCharacterOfEachGroupBecomesTheTarget() {
        ScaleNormaliser.Builder b = new ScaleNormaliser.Builder();
        // group "big": 4, 5 and 60 units per non-space character (the outlier does not move the median)
        b.add("big", ink("ab", stroke(0, 0, 8, 0)));
        b.add("big", ink("a b", stroke(0, 0, 10, 0)));
        b.add("big", ink("ab", stroke(0, 0, 120, 0)));
        b.add("small", ink("abcd", stroke(0, 0, 2, 0)));
        ScaleNormaliser s = b.build(10);
        assertEquals(2.0, s.factor("big"), 1e-12);
        assertEquals(20.0, s.factor("small"), 1e-12);
        assertEquals(16.0, InkGeometry.pathLength(s.apply("big", ink("x", stroke(0, 0, 8, 0)))), 1e-12);
    }

    @Test
    void unmeasuredGroupsAreAnError() {
        ScaleNormaliser s = new ScaleNormaliser.Builder().add("g", ink("   ", stroke(0, 0, 1, 0))).build(10);
        assertFalse(s.isMeasured("g"));
        assertThrows(IllegalArgumentException.class, () -> s.factor("g"));
    }
}
