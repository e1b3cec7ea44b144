package inkwell.app.writing;

/**
 * How text is broken into lines and the lines placed on the page. Lengths are in page units, where the body of
 * the lowercase letters (the x-height) is {@link Layout#X_HEIGHT} units tall.
 *
 * @param widthCharacters longest line, in characters of text: word wrap happens before sampling, so it is measured
 *                        in what is known then (the model writes about as many characters per line whatever its
 *                        style, so a character count gives lines of similar length)
 * @param lineHeight      distance from one baseline to the next, in page units
 * @param align           placement of each line between the page edges
 */
public record LayoutOptions(int widthCharacters, double lineHeight, Align align) {
    public static final int MIN_WIDTH = 5;
    public static final int MAX_WIDTH = 500;
    public static final double MIN_LINE_HEIGHT = 5;
    public static final double MAX_LINE_HEIGHT = 500;
    /**
     * 40 characters: the default model learned from lines of median 15 and 90th percentile 36 characters, and
     * writes longer ones less well (alignment at bias 0.5: 97% for sentences of 26-38 characters, 85% for 41-43,
     * 83% for 59-65; README, the default model).
     */
    public static final int DEFAULT_WIDTH = 40;
    public static final LayoutOptions DEFAULT = new LayoutOptions(DEFAULT_WIDTH, 3 * Layout.X_HEIGHT, Align.LEFT);

    public LayoutOptions {
        if (widthCharacters < MIN_WIDTH || widthCharacters > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be " + MIN_WIDTH + " to " + MAX_WIDTH
                    + " characters, got " + widthCharacters);
        }
        if (!(lineHeight >= MIN_LINE_HEIGHT && lineHeight <= MAX_LINE_HEIGHT)) {
            throw new IllegalArgumentException("line height must be " + (int) MIN_LINE_HEIGHT + " to "
                    + (int) MAX_LINE_HEIGHT + " page units (the x-height is " + (int) Layout.X_HEIGHT + "), got "
                    + lineHeight);
        }
        if (align == null) {
            throw new IllegalArgumentException("align must be one of " + Align.allowed());
        }
    }
}
