package inkwell.app.writing;

import inkwell.model.Sampler;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StyleLibraryTest {
    private final StyleLibrary library = load();

    private static StyleLibrary load() {
        try {
            return StyleLibrary.fromClasspath(StyleLibraryTest.class.getClassLoader());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTheStylesListedInTheIndex() {
        List<String> names = library.styles().stream().map(StyleLibrary.Style::name).toList();
        assertTrue(names.containsAll(BUILT_IN) && names.contains("test-hand") && names.size() == BUILT_IN.size() + 1,
                names.toString());
        Sampler.Prime prime = library.prime("test-hand").orElseThrow();
        assertEquals("il", prime.text());
        assertEquals(22, prime.offsets().length());
        // The first point is moved to the origin; the pen lifts after each of the three strokes.
        assertEquals(0, prime.offsets().dx(0));
        assertEquals(0, prime.offsets().dy(0));
        assertTrue(prime.offsets().penUp(5) && prime.offsets().penUp(7) && prime.offsets().penUp(21));
    }

    /** The styles the data module ships (the test class path adds test-hand). */
    private static final List<String> BUILT_IN = List.of("neat", "slanted", "round", "wide", "print", "cursive",
            "compact", "quick", "bold", "airy");

    @Test
    void everyBuiltInStyleIsAPrimeOfItsText() {
        for (String name : BUILT_IN) {
            Sampler.Prime prime = library.prime(name).orElseThrow();
            assertEquals("a quick note to say hello", prime.text(), name);
            assertTrue(prime.offsets().length() > 100, name + " has " + prime.offsets().length() + " points");
        }
    }

    @Test
    void noneOrNothingMeansUnprimed() {
        assertTrue(library.prime("none").isEmpty());
        assertTrue(library.prime("").isEmpty());
        assertTrue(library.prime(null).isEmpty());
    }

    @Test
    void refusesNamesThatCouldLeaveTheStylesFolder() {
        for (String name : List.of("../index", "..", "a/b", "a\\b", "Test-Hand", "-x", "x-", "a.json", "%2e%2e",
                "a".repeat(41))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> library.prime(name), name);
            assertTrue(e.getMessage().contains("lowercase letters"), e.getMessage());
        }
    }

    @Test
    void anUnknownStyleNamesTheOnesThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> library.prime("gothic"));
        assertTrue(e.getMessage().startsWith("there is no style 'gothic'; available: none, ")
                && e.getMessage().contains("test-hand") && e.getMessage().contains("neat"), e.getMessage());
    }
}
