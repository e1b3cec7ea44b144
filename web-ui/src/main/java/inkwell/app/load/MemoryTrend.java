package inkwell.app.load;

import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * Whether memory grew during a run, judged from outside without forcing a collection: heap used saws up and down
 * with every collection, so the lowest reading of a stretch approximates what was live in it. The lowest reading
 * of the last third of the run is compared with the lowest of the first third.
 */
public record MemoryTrend(Figure heapUsed, Figure offHeap) {

    /** One figure in bytes: the first and last readings, and the minimum of the first and last thirds. */
    public record Figure(long start, long end, long firstThirdMin, long lastThirdMin) {
        public long growth() {
            return lastThirdMin - firstThirdMin;
        }
    }

    /** Empty with fewer than two readings that carry memory figures (with two, each is a third). */
    public static Optional<MemoryTrend> of(List<HealthReading> readings) {
        List<HealthReading> usable = readings.stream().filter(HealthReading::hasMemory).toList();
        if (usable.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new MemoryTrend(figure(usable, HealthReading::heapUsed),
                figure(usable, HealthReading::offHeap)));
    }

    private static Figure figure(List<HealthReading> readings, ToLongFunction<HealthReading> value) {
        int third = Math.max(1, readings.size() / 3);
        long firstMin = readings.subList(0, third).stream().mapToLong(value).min().orElseThrow();
        long lastMin = readings.subList(readings.size() - third, readings.size()).stream().mapToLong(value).min()
                .orElseThrow();
        return new Figure(value.applyAsLong(readings.get(0)), value.applyAsLong(readings.get(readings.size() - 1)),
                firstMin, lastMin);
    }
}
