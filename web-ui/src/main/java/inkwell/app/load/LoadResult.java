package inkwell.app.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a load run saw. A request is written (200), turned away (429, or 503 {@code busy}: the server's deliberate
 * answer to overload, which must carry Retry-After) or failed (any other answer, a refusal without Retry-After,
 * or no answer at all).
 *
 * @param statuses         answers by HTTP status
 * @param transportErrors  requests without an answer, by the exception's class (refused connection, timeout)
 * @param written          response times of the pages written, by kind of text
 * @param allWritten       response times of all pages written
 * @param turnedAwayTimes  response times of the refusals, which should be immediate
 * @param failureExamples  the first few failures, to say what went wrong
 * @param clientsStopped   false when a client was still waiting for an answer after the run's time ran out
 */
public record LoadResult(LoadSettings settings, double seconds, long requests, Map<Integer, Long> statuses,
                         Map<String, Long> transportErrors, long turnedAway, long turnedAwayWithoutRetryAfter,
                         Map<TextKind, Latencies.Summary> written, Latencies.Summary allWritten,
                         Latencies.Summary turnedAwayTimes, List<HealthReading> health, int healthFailures,
                         List<String> failureExamples, boolean clientsStopped) {

    public long writtenCount() {
        return allWritten.count();
    }

    public long failures() {
        return requests - writtenCount() - (turnedAway - turnedAwayWithoutRetryAfter);
    }

    /** Pages written per second. */
    public double throughput() {
        return seconds > 0 ? writtenCount() / seconds : 0;
    }

    public Optional<MemoryTrend> memory() {
        return MemoryTrend.of(health);
    }
}
