package inkwell.ink.prep;

import java.util.regex.Pattern;

/**
 * Undoes the tokenisation some contributors applied to their labels ("physics ." , "wasn ' t"): the writer put
 * no gap there, and a model taught that a space before a comma draws nothing would write gaps a user never
 * typed. Also collapses runs of whitespace and trims.
 */
public final class LabelCleaner {
    private static final Pattern SPACE_BEFORE_PUNCTUATION =
            Pattern.compile("(?<=[\\p{L}\\p{N})\"]) +(?=[.,;:!?](\\s|$))");
    private static final Pattern SPACED_APOSTROPHE = Pattern.compile("(?<=\\p{L}) ' (?=\\p{L})");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private LabelCleaner() {
    }

    public static String clean(String label) {
        String s = WHITESPACE.matcher(label).replaceAll(" ").strip();
        s = SPACED_APOSTROPHE.matcher(s).replaceAll("'");
        return SPACE_BEFORE_PUNCTUATION.matcher(s).replaceAll("");
    }
}
