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
        assertEquals(List.of("test-hand"), library.styles().stream().map(StyleLibrary.Style::name).toList());
        Sampler.Prime prime = library.prime("test-hand").orElseThrow();
        assertEquals("il", prime.text());
        assertEquals(22, prime.offsets().length());
        // The first point is moved to the origin; the pen lifts after each of the three strokes.
        assertEquals(0, prime.offsets().dx(0));
        assertEquals(0, prime.offsets().dy(0));
        assertTrue(prime.offsets().penUp(5) && prime.offsets().penUp(7) && prime.offsets().penUp(21));
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
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> library.prime("cursive"));
        assertEquals("there is no style 'cursive'; available: none, test-hand", e.getMessage());
    }
}
