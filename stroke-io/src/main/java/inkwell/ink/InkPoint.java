package inkwell.ink;

/**
 * One pen sample. Coordinates are in the ink's own units (y grows upward once normalised);
 * {@code t} is seconds from the start of the ink, or {@link Double#NaN} when the source has no time channel.
 */
public record InkPoint(double x, double y, double t) {

    public InkPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("point coordinates must be finite, got (" + x + ", " + y + ")");
        }
    }

    public static InkPoint of(double x, double y) {
        return new InkPoint(x, y, Double.NaN);
    }

    public boolean hasTime() {
        return !Double.isNaN(t);
    }
}
