package inkwell.ink.prep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelCleanerTest {

    @Test
    void joinsTokenisedPunctuationToItsWord() {
        assertEquals("In my freshman year, I almost failed physics.",
                LabelCleaner.clean("In my freshman year , I almost failed physics ."));
        assertEquals("It wasn't until", LabelCleaner.clean("It wasn ' t until"));
        assertEquals("any questions? call", LabelCleaner.clean("any questions ? call"));
    }

    @Test
    void leavesOtherSpacingAlone() {
        assertEquals("( 16*4 ) -9", LabelCleaner.clean("( 16*4 ) -9"));
        assertEquals("1.20 ... 1.30", LabelCleaner.clean("1.20 ... 1.30"));
        assertEquals("a b", LabelCleaner.clean("  a \t b "));
    }
}
