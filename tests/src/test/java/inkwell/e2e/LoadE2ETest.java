package inkwell.e2e;

import inkwell.app.load.HealthReading;
import inkwell.app.load.LoadGenerator;
import inkwell.app.load.LoadReport;
import inkwell.app.load.LoadResult;
import inkwell.app.load.LoadSettings;
import inkwell.app.load.MemoryTrend;
import inkwell.app.load.TextMix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runnable jar under sustained load, under overload, and from a cold start, with the tiny model so that the
 * server's own machinery (queue, refusals, memory) is what is measured; about a minute in all. The figures are
 * printed for the build log. The real model's figures come from {@code inkwell load} against {@code inkwell
 * serve}.
 */
class LoadE2ETest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TextMix MIX = TextMix.parse("word:2,sentence:2,paragraph:1");
    private static final double MB = 1024.0 * 1024.0;
    /**
     * A CI bound, not the target: the target is 3 s, but on a 2-core machine shared with a training job and
     * other builds the JVM and ND4J's native libraries alone can take longer. The measured figure is printed.
     */
    private static final long STARTUP_BOUND_MILLIS = 10_000;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static LoadSettings load(RunningServer server, int clients, Duration duration, long seed) {
        return new LoadSettings(URI.create(server.url()), clients, duration, Long.MAX_VALUE, MIX,
                Duration.ofMillis(50), Duration.ofSeconds(90), Duration.ofMillis(250), seed);
    }

    private JsonNode health(RunningServer server) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + "health"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private long liveHeap(RunningServer server) throws IOException, InterruptedException {
        server.collectGarbage();
        return HealthReading.of(health(server)).heapUsed();
    }

    private void assertStillServing(RunningServer server) throws IOException, InterruptedException {
        assertTrue(server.isAlive(), server.log());
        assertEquals("ok", health(server).path("status").asText());
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/write"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"after the load\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
    }

    @Test
    void answersHealthSoonAfterStart() throws Exception {
        long start = System.nanoTime();
        try (RunningServer server = RunningServer.start()) {
            JsonNode health = null;
            while (health == null) {
                try {
                    health = health(server);
                } catch (ConnectException e) {
                    Thread.sleep(10);
                }
            }
            long readyMillis = (System.nanoTime() - start) / 1_000_000;
            long warmStart = System.nanoTime();
            while (!health.path("process").path("warmedUp").asBoolean()
                    && System.nanoTime() - warmStart < Duration.ofSeconds(30).toNanos()) {
                Thread.sleep(20);
                health = health(server);
            }
            JsonNode process = health.path("process");
            System.out.printf("startup (tiny model): first 200 on /health %d ms after the process was started;"
                            + " the JVM was listening after %d ms of uptime; warm-up took %d ms%n", readyMillis,
                    process.path("readyAfterMillis").asLong(), process.path("warmUpMillis").asLong());
            assertTrue(process.path("warmedUp").asBoolean(), "the warm-up did not end: " + health);
            assertTrue(readyMillis < STARTUP_BOUND_MILLIS, "ready after " + readyMillis + " ms");
        }
    }

    @Test
    void sixteenClientsGetEveryPageAndMemoryStaysFlat() throws Exception {
        // A queue long enough for every client: nothing is refused, so every answer must be a page.
        try (RunningServer server = RunningServer.startWithFixedHeap("--queue", "16")) {
            // The first seconds compile code (resident size rises by some 25 MB over about 20 s); not judged.
            LoadGenerator.run(load(server, 16, Duration.ofSeconds(10), 1_000_000));
            long liveBefore = liveHeap(server);
            LoadResult result = LoadGenerator.run(load(server, 16, Duration.ofSeconds(20), 1));
            long liveAfter = liveHeap(server);
            String report = LoadReport.format(result) + String.format(
                    "heap after a full collection: %.1f MB before the judged run, %.1f MB after%n",
                    liveBefore / MB, liveAfter / MB);
            System.out.print("16 clients, tiny model, --workers 2 --queue 16:\n" + report);
            assertEquals(0, result.failures(), report);
            assertEquals(0, result.turnedAway(), report);
            assertTrue(result.writtenCount() >= 16, report);
            // Heap used between collections depends on when the collector runs, which a busy machine shifts; what
            // is live after a full collection does not.
            assertTrue(liveAfter - liveBefore <= 8 * MB, "heap grew\n" + report);
            MemoryTrend memory = result.memory().orElseThrow(() -> new AssertionError("no memory figures\n" + report));
            // Native buffers and compiled code still settle in the first minute, hence the room; the long soak
            // (bench/soak.sh) is the finer check.
            assertTrue(memory.offHeap().growth() <= 32 * MB, "off-heap grew\n" + report);
            assertStillServing(server);
        }
    }

    @Test
    void overloadIsTurnedAwayAtOnceAndTheServerRecovers() throws Exception {
        try (RunningServer server = RunningServer.start("--workers", "1", "--queue", "1")) {
            LoadResult result = LoadGenerator.run(load(server, 16, Duration.ofSeconds(8), 1));
            String report = LoadReport.format(result);
            System.out.print("16 clients, tiny model, --workers 1 --queue 1:\n" + report);
            assertEquals(0, result.failures(), report);
            assertTrue(result.turnedAway() > 0 && result.writtenCount() > 0, report);
            assertEquals(0, result.turnedAwayWithoutRetryAfter(), report);
            // Under 100 ms is the aim; the worst case is looser, since this machine also runs the test's 16 clients.
            assertTrue(result.turnedAwayTimes().p95() < 100, "refusals were slow\n" + report);
            assertTrue(result.turnedAwayTimes().max() < 1000, "a refusal waited for a page\n" + report);
            assertStillServing(server);
        }
    }

    @Test
    void loadCommandReportsOnARunningServer() throws Exception {
        RunningServer server = RunningServer.shared();
        InkwellJar.Result run = InkwellJar.run("load", "--url", server.url(), "--clients", "2", "--requests", "6",
                "--duration", "60");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains(": 6 written"), run.out());
        assertTrue(run.out().contains("p95") && run.out().contains("heap used"), run.out());
    }
}
