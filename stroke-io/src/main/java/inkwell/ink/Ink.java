package inkwell.ink;

import java.util.List;

/**
 * A piece of handwriting: its strokes in writing order, the text it says (empty when unknown) and the writer
 * it came from (empty when unknown).
 */
public record Ink(List<Stroke> strokes, String text, String writer) {

    public Ink {
        strokes = List.copyOf(strokes);
        text = text == null ? "" : text;
        writer = writer == null ? "" : writer;
    }

    public static Ink of(List<Stroke> strokes) {
        return new Ink(strokes, "", "");
    }

    public Ink withText(String newText) {
        return new Ink(strokes, newText, writer);
    }

    public Ink withStrokes(List<Stroke> newStrokes) {
        return new Ink(newStrokes, text, writer);
    }

    public int pointCount() {
        int n = 0;
        for (Stroke s : strokes) {
            n += s.size();
        }
        return n;
    }

    public boolean isEmpty() {
        return pointCount() == 0;
    }

    /** Axis-aligned bounds of all points; throws when the ink has none. */
    public Bounds bounds() {
        if (isEmpty()) {
            throw new IllegalStateException("empty ink has no bounds");
        }
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (Stroke s : strokes) {
            for (InkPoint p : s.points()) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        return new Bounds(minX, minY, maxX, maxY);
    }

    public record Bounds(double minX, double minY, double maxX, double maxY) {
        public double width() {
            return maxX - minX;
        }

        public double height() {
            return maxY - minY;
        }
    }
}
