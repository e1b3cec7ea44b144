package inkwell.model;

import inkwell.ink.OffsetSequence;
import inkwell.ink.prep.OffsetStatistics;

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

    /** Measured over the offsets the network predicts: every one but each sequence's first, which is (0, 0). */
    public static OffsetStats measure(Collection<OffsetSequence> sequences) {
        OffsetStatistics.Accumulator acc = new OffsetStatistics.Accumulator();
        for (OffsetSequence s : sequences) {
            for (int i = 1; i < s.length(); i++) {
                acc.add(s.dx(i), s.dy(i));
            }
        }
        OffsetStatistics r = acc.result();
        return new OffsetStats(r.meanDx(), r.meanDy(), r.stdDx(), r.stdDy());
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
