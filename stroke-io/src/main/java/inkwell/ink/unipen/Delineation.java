package inkwell.ink.unipen;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a file a {@code .SEGMENT} names: a comma-separated list of component ranges such as {@code 0-25},
 * {@code 3,5-7} or, with point indices, {@code 4:12-6:3} (component 4 from its point 12 to component 6 up to and
 * including its point 3). Components and points are numbered from 0.
 */
public record Delineation(List<Range> ranges) {

    /** Marks "to the last point of the component". */
    public static final int LAST_POINT = -1;

    public Delineation {
        ranges = List.copyOf(ranges);
    }

    public record Range(int fromComponent, int fromPoint, int toComponent, int toPoint) {
    }

    /** Parses the delineation text; whitespace around separators is allowed. */
    public static Delineation parse(String text) {
        String compact = text.replaceAll("\\s+", "");
        if (compact.isEmpty()) {
            throw new IllegalArgumentException("empty delineation");
        }
        List<Range> ranges = new ArrayList<>();
        for (String item : compact.split(",", -1)) {
            String[] ends = item.split("-", -1);
            if (ends.length > 2) {
                throw new IllegalArgumentException("bad range '" + item + "' in delineation '" + text + "'");
            }
            int[] from = parseEnd(ends[0], 0, text);
            int[] to = ends.length == 2 ? parseEnd(ends[1], LAST_POINT, text) : new int[] {from[0], LAST_POINT};
            if (ends.length == 1 && ends[0].contains(":")) {
                // "4:7" alone names one point
                to = from.clone();
            }
            if (to[0] < from[0] || (to[0] == from[0] && to[1] != LAST_POINT && to[1] < from[1])) {
                throw new IllegalArgumentException("range '" + item + "' runs backwards in '" + text + "'");
            }
            ranges.add(new Range(from[0], from[1], to[0], to[1]));
        }
        return new Delineation(ranges);
    }

    private static int[] parseEnd(String end, int defaultPoint, String whole) {
        String[] parts = end.split(":", -1);
        if (parts.length > 2 || parts[0].isEmpty()) {
            throw new IllegalArgumentException("bad position '" + end + "' in delineation '" + whole + "'");
        }
        try {
            int component = Integer.parseInt(parts[0]);
            int point = parts.length == 2 ? Integer.parseInt(parts[1]) : defaultPoint;
            if (component < 0 || (parts.length == 2 && point < 0)) {
                throw new IllegalArgumentException("negative position in delineation '" + whole + "'");
            }
            return new int[] {component, point};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad number in delineation '" + whole + "'", e);
        }
    }

    /** Highest component index named. */
    public int lastComponent() {
        int max = -1;
        for (Range r : ranges) {
            max = Math.max(max, r.toComponent());
        }
        return max;
    }
}
