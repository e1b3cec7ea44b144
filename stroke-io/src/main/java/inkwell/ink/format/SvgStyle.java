package inkwell.ink.format;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How {@link SvgWriter} draws ink. Lengths are in ink units (the SVG's user units are the ink's own).
 *
 * @param strokeWidth line width, positive
 * @param colour      {@code #rgb}, {@code #rrggbb} or one of {@link #NAMED_COLOURS}; anything else is refused so
 *                    that a colour taken from a request can never smuggle markup or CSS into the file
 * @param padding     empty margin around the ink's bounds, at least 0 (half the stroke width is added to it, so
 *                    a padding of 0 still shows the whole line)
 * @param title       whether to write the ink's text as the SVG {@code <title>}
 */
public record SvgStyle(double strokeWidth, String colour, double padding, boolean title) {
    public static final List<String> NAMED_COLOURS = List.of("black", "white", "gray", "grey", "red", "green",
            "blue", "navy", "darkblue", "darkgreen", "darkred", "brown", "purple", "orange");
    private static final Pattern HEX_COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    /** Declared after the colour rules it is checked against, which static initialisation needs. */
    public static final SvgStyle DEFAULT = new SvgStyle(2.0, "black", 10.0, true);

    public SvgStyle {
        if (!(strokeWidth > 0) || !Double.isFinite(strokeWidth)) {
            throw new IllegalArgumentException("strokeWidth must be a positive finite number, got " + strokeWidth);
        }
        if (!(padding >= 0) || !Double.isFinite(padding)) {
            throw new IllegalArgumentException("padding must be a finite number >= 0, got " + padding);
        }
        if (colour == null || !(HEX_COLOUR.matcher(colour).matches() || NAMED_COLOURS.contains(colour))) {
            throw new IllegalArgumentException("colour " + (colour == null ? "null" : "'" + colour + "'")
                    + " is not allowed; use #rgb, #rrggbb or one of " + String.join(", ", NAMED_COLOURS));
        }
    }
}
