package inkwell.ink.unipen;

/**
 * Why the reader passed over part of a corpus. The reader never stops on bad input: it counts it under one of
 * these and goes on, so a report can say how much of the corpus was lost and why.
 */
public enum SkipReason {
    /** A data file could not be read at all. */
    UNREADABLE_FILE("files that could not be read"),
    /** An {@code .INCLUDE} named a file that is not in the corpus. */
    MISSING_INCLUDE("includes naming an absent file"),
    /** An {@code .INCLUDE} chain nested deeper than the reader allows (a cycle, in practice). */
    INCLUDE_TOO_DEEP("includes nested too deep (cycles)"),
    /** An {@code .INCLUDE} past the number or bytes of includes one data file may expand (an include bomb). */
    INCLUDE_BUDGET_EXCEEDED("includes past the per-file budget (include bombs)"),
    /**
     * A line inside a pen block that is not a row of numbers (or whose point, over the resolution, lies beyond any
     * finite position), or a point line outside any pen block.
     */
    MALFORMED_POINT("point lines that are not numbers"),
    /** A header keyword whose value is not a number where one is needed. */
    MALFORMED_HEADER("header lines with an unreadable value"),
    /** A {@code .SEGMENT} line without a readable delineation or quoted label. */
    MALFORMED_SEGMENT("segment lines that cannot be parsed"),
    /** A segment naming components or points the file does not have. */
    DELINEATION_OUT_OF_RANGE("segments naming components the file does not have"),
    /** A segment out of range in a file one of whose includes is missing: the missing file held its ink. */
    INK_IN_MISSING_INCLUDE("segments whose ink is in a missing include"),
    /** A segment whose components hold no pen-down point (only hover, placeholders or nothing). */
    EMPTY_INK("segments with no pen-down ink");

    private final String description;

    SkipReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
