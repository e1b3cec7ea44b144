package inkwell.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses validation writers: a fixed fraction of the distinct writers, drawn with a seeded shuffle of their
 * sorted ids, so the same corpus and seed always give the same split and no writer is on both sides.
 */
public final class WriterSplit {
    private WriterSplit() {
    }

    /**
     * The writers held out for validation: {@code round(fraction * writers)}, at least one when there are two or
     * more writers and the fraction is positive.
     */
    public static Set<String> validationWriters(Collection<String> writers, double fraction, long seed) {
        if (fraction < 0 || fraction >= 1) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + fraction);
        }
        List<String> sorted = new ArrayList<>(new TreeSet<>(writers));
        Collections.shuffle(sorted, new Random(seed));
        int count = (int) Math.round(fraction * sorted.size());
        if (count == 0 && fraction > 0 && sorted.size() > 1) {
            count = 1;
        }
        return Set.copyOf(sorted.subList(0, count));
    }
}
