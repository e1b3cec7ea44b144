package inkwell.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP API of the runnable jar in its own process. */
class ServerE2ETest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servesThePageTheApiAndProblems() throws Exception {
        RunningServer server = RunningServer.shared();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.url())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Inkwell"));
        JsonNode health = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(server.url() + "health")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertEquals("ok", health.path("status").asText());
        HttpResponse<String> svg = post(server.url() + "api/write", "{\"text\":\"Hello from the jar\"}");
        assertEquals(200, svg.statusCode(), svg.body());
        assertTrue(svg.body().contains("<path"), svg.body());
        HttpResponse<String> bad = post(server.url() + "api/write", "{\"text\":\"a\",\"bias\":NaN}");
        assertEquals(400, bad.statusCode());
        assertEquals("application/problem+json", bad.headers().firstValue("Content-Type").orElse(""));
        assertTrue(server.isAlive());
    }

    @Test
    void overloadIsAnsweredAtOnceWithRetryAfter() throws Exception {
        try (RunningServer server = RunningServer.start("--workers", "1", "--queue", "1")) {
            // Six requests arrive together; one page keeps the one worker busy for a second or more.
            String body = "{\"text\":\"a few words\"}";
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "api/write"))
                        .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.replace("a few", "a few" + i))).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            int ok = 0;
            int busy = 0;
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                HttpResponse<String> r = answer.get();
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    assertEquals(503, r.statusCode(), r.body());
                    assertEquals("2", r.headers().firstValue("Retry-After").orElse(""));
                    busy++;
                }
            }
            assertTrue(ok >= 1 && busy >= 1, ok + " written, " + busy + " turned away");
            assertEquals(200, post(server.url() + "api/write", "{\"text\":\"after the rush\"}").statusCode());
        }
    }
}
