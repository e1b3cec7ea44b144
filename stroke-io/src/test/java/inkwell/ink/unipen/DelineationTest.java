package inkwell.ink.unipen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DelineationTest {

    @Test
    void componentRange() {
        assertEquals(List.of(new Delineation.Range(0, 0, 25, Delineation.LAST_POINT)),
                Delineation.parse("0-25").ranges());
    }

    @Test
    void listOfComponentsAndRanges() {
        assertEquals(List.of(new Delineation.Range(3, 0, 3, Delineation.LAST_POINT),
                        new Delineation.Range(5, 0, 7, Delineation.LAST_POINT)),
                Delineation.parse("3,5-7").ranges());
        assertEquals(7, Delineation.parse("3, 5 - 7").lastComponent());
    }

    @Test
    void pointRange() {
        assertEquals(List.of(new Delineation.Range(4, 12, 6, 3)), Delineation.parse("4:12-6:3").ranges());
        assertEquals(List.of(new Delineation.Range(5311, 0, 5413, 15)), Delineation.parse("5311-5413:15").ranges());
    }

    @Test
    void singlePoint() {
        assertEquals(List.of(new Delineation.Range(4, 7, 4, 7)), Delineation.parse("4:7").ranges());
    }

    @Test
    void rejectsWhatIsNotADelineation() {
        assertThrows(IllegalArgumentException.class, () -> Delineation.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Delineation.parse("0-x"));
        assertThrows(IllegalArgumentException.class, () -> Delineation.parse("5-3"));
        assertThrows(IllegalArgumentException.class, () -> Delineation.parse("1-2-3"));
        assertThrows(IllegalArgumentException.class, () -> Delineation.parse("4:9-4:2"));
        assertThrows(IllegalArgumentException.class, () -> Delineation.parse("3,"));
    }
}
