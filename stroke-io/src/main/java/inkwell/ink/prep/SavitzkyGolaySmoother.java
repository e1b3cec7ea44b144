package inkwell.ink.prep;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import java.util.ArrayList;
import java.util.List;

/**
 * Quadratic Savitzky-Golay smoothing of x and y along each stroke: a least-squares parabola through the
 * {@code 2 * halfWidth + 1} samples around each point. It removes tablet quantisation (the staircase of the
 * 145-dpi contributors) while keeping corners better than a moving average. Near the ends the window shrinks to
 * what is available on both sides, so the first and last points stay where the pen touched and lifted.
 */
public final class SavitzkyGolaySmoother implements InkTransform {
    private final int halfWidth;
    private final double[][] weights; // weights[m] for half-width m = 1..halfWidth, index -m..m

    public SavitzkyGolaySmoother(int halfWidth) {
        if (halfWidth < 1) {
            throw new IllegalArgumentException("half width must be at least 1, got " + halfWidth);
        }
        this.halfWidth = halfWidth;
        this.weights = new double[halfWidth + 1][];
        for (int m = 1; m <= halfWidth; m++) {
            weights[m] = quadraticWeights(m);
        }
    }

    /** The classic closed form for a quadratic (or cubic) fit evaluated at the window centre. */
    static double[] quadraticWeights(int m) {
        double[] w = new double[2 * m + 1];
        double norm = (2 * m + 1) * (4.0 * m * m + 4 * m - 3);
        for (int i = -m; i <= m; i++) {
            w[i + m] = (3 * (3.0 * m * m + 3 * m - 1) - 15.0 * i * i) / norm;
        }
        return w;
    }

    @Override
    public Ink apply(Ink ink) {
        List<Stroke> strokes = new ArrayList<>(ink.strokes().size());
        for (Stroke s : ink.strokes()) {
            strokes.add(smooth(s));
        }
        return ink.withStrokes(strokes);
    }

    private Stroke smooth(Stroke s) {
        int n = s.size();
        if (n < 3) {
            return s;
        }
        List<InkPoint> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int m = Math.min(halfWidth, Math.min(i, n - 1 - i));
            if (m == 0) {
                out.add(s.get(i));
                continue;
            }
            double[] w = weights[m];
            double x = 0;
            double y = 0;
            for (int j = -m; j <= m; j++) {
                InkPoint p = s.get(i + j);
                x += w[j + m] * p.x();
                y += w[j + m] * p.y();
            }
            out.add(new InkPoint(x, y, s.get(i).t()));
        }
        return new Stroke(out);
    }
}
