package inkwell.ink.prep;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import java.util.ArrayList;
import java.util.List;

/**
 * Resamples each stroke at a fixed distance {@code step} along its path, so that the sequence length follows
 * the amount of ink rather than the tablet's sampling rate and the writer's speed. Each stroke keeps its first
 * point, then one point every {@code step}, and its last point when the remainder exceeds a third of a step (so
 * the pen lifts where it did). A stroke shorter than a step (a dot) becomes one or two points.
 */
public final class ArcLengthResampler implements InkTransform {
    private final double step;

    public ArcLengthResampler(double step) {
        if (!(step > 0)) {
            throw new IllegalArgumentException("step must be positive, got " + step);
        }
        this.step = step;
    }

    @Override
    public Ink apply(Ink ink) {
        List<Stroke> strokes = new ArrayList<>(ink.strokes().size());
        for (Stroke s : ink.strokes()) {
            if (!s.isEmpty()) {
                strokes.add(resample(s));
            }
        }
        return ink.withStrokes(strokes);
    }

    Stroke resample(Stroke s) {
        List<InkPoint> out = new ArrayList<>();
        out.add(s.get(0));
        double carried = 0; // path length walked since the last emitted point
        for (int i = 1; i < s.size(); i++) {
            InkPoint a = s.get(i - 1);
            InkPoint b = s.get(i);
            double segment = InkGeometry.distance(a, b);
            double along = step - carried; // where on this segment the next point falls
            while (along <= segment) {
                double f = along / segment;
                out.add(new InkPoint(a.x() + f * (b.x() - a.x()), a.y() + f * (b.y() - a.y()),
                        a.t() + f * (b.t() - a.t())));
                along += step;
            }
            carried = segment - (along - step);
        }
        InkPoint last = s.get(s.size() - 1);
        if (carried > step / 3) {
            out.add(last);
        }
        return new Stroke(out);
    }
}
