package inkwell.model;

import inkwell.ink.OffsetSequence;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Near misses are distinct misspellings one edit away; a line with no word to judge is not judged. */
class ReadingMarginTest {

    @Test
    void nearMissesAreDistinctSingleEditsThatKeepTheCase() {
        SplittableRandom rng = new SplittableRandom(1);
        for (String word : List.of("Tuesday", "of", "hello", "ABC")) {
            List<String> misses = ReadingMargin.nearMisses(word, 4, rng);
            assertEquals(4, misses.size(), word + ": " + misses);
            assertEquals(4, new HashSet<>(misses).size(), "distinct: " + misses);
            for (String miss : misses) {
                assertTrue(!miss.equals(word) && oneEditAway(word, miss), word + " -> " + miss);
                assertEquals(Character.isUpperCase(word.charAt(0)), Character.isUpperCase(miss.charAt(0)),
                        word + " -> " + miss);
            }
        }
    }

    @Test
    void aLineOfDigitsAndSingleLettersIsNotJudged() {
        NetworkConfig cfg = new NetworkConfig(1, 8, 2, 2, new Alphabet("12a "), true, -1.0);
        Sampler sampler = new Sampler(new HandwritingModel(SynthesisNetwork.initialise(cfg, DataType.FLOAT, 1),
                new OffsetStats(0, 0, 1, 1), Provenance.empty()));
        OffsetSequence ink = new OffsetSequence(new float[]{1, 2}, new float[]{0, 1}, new boolean[]{false, true});
        Sampler.Line line = new Sampler.Line("12 a 21", ink, true, new float[2][8], new float[2]);
        assertEquals(Double.POSITIVE_INFINITY, new ReadingMargin(sampler).of(line, null));
    }

    /** A letter replaced, dropped or doubled, or two neighbours swapped. */
    private static boolean oneEditAway(String a, String b) {
        if (a.length() == b.length()) {
            int first = 0;
            while (a.charAt(first) == b.charAt(first)) {
                first++;
            }
            String rest = a.substring(first + 1);
            return rest.equals(b.substring(first + 1)) || first + 1 < a.length()
                    && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
                    && a.substring(first + 2).equals(b.substring(first + 2));
        }
        String longer = a.length() > b.length() ? a : b, shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }
}
