package inkwell.model;

import inkwell.ink.OffsetSequence;

import java.util.Collection;

/**
 * The normalisation of offsets the network sees: (dx - meanX) / stdX, (dy - meanY) / stdY, measured once on
 * the training set and stored with the model so that sampling undoes exactly what training did.
 */
public record OffsetStats(double meanX, double meanY, double stdX, double stdY) {

    public OffsetStats {
        if (!(stdX > 0) || !(stdY > 0) || !Double.isFinite(meanX) || !Double.isFinite(meanY)) {
            throw new IllegalArgumentException("offset statistics must be finite with positive deviations, got "
                    + meanX + ", " + meanY + ", " + stdX + ", " + stdY);
        }
    }

    public static OffsetStats measure(Collection<OffsetSequence> sequences) {
        double n = 0, sx = 0, sy = 0, sxx = 0, syy = 0;
        for (OffsetSequence s : sequences) {
            for (int i = 1; i < s.length(); i++) {
                double dx = s.dx(i), dy = s.dy(i);
                n++;
                sx += dx;
                sy += dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException("need at least two offsets to measure statistics");
        }
        double mx = sx / n, my = sy / n;
        return new OffsetStats(mx, my, Math.sqrt(Math.max(sxx / n - mx * mx, 1e-12)),
                Math.sqrt(Math.max(syy / n - my * my, 1e-12)));
    }

    public float normaliseX(double dx) {
        return (float) ((dx - meanX) / stdX);
    }

    public float normaliseY(double dy) {
        return (float) ((dy - meanY) / stdY);
    }

    public double restoreX(double x) {
        return x * stdX + meanX;
    }

    public double restoreY(double y) {
        return y * stdY + meanY;
    }
}
