package inkwell.ink.prep;

import inkwell.ink.OffsetSequence;

/**
 * Mean and standard deviation of dx and dy over a set of offset sequences: what a trainer uses to standardise
 * the network's inputs and a sampler to undo it. Computed with Welford's update, so long corpora stay exact.
 */
public record OffsetStatistics(double meanDx, double meanDy, double stdDx, double stdDy, long count) {

    public static OffsetStatistics of(Iterable<OffsetSequence> sequences) {
        Accumulator acc = new Accumulator();
        for (OffsetSequence s : sequences) {
            acc.add(s);
        }
        return acc.result();
    }

    /** Adds sequences, or single offsets, one at a time. */
    public static final class Accumulator {
        private long n;
        private double meanX;
        private double meanY;
        private double m2X;
        private double m2Y;

        public Accumulator add(OffsetSequence s) {
            for (int i = 0; i < s.length(); i++) {
                add(s.dx(i), s.dy(i));
            }
            return this;
        }

        public Accumulator add(double dx, double dy) {
            n++;
            double deltaX = dx - meanX;
            meanX += deltaX / n;
            m2X += deltaX * (dx - meanX);
            double deltaY = dy - meanY;
            meanY += deltaY / n;
            m2Y += deltaY * (dy - meanY);
            return this;
        }

        public OffsetStatistics result() {
            if (n == 0) {
                throw new IllegalStateException("no offsets to measure");
            }
            return new OffsetStatistics(meanX, meanY, Math.sqrt(m2X / n), Math.sqrt(m2Y / n), n);
        }
    }
}
