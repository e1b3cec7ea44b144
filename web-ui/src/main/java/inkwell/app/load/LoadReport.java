package inkwell.app.load;

import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/** A load run's result as a few lines of text for a person (and a test's log). */
public final class LoadReport {
    private static final double MB = 1024.0 * 1024.0;

    private LoadReport() {
    }

    public static String format(LoadResult r) {
        LoadSettings s = r.settings();
        StringBuilder out = new StringBuilder();
        line(out, "load on %s: %d clients, mix %s, for %d s%s", s.base(), s.clients(), s.mix(),
                s.duration().toSeconds(),
                s.maxRequests() == Long.MAX_VALUE ? "" : " or " + s.maxRequests() + " requests");
        line(out, "requests      %d in %.1f s: %d written (%.2f pages/s), %d turned away, %d failed%s",
                r.requests(), r.seconds(), r.writtenCount(), r.throughput(), r.turnedAway(), r.failures(),
                r.clientsStopped() ? "" : " (a client was still waiting when time ran out)");
        line(out, "statuses      %s%s", r.statuses().isEmpty() ? "none" : r.statuses().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")),
                r.transportErrors().isEmpty() ? "" : "; no answer: " + joined(r.transportErrors()));
        if (r.turnedAway() > 0) {
            Latencies.Summary away = r.turnedAwayTimes();
            line(out, "turned away   (429, or 503 busy) %s; answered in p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                    + " max %.1f ms", r.turnedAwayWithoutRetryAfter() == 0 ? "all with Retry-After"
                            : r.turnedAwayWithoutRetryAfter() + " WITHOUT Retry-After", away.p50(), away.p95(),
                    away.p99(), away.max());
        }
        r.failureExamples().forEach(f -> line(out, "failed        %s", f));
        line(out, "%-22s %7s %9s %9s %9s %9s", "response time (ms)", "count", "p50", "p95", "p99", "max");
        r.written().forEach((kind, summary) -> latency(out, kind.label(), summary));
        latency(out, "all written", r.allWritten());
        r.memory().ifPresentOrElse(m -> {
            line(out, "%-28s %9s %9s %15s %15s %9s", "server memory (MB)", "start", "end", "min 1st third",
                    "min last third", "growth");
            memory(out, "heap used", m.heapUsed());
            memory(out, "resident - heap committed", m.offHeap());
        }, () -> line(out, "server memory  not reported by the server's /health"));
        line(out, "health        %d readings, %d failed; workers busy at most %d, requests queued at most %d",
                r.health().size(), r.healthFailures(), max(r, HealthReading::busy), max(r, HealthReading::queued));
        return out.toString();
    }

    private static void latency(StringBuilder out, String label, Latencies.Summary s) {
        line(out, "  %-20s %7d %9.1f %9.1f %9.1f %9.1f", label, s.count(), s.p50(), s.p95(), s.p99(), s.max());
    }

    private static void memory(StringBuilder out, String label, MemoryTrend.Figure f) {
        line(out, "  %-26s %9.1f %9.1f %15.1f %15.1f %+9.1f", label, f.start() / MB, f.end() / MB,
                f.firstThirdMin() / MB, f.lastThirdMin() / MB, f.growth() / MB);
    }

    private static int max(LoadResult r, ToIntFunction<HealthReading> figure) {
        return r.health().stream().mapToInt(figure).max().orElse(0);
    }

    private static String joined(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
