package inkwell.ink.unipen;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What a {@link UnipenReader} pass read and what it skipped, by reason. Not thread-safe. */
public final class UnipenReadReport {
    private long files;
    private long segments;
    private long segmentsOtherLevel;
    private final EnumMap<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    private final java.util.TreeSet<String> withoutResolution = new java.util.TreeSet<>();

    void fileRead() {
        files++;
    }

    void segmentRead() {
        segments++;
    }

    /** A segment at a level the reader was not asked for (e.g. characters): not an error, not counted as skipped. */
    void segmentOtherLevel() {
        segmentsOtherLevel++;
    }

    void contributorWithoutResolution(String contributor) {
        withoutResolution.add(contributor);
    }

    void skip(SkipReason reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    /** Data files opened (not counting includes). */
    public long files() {
        return files;
    }

    /** Segments turned into ink. */
    public long segments() {
        return segments;
    }

    public long segmentsAtOtherLevels() {
        return segmentsOtherLevel;
    }

    public long skipped(SkipReason reason) {
        return skipped.getOrDefault(reason, 0L);
    }

    /** Segments lost (not lines or includes): out of range, in a missing include, malformed, empty. */
    public long segmentsSkipped() {
        return skipped(SkipReason.MALFORMED_SEGMENT) + skipped(SkipReason.DELINEATION_OUT_OF_RANGE)
                + skipped(SkipReason.INK_IN_MISSING_INCLUDE) + skipped(SkipReason.EMPTY_INK);
    }

    public Map<SkipReason, Long> skippedByReason() {
        return Collections.unmodifiableMap(skipped);
    }

    /** Contributors with points but no points-per-inch header: their ink stays in device units (aspect 1:1). */
    public java.util.SortedSet<String> contributorsWithoutResolution() {
        return Collections.unmodifiableSortedSet(withoutResolution);
    }
}
