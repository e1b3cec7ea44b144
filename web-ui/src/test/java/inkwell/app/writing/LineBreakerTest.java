package inkwell.app.writing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineBreakerTest {

    @Test
    void wrapsBetweenWordsAtTheWidth() {
        List<TextLine> lines = LineBreaker.lines("the quick brown fox jumps over the lazy dog", 15);
        assertEquals(List.of("the quick brown", "fox jumps over", "the lazy dog"),
                lines.stream().map(TextLine::text).toList());
        assertTrue(lines.stream().allMatch(l -> l.paragraph() == 0));
    }

    @Test
    void blankLinesSeparateParagraphsAndSingleBreaksAreKept() {
        List<TextLine> lines = LineBreaker.lines("Dear Ann,\r\n\r\n  \nthank you\nfor the   tea.\n\n\nBob", 40);
        assertEquals(List.of(new TextLine("Dear Ann,", 0), new TextLine("thank you", 1),
                new TextLine("for the tea.", 1), new TextLine("Bob", 2)), lines);
    }

    @Test
    void cutsAWordLongerThanTheWidth() {
        assertEquals(List.of("a", "abcde", "fghij", "k b"),
                LineBreaker.lines("a abcdefghijk b", 5).stream().map(TextLine::text).toList());
    }

    @Test
    void whitespaceOnlyGivesNoLines() {
        assertTrue(LineBreaker.lines(" \n\t\n ", 10).isEmpty());
    }
}
