package inkwell.data;

import inkwell.ink.OffsetSequence;

/**
 * One entry of a training set: the text written, who wrote it, its UNIPEN category (8 lines, 6-7 words, 0 other)
 * and the pen movement as offsets in the normalised ink space, the first offset (0, 0).
 */
public record TrainingSample(String text, String writer, int category, OffsetSequence offsets) {
    public TrainingSample {
        if (category < 0 || category > 255) {
            throw new IllegalArgumentException("category must fit a byte, got " + category);
        }
    }
}
