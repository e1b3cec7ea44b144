package inkwell.ink.unipen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SegmentLineTest {

    @Test
    void levelDelineationQualityAndLabel() {
        SegmentLine s = SegmentLine.parse("TEXT     0-19 GOOD \"In my freshman year , I almost\"");
        assertEquals("TEXT", s.level());
        assertEquals(19, s.delineation().lastComponent());
        assertEquals("GOOD", s.quality());
        assertEquals("In my freshman year , I almost", s.label());
    }

    @Test
    void escapedQuotesAndBackslashes() {
        assertEquals("\" % 99 s \" , str ) ;",
                SegmentLine.parse("TEXT 59-76 ? \"\\\" % 99 s \\\" , str ) ;\"").label());
        assertEquals("a\\b", SegmentLine.parse("TEXT 1 ? \"a\\\\b\"").label());
    }

    @Test
    void qualityMayBeMissing() {
        SegmentLine s = SegmentLine.parse("WORD 3 \"cat\"");
        assertEquals("", s.quality());
        assertEquals("cat", s.label());
    }

    @Test
    void labelMustBeQuotedAndClosed() {
        assertThrows(IllegalArgumentException.class, () -> SegmentLine.parse("TEXT 0-1 ? no quotes"));
        assertThrows(IllegalArgumentException.class, () -> SegmentLine.parse("TEXT 0-1 ? \"open"));
        assertThrows(IllegalArgumentException.class, () -> SegmentLine.parse("TEXT \"no delineation\""));
    }
}
