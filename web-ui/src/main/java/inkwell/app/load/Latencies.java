package inkwell.app.load;

import java.util.Arrays;

/** Response times of one kind of answer, kept whole (a long per request) so percentiles are exact. */
public final class Latencies {
    private long[] nanos = new long[256];
    private int count;

    public synchronized void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    public synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Summary(count, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                count == 0 ? 0 : millis(sorted[count - 1]));
    }

    /** Nearest rank: the smallest time that at least p percent of the answers did not exceed. */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return millis(sorted[Math.max(rank, 1) - 1]);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** Times in milliseconds. */
    public record Summary(int count, double p50, double p95, double p99, double max) {
    }
}
