package inkwell.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WriterSplitTest {

    private static List<String> writers(int n) {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w.add("c" + (i % 7) + "/writer" + i);
        }
        return w;
    }

    @Test
    void aFractionOfTheDistinctWriters() {
        List<String> samples = new ArrayList<>();
        for (String w : writers(200)) {
            samples.add(w);
            samples.add(w); // several samples per writer do not change the count
        }
        assertEquals(10, WriterSplit.validationWriters(samples, 0.05, 1).size());
    }

    @Test
    void deterministicForASeedWhateverTheOrder() {
        List<String> w = writers(100);
        Set<String> first = WriterSplit.validationWriters(w, 0.1, 42);
        List<String> shuffled = new ArrayList<>(w);
        Collections.reverse(shuffled);
        assertEquals(first, WriterSplit.validationWriters(shuffled, 0.1, 42));
        assertNotEquals(first, WriterSplit.validationWriters(w, 0.1, 43));
    }

    @Test
    void atLeastOneWriterWhenThereAreTwo() {
        assertEquals(1, WriterSplit.validationWriters(List.of("a", "b"), 0.05, 1).size());
        assertTrue(WriterSplit.validationWriters(List.of("a"), 0.05, 1).isEmpty());
        assertTrue(WriterSplit.validationWriters(List.of("a", "b"), 0, 1).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> WriterSplit.validationWriters(List.of("a"), 1, 1));
    }
}
