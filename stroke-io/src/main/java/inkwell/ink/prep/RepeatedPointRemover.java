package inkwell.ink.prep;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops a point that lies within {@code tolerance} of the point kept before it in the same stroke: a resting pen
 * repeats its position many times, which would otherwise become runs of zero offsets. Empty strokes are dropped.
 */
public final class RepeatedPointRemover implements InkTransform {
    private final double tolerance;

    public RepeatedPointRemover(double tolerance) {
        this.tolerance = tolerance;
    }

    @Override
    public Ink apply(Ink ink) {
        List<Stroke> strokes = new ArrayList<>();
        for (Stroke s : ink.strokes()) {
            List<InkPoint> kept = new ArrayList<>(s.size());
            for (InkPoint p : s.points()) {
                if (kept.isEmpty() || InkGeometry.distance(kept.get(kept.size() - 1), p) > tolerance) {
                    kept.add(p);
                }
            }
            if (!kept.isEmpty()) {
                strokes.add(new Stroke(kept));
            }
        }
        return ink.withStrokes(strokes);
    }
}
