package inkwell.app.writing;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where each line sits between the left and right edges of the page (the widest line's width). */
public enum Align {
    LEFT, CENTER, RIGHT;

    /** Parses "left", "center" or "right" in any case; throws naming the allowed values. */
    public static Align parse(String value) {
        for (Align a : values()) {
            if (a.name().equalsIgnoreCase(value)) {
                return a;
            }
        }
        throw new IllegalArgumentException("align must be one of " + allowed() + ", got '" + value + "'");
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Align::label).collect(Collectors.joining(", "));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
