package inkwell.model;

import inkwell.ink.OffsetSequence;

/** One handwritten sequence and its text, as the trainer consumes it (offsets not yet normalised). */
public record TrainingExample(OffsetSequence offsets, String text, String writer) {
    public TrainingExample {
        if (offsets.length() < 2) {
            throw new IllegalArgumentException("a training sequence needs at least two points");
        }
    }

    /** Training steps: every point after the first is predicted from the one before it. */
    public int steps() {
        return offsets.length() - 1;
    }
}
