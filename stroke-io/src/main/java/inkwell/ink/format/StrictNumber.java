package inkwell.ink.format;

import inkwell.ink.InkFormatException;

import java.util.regex.Pattern;

/**
 * Decimal number parsing for text formats. {@link Double#parseDouble} alone would also accept "NaN", "Infinity",
 * hexadecimal and a trailing "d" or "f", none of which any ink format means; this accepts plain decimals only.
 */
final class StrictNumber {
    static final Pattern DECIMAL = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private StrictNumber() {
    }

    /** The value of {@code text}, which must be a plain decimal whose value is finite; {@code where} names it. */
    static double parseFinite(String text, String where) throws InkFormatException {
        String trimmed = text.strip();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new InkFormatException(where + ": '" + abbreviate(trimmed)
                    + "' is not a decimal number (allowed: digits with optional sign, point and exponent)");
        }
        double value = Double.parseDouble(trimmed);
        if (!Double.isFinite(value)) {
            throw new InkFormatException(where + ": '" + abbreviate(trimmed) + "' is too large to be a finite number");
        }
        return value;
    }

    /** Keeps error messages readable when the offending text is huge. */
    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
