package inkwell.data;

/** Why the builder left a sample out of the training set. Checked in this order; the first that applies counts. */
public enum FilterReason {
    EMPTY_INK("no ink left after preprocessing"),
    BAD_QUALITY("marked BAD by the corpus"),
    LABEL_LENGTH("label shorter or longer than allowed"),
    CHARACTER_SET("label holds characters outside the allowed set"),
    SEVERAL_LINES("ink holds several lines (a return to the left and down, or too tall for its ink)"),
    POINTS_PER_CHARACTER("points per character far from typical (label and ink disagree)"),
    WIDTH_PER_CHARACTER("width per character out of range (overwritten words, spread-out tokens)");

    private final String description;

    FilterReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
