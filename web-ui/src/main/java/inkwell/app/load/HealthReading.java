package inkwell.app.load;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One {@code GET /health} during a run: the server's memory and its sampling queue at that moment. Figures the
 * server does not report (an older server) are -1.
 *
 * @param busy   workers writing a page
 * @param queued requests waiting for a worker
 */
public record HealthReading(long heapUsed, long heapCommitted, long resident, int busy, int queued) {

    /** The figures of one {@code GET /health} answer. */
    public static HealthReading of(JsonNode health) {
        JsonNode bytes = health.path("process").path("memoryBytes");
        return new HealthReading(bytes.path("heapUsed").asLong(-1), bytes.path("heapCommitted").asLong(-1),
                bytes.path("resident").asLong(-1),
                health.path("sampling").path("busy").asInt(-1), health.path("sampling").path("queued").asInt(-1));
    }

    public boolean hasMemory() {
        return heapUsed >= 0 && heapCommitted >= 0 && resident > 0;
    }

    /** What the process holds outside the Java heap: native buffers, compiled code, thread stacks. */
    public long offHeap() {
        return resident - heapCommitted;
    }
}
