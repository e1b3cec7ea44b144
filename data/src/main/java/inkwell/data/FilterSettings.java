package inkwell.data;

import inkwell.ink.prep.Preprocessor;
import java.util.function.IntPredicate;

/**
 * Thresholds of the sample filters, in the preprocessed ink space (where the median character holds
 * {@code inkPerCharacter} units of pen path). Chosen by looking at the UNIPEN category-8 distributions and at
 * samples drawn on each side of each threshold.
 *
 * @param minLabelLength          fewest characters in a label
 * @param maxLabelLength          most characters in a label (long lines cost training time quadratically in memory)
 * @param allowedCharacters       code points a label may hold
 * @param minPointsPerCharacter   fewest resampled points per label character (ink missing for part of the label)
 * @param maxPointsPerCharacter   most resampled points per label character (ink not in the label)
 * @param minWidthPerCharacter    narrowest ink width per label character (words written over one another, columns)
 * @param maxWidthPerCharacter    widest ink width per label character (tokens spread over a form)
 * @param maxHeightPerCharacterInk tallest ink, in multiples of the sample's own ink length per non-space character
 *                                (stacked lines, lists written one word per line)
 */
public record FilterSettings(int minLabelLength, int maxLabelLength, IntPredicate allowedCharacters,
                             double minPointsPerCharacter, double maxPointsPerCharacter,
                             double minWidthPerCharacter, double maxWidthPerCharacter,
                             double maxHeightPerCharacterInk) {

    /** Printable ASCII, 32 to 126. */
    public static final IntPredicate PRINTABLE_ASCII = c -> c >= 32 && c <= 126;

    /**
     * Defaults scaled to the preprocessing: points per character within [0.4, 2.4] times the median
     * ({@code inkPerCharacter / step}), width per character within [0.1, 0.9] times {@code inkPerCharacter},
     * height at most 1.7 times the sample's ink per character, labels of 1 to 100 printable ASCII characters.
     */
    public static FilterSettings defaults(Preprocessor.Settings prep) {
        double typicalPoints = prep.inkPerCharacter() / prep.step();
        return new FilterSettings(1, 100, PRINTABLE_ASCII,
                0.4 * typicalPoints, 2.4 * typicalPoints,
                0.1 * prep.inkPerCharacter(), 0.9 * prep.inkPerCharacter(),
                1.7);
    }

    public FilterSettings withLabelLength(int min, int max) {
        return new FilterSettings(min, max, allowedCharacters, minPointsPerCharacter, maxPointsPerCharacter,
                minWidthPerCharacter, maxWidthPerCharacter, maxHeightPerCharacterInk);
    }

    public FilterSettings withAllowedCharacters(IntPredicate allowed) {
        return new FilterSettings(minLabelLength, maxLabelLength, allowed, minPointsPerCharacter,
                maxPointsPerCharacter, minWidthPerCharacter, maxWidthPerCharacter, maxHeightPerCharacterInk);
    }
}
