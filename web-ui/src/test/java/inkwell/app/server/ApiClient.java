package inkwell.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small HTTP client for one server, with the checks every problem answer must pass. */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> post(String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> postJson(String path, String json) throws IOException, InterruptedException {
        return post(path, "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    /** Checks the answer is an RFC 7807 problem with this status and kind; returns its detail. */
    static String problem(HttpResponse<byte[]> response, int status, String kind) throws IOException {
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(status, response.statusCode(), body);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("")
                .split(";")[0], body);
        JsonNode problem = JSON.readTree(body);
        assertEquals("urn:inkwell:problem:" + kind, problem.path("type").asText(), body);
        assertEquals(status, problem.path("status").asInt(), body);
        assertTrue(problem.path("title").isTextual() && !problem.path("title").asText().isEmpty(), body);
        assertTrue(problem.path("detail").isTextual() && !problem.path("detail").asText().isEmpty(), body);
        return problem.path("detail").asText();
    }
}
