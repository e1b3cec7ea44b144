package inkwell.app.writing;

import inkwell.model.Alphabet;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextCheckTest {
    private final Alphabet alphabet = Alphabet.printableAscii();

    @Test
    void foldsAccentsAndAcceptsLineBreaks() {
        TextCheck.requireWritable(alphabet, "Café déjà vu\nnaïve\tfine", "text");
    }

    @Test
    void namesEveryUnwritableCharacterOnceInOrder() {
        UnwritableTextException e = assertThrows(UnwritableTextException.class,
                () -> TextCheck.requireWritable(alphabet, "snow ☃ and 😀, ☃ again\u0007\u200b", "text"));
        assertEquals(List.of("'☃' (U+2603)", "'😀' (U+1F600)", "U+0007", "U+200B"), e.characters());
        assertEquals(true, e.getMessage().startsWith("the model cannot write '☃' (U+2603), '😀' (U+1F600), U+0007,"
                + " U+200B in the text; it writes !\"#$"), e.getMessage());
    }
}
