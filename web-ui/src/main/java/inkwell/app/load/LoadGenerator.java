package inkwell.app.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Drives a running Inkwell server with {@code POST /api/write} from a fixed number of clients (each a thread
 * that sends its next request when its last is answered), while reading {@code GET /health} at an interval for
 * the server's memory. Bounded in time and in count (see {@link LoadSettings}).
 */
public final class LoadGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FAILURE_EXAMPLES = 5;

    private final LoadSettings settings;
    private final HttpClient http;
    private final URI write;
    private final URI health;
    private final AtomicLong issued = new AtomicLong();
    private final LongAdder sent = new LongAdder();
    private final Map<TextKind, Latencies> written = new EnumMap<>(TextKind.class);
    private final Latencies allWritten = new Latencies();
    private final Latencies turnedAwayTimes = new Latencies();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> transportErrors = new ConcurrentHashMap<>();
    private final LongAdder turnedAwayWithoutRetryAfter = new LongAdder();
    private final List<String> failureExamples = Collections.synchronizedList(new ArrayList<>());
    private final List<HealthReading> readings = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger healthFailures = new AtomicInteger();
    private long startNanos;
    private long deadlineNanos;

    private LoadGenerator(LoadSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.write = settings.base().resolve("api/write");
        this.health = settings.base().resolve("health");
        for (TextKind kind : settings.mix().kinds()) {
            written.put(kind, new Latencies());
        }
    }

    /**
     * Runs the load and returns what it saw.
     *
     * @throws IOException when the server does not answer {@code /health} before the run
     */
    public static LoadResult run(LoadSettings settings) throws IOException, InterruptedException {
        return new LoadGenerator(settings).run();
    }

    private LoadResult run() throws IOException, InterruptedException {
        startNanos = System.nanoTime();
        deadlineNanos = startNanos + settings.duration().toNanos();
        readings.add(readHealth());
        ScheduledExecutorService healthReader = Executors.newSingleThreadScheduledExecutor(daemon("load-health"));
        long interval = settings.healthInterval().toMillis();
        healthReader.scheduleAtFixedRate(this::sampleHealth, interval, interval, TimeUnit.MILLISECONDS);
        ExecutorService clients = Executors.newFixedThreadPool(settings.clients(), daemon("load-client"));
        for (int c = 0; c < settings.clients(); c++) {
            clients.execute(this::sendUntilDone);
        }
        clients.shutdown();
        long grace = settings.requestTimeout().plus(settings.backoff()).plusSeconds(5).toNanos();
        boolean stopped = clients.awaitTermination(deadlineNanos + grace - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (!stopped) {
            clients.shutdownNow();
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        healthReader.shutdownNow();
        healthReader.awaitTermination(10, TimeUnit.SECONDS);
        sampleHealth();
        Map<TextKind, Latencies.Summary> byKind = new EnumMap<>(TextKind.class);
        written.forEach((kind, latencies) -> byKind.put(kind, latencies.summary()));
        Latencies.Summary away = turnedAwayTimes.summary();
        return new LoadResult(settings, seconds, sent.sum(),
                counts(statuses), counts(transportErrors), away.count(), turnedAwayWithoutRetryAfter.sum(), byKind,
                allWritten.summary(), away, List.copyOf(readings), healthFailures.get(),
                List.copyOf(failureExamples), stopped);
    }

    /** One client: requests one after the other until the time or the count runs out. */
    private void sendUntilDone() {
        while (!Thread.currentThread().isInterrupted() && System.nanoTime() < deadlineNanos) {
            long n = issued.getAndIncrement();
            if (n >= settings.maxRequests()) {
                return;
            }
            TextKind kind = settings.mix().kind(n);
            boolean pause;
            try {
                pause = send(kind, kind.text(n), settings.seed() + n);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (pause && !settings.backoff().isZero()) {
                try {
                    Thread.sleep(settings.backoff().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Sends one page request and records the answer; true when the client should pause before the next. */
    private boolean send(TextKind kind, String text, long seed) throws InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("text", text).put("seed", seed);
        HttpRequest request = HttpRequest.newBuilder(write).timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        sent.increment();
        long start = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            transportErrors.computeIfAbsent(e.getClass().getSimpleName(), k -> new LongAdder()).increment();
            example("no answer: " + e);
            return true;
        }
        long elapsed = System.nanoTime() - start;
        int status = response.statusCode();
        statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
        if (status == 200) {
            written.get(kind).add(elapsed);
            allWritten.add(elapsed);
            return false;
        }
        String problem = problemKind(response.body());
        if (status == 429 || (status == 503 && problem.equals("busy"))) {
            turnedAwayTimes.add(elapsed);
            if (response.headers().firstValue("Retry-After").isEmpty()) {
                turnedAwayWithoutRetryAfter.increment();
                example(status + " " + problem + " without Retry-After");
            }
            return true;
        }
        example(status + " " + problem + " for " + kind.label() + ": "
                + abbreviate(new String(response.body(), StandardCharsets.UTF_8)));
        return true;
    }

    /** The last part of a problem answer's type ({@code urn:inkwell:problem:busy} is "busy"), or "". */
    private static String problemKind(byte[] body) {
        try {
            String type = JSON.readTree(body).path("type").asText("");
            return type.substring(type.lastIndexOf(':') + 1);
        } catch (IOException e) {
            return "";
        }
    }

    private void sampleHealth() {
        try {
            readings.add(readHealth());
        } catch (IOException e) {
            healthFailures.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private HealthReading readHealth() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(health + " answered " + response.statusCode());
        }
        JsonNode body = JSON.readTree(response.body());
        return HealthReading.of(body);
    }

    private void example(String failure) {
        synchronized (failureExamples) {
            if (failureExamples.size() < FAILURE_EXAMPLES) {
                failureExamples.add(failure);
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }

    private static <K> Map<K, Long> counts(Map<K, LongAdder> adders) {
        Map<K, Long> counts = new TreeMap<>();
        adders.forEach((k, v) -> counts.put(k, v.sum()));
        return counts;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
