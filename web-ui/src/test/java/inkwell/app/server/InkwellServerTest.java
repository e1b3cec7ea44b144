package inkwell.app.server;

import inkwell.app.TinyModel;
import inkwell.app.writing.PageSynthesiser;
import inkwell.app.writing.StyleLibrary;
import inkwell.data.DefaultModel;
import inkwell.ink.Ink;
import inkwell.ink.format.InkJson;
import inkwell.ink.format.InkMlReader;
import inkwell.ink.format.SecureXml;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

import static inkwell.app.server.ApiClient.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP API against a real server on a free port, with a tiny model and the test style. */
class InkwellServerTest {
    private static InkwellServer server;
    private static ApiClient api;

    @BeforeAll
    static void start() throws IOException {
        InkwellServer.Settings settings = new InkwellServer.Settings("127.0.0.1", 0, 2, 4, Duration.ofSeconds(60),
                RequestLimits.DEFAULT);
        server = InkwellServer.start(new PageSynthesiser(TinyModel.get()),
                StyleLibrary.fromClasspath(InkwellServerTest.class.getClassLoader()), settings);
        api = new ApiClient(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Whatever a test sent, the server must still answer. */
    @AfterEach
    void stillServing() throws Exception {
        assertEquals(200, api.get("/health").statusCode());
    }

    private static String str(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static Document svg(HttpResponse<byte[]> response) throws IOException {
        assertEquals(200, response.statusCode(), str(response));
        assertEquals("image/svg+xml", response.headers().firstValue("Content-Type").orElse(""));
        Document doc = SecureXml.parse(new ByteArrayInputStream(response.body()), "answer");
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        return doc;
    }

    // ---- what works ----

    @Test
    void servesThePageAndItsAssetsWithAStrictPolicy() throws Exception {
        HttpResponse<byte[]> page = api.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(str(page).contains("<textarea id=\"text\""));
        // the page's legibility slider starts where the API's default is
        String bias = String.valueOf(DefaultModel.WRITING_BIAS);
        assertTrue(str(page).contains("value=\"" + bias + "\"") && str(page).contains(">" + bias + "</output>"),
                "the page's bias slider does not start at " + bias);
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'self'") && policy.contains("script-src 'self'"), policy);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        HttpResponse<byte[]> script = api.get("/app.js");
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").contains("javascript"));
        HttpResponse<byte[]> css = api.get("/app.css");
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        for (String asset : new String[]{str(page), str(script), str(css)}) {
            assertFalse(asset.contains("http://") || asset.contains("https://") || asset.contains("//cdn"),
                    "the page must load nothing from elsewhere");
        }
    }

    @Test
    void healthSummarisesTheModelWithoutTheTrainingCommand() throws Exception {
        HttpResponse<byte[]> response = api.get("/health");
        JsonNode health = ApiClient.JSON.readTree(response.body());
        assertEquals("ok", health.path("status").asText());
        assertEquals(3, health.path("model").path("layers").asInt());
        assertEquals(32, health.path("model").path("hidden").asInt());
        assertEquals("0", health.path("model").path("provenance").path("training.steps").asText());
        assertTrue(health.path("model").path("provenance").path("command").isMissingNode());
        assertEquals(2, health.path("sampling").path("workers").asInt());
        assertEquals(500, health.path("limits").path("textCharacters").asInt());
    }

    @Test
    void listsTheStyles() throws Exception {
        JsonNode styles = ApiClient.JSON.readTree(api.get("/api/styles").body()).path("styles");
        assertEquals("none", styles.get(0).path("name").asText());
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        styles.forEach(st -> texts.put(st.path("name").asText(), st.path("text").asText()));
        assertEquals("il", texts.get("test-hand"));
        assertEquals("a quick note to say hello", texts.get("neat"));
    }

    @Test
    void writesSvgWithStrokesInTheChosenColour() throws Exception {
        Document doc = svg(api.postJson("/api/write",
                "{\"text\":\"Hello there\",\"seed\":4,\"colour\":\"#336699\","
                + "\"strokeWidth\":2.5,\"align\":\"center\"}"));
        assertTrue(doc.getElementsByTagNameNS("*", "path").getLength() > 0);
        String xml = new String(api.postJson("/api/write", "{\"text\":\"Hello there\",\"seed\":4,"
                + "\"colour\":\"#336699\",\"strokeWidth\":2.5,\"align\":\"center\"}").body(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("stroke=\"#336699\"") && xml.contains("stroke-width=\"2.5\""), xml);
    }

    @Test
    void writesPngJsonAndInkMlOnRequest() throws Exception {
        String body = "{\"text\":\"Hi\",\"seed\":9}";
        HttpResponse<byte[]> png = api.postJson("/api/write?format=png", body);
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(png.body())));
        HttpResponse<byte[]> json = api.postJson("/api/write?format=json", body);
        Ink ink = new InkJson().read(str(json));
        assertEquals("Hi", ink.text());
        assertFalse(ink.isEmpty());
        HttpResponse<byte[]> inkml = api.postJson("/api/write?format=inkml", body);
        try (InputStream in = new ByteArrayInputStream(inkml.body())) {
            assertEquals(ink.pointCount(), InkMlReader.read(in, "answer").pointCount());
        }
    }

    @Test
    void writesInAShippedStyleAndInADrawnOne() throws Exception {
        svg(api.postJson("/api/write", "{\"text\":\"lil\",\"style\":\"test-hand\"}"));
        String circle = IntStream.rangeClosed(0, 40).mapToObj(i -> "[" + (100 + 40 * Math.cos(i * Math.PI / 20))
                + "," + (80 + 40 * Math.sin(i * Math.PI / 20)) + "]").collect(Collectors.joining(","));
        svg(api.postJson("/api/write", "{\"text\":\"ooh\",\"prime\":{\"text\":\"o\",\"strokes\":[[" + circle + "]]}}"));
    }

    @Test
    void drawsTheAttention() throws Exception {
        Document doc = svg(api.postJson("/api/attention", "{\"text\":\"abc\",\"seed\":2}"));
        assertEquals(1, doc.getElementsByTagNameNS("*", "image").getLength());
    }

    // ---- every kind of bad request: a 4xx problem, never a 5xx ----

    @Test
    void emptyOrMissingText() throws Exception {
        problem(api.postJson("/api/write", "{\"text\":\"\"}"), 400, "text-empty");
        problem(api.postJson("/api/write", "{\"text\":\" \\n\\t \"}"), 400, "text-empty");
        assertTrue(problem(api.postJson("/api/write", "{}"), 400, "invalid-field").contains("text is required"));
        problem(api.postJson("/api/write", "{\"text\":42}"), 400, "invalid-field");
    }

    @Test
    void textTooLong() throws Exception {
        String detail = problem(api.postJson("/api/write", "{\"text\":\"" + "a".repeat(501) + "\"}"), 400,
                "text-too-long");
        assertTrue(detail.contains("501") && detail.contains("500"), detail);
    }

    @Test
    void unsupportedCharactersAreNamed() throws Exception {
        String detail = problem(api.postJson("/api/write", "{\"text\":\"snow ☃ and 😀\\u0007\"}"), 400,
                "unsupported-characters");
        assertTrue(detail.contains("'☃' (U+2603)") && detail.contains("'😀' (U+1F600)")
                && detail.contains("U+0007"), detail);
        problem(api.postJson("/api/attention", "{\"text\":\"☃\"}"), 400, "unsupported-characters");
    }

    @Test
    void unicodeHeavyTextNamesEachCharacterOnce() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 250; i++) {
            text.appendCodePoint(0x4E00 + i % 50).appendCodePoint(0x1F600 + i % 10);
        }
        String detail = problem(api.postJson("/api/write", "{\"text\":\"" + text + "\"}"), 400,
                "unsupported-characters");
        assertEquals(60, detail.split("\\(U\\+").length - 1, detail);
    }

    @Test
    void markupInTheTextIsWrittenAsTextNeverAsMarkup() throws Exception {
        String xml = str(api.postJson("/api/write", "{\"text\":\"<script>alert('x')</script> & <b>\"}"));
        assertTrue(xml.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;"), xml);
        assertFalse(xml.contains("<script") || xml.contains("<b>"), xml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.5", "10.01", "1e999", "-1e999", "\"1\"", "true", "[1]"})
    void biasOutOfRangeOrNotANumber(String bias) throws Exception {
        String detail = problem(api.postJson("/api/write", "{\"text\":\"a\",\"bias\":" + bias + "}"), 400,
                "invalid-field");
        assertTrue(detail.startsWith("bias "), detail);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "9", "1.5", "\"2\""})
    void takesOutOfRangeOrNotAWholeNumber(String takes) throws Exception {
        String detail = problem(api.postJson("/api/write", "{\"text\":\"a\",\"takes\":" + takes + "}"), 400,
                "invalid-field");
        assertTrue(detail.startsWith("takes "), detail);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "+1", ".5", "0x10"})
    void nonJsonNumbersAreMalformedJson(String value) throws Exception {
        problem(api.postJson("/api/write", "{\"text\":\"a\",\"bias\":" + value + "}"), 400, "malformed-json");
    }

    @Test
    void otherNumbersOutOfRange() throws Exception {
        problem(api.postJson("/api/write", "{\"text\":\"a\",\"seed\":1.5}"), 400, "invalid-field");
        problem(api.postJson("/api/write", "{\"text\":\"a\",\"seed\":99999999999999999999}"), 400, "invalid-field");
        problem(api.postJson("/api/write", "{\"text\":\"a\",\"width\":1000}"), 400, "invalid-field");
        problem(api.postJson("/api/write", "{\"text\":\"a\",\"width\":4}"), 400, "invalid-field");
        problem(api.postJson("/api/write", "{\"text\":\"a\",\"strokeWidth\":0}"), 400, "invalid-field");
        problem(api.postJson("/api/write", "{\"text\":\"a\",\"lineHeight\":1e6}"), 400, "invalid-field");
        problem(api.postJson("/api/write", "{\"text\":\"a\",\"align\":\"justify\"}"), 400, "invalid-field");
        problem(api.postJson("/api/write?format=gif", "{\"text\":\"a\"}"), 400, "invalid-field");
    }

    @Test
    void wrongOrMissingContentType() throws Exception {
        String body = "{\"text\":\"a\"}";
        problem(api.post("/api/write", "text/plain", HttpRequest.BodyPublishers.ofString(body)), 415,
                "unsupported-media-type");
        problem(api.post("/api/write", "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(
                "text=a")), 415, "unsupported-media-type");
        problem(api.post("/api/write", null, HttpRequest.BodyPublishers.ofString(body)), 415,
                "unsupported-media-type");
        svg(api.post("/api/write", "application/json; charset=utf-8", HttpRequest.BodyPublishers.ofString(body)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"text\":\"a\",}", "[]", "null", "\"text\"", "{\"text\":\"a\"} {}",
            "{\"text\":\"a\",\"text\":\"b\"}", "{'text':'a'}", "{\"text\":\"a\" /* note */}", "\u0000"})
    void malformedJson(String body) throws Exception {
        HttpResponse<byte[]> response = api.postJson("/api/write", body);
        assertEquals(400, response.statusCode(), str(response));
        String type = ApiClient.JSON.readTree(response.body()).path("type").asText();
        assertTrue(type.endsWith("malformed-json") || type.endsWith("invalid-field"), type);
    }

    @Test
    void deeplyNestedJson() throws Exception {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        problem(api.postJson("/api/write", deep), 400, "malformed-json");
        problem(api.postJson("/api/write", "{\"text\":\"a\",\"prime\":{\"text\":\"a\",\"strokes\":[[[[[1]]]]]}}"), 400,
                "malformed-json");
    }

    @Test
    void unknownFieldsAreNamed() throws Exception {
        String detail = problem(api.postJson("/api/write", "{\"text\":\"a\",\"color\":\"red\"}"), 400,
                "invalid-field");
        assertTrue(detail.startsWith("color is not a known field"), detail);
    }

    @Test
    void oversizedBodies() throws Exception {
        String big = "{\"text\":\"" + "a".repeat(300_000) + "\"}";
        problem(api.postJson("/api/write", big), 413, "body-too-large");
        // Without a declared length (chunked), the limit holds while reading.
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        problem(api.post("/api/write", "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))), 413,
                "body-too-large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"red\\\"/><script>alert(1)</script>", "url(javascript:alert(1))", "#12345g",
            "black; stroke:url(#x)", "expression(alert(1))", "", "#1234567", "Red"})
    void coloursThatCouldInjectMarkupOrCss(String colour) throws Exception {
        String detail = problem(api.postJson("/api/write", "{\"text\":\"a\",\"colour\":\"" + colour + "\"}"), 400,
                "invalid-colour");
        assertFalse(detail.contains("<script"), detail);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..", "/etc/passwd", "test-hand/../index", "Test-Hand", "a b",
            "%2e%2e%2f", "test-hand.json", "c:\\\\windows"})
    void styleNamesThatCouldTraversePaths(String style) throws Exception {
        problem(api.postJson("/api/write", "{\"text\":\"a\",\"style\":\"" + style + "\"}"), 400, "invalid-style");
    }

    @Test
    void unknownStyleNamesTheAvailableOnes() throws Exception {
        String detail = problem(api.postJson("/api/write", "{\"text\":\"a\",\"style\":\"gothic\"}"), 400,
                "unknown-style");
        assertTrue(detail.contains("none, ") && detail.contains("test-hand"), detail);
    }

    @Test
    void primesWithNoOneOrTooManyPoints() throws Exception {
        problem(api.postJson("/api/write", prime("\"strokes\":[]")), 400, "prime-too-small");
        problem(api.postJson("/api/write", prime("\"strokes\":[[[1,2]]]")), 400, "prime-too-small");
        problem(api.postJson("/api/write", prime("\"strokes\":[[]]")), 400, "invalid-field");
        String many = "[" + IntStream.range(0, 5001).mapToObj(i -> "[" + i + ",1]").collect(Collectors.joining(","))
                + "]";
        problem(api.postJson("/api/write", prime("\"strokes\":[" + many + "]")), 400, "prime-too-large");
        String million = "[" + String.join(",", Collections.nCopies(1_000_000, "[1,2]")) + "]";
        problem(api.postJson("/api/write", prime("\"strokes\":[" + million + "]")), 413, "body-too-large");
    }

    @Test
    void primesWithCoordinatesThatAreNotFiniteNumbers() throws Exception {
        problem(api.postJson("/api/write", prime("\"strokes\":[[[1,2],[NaN,3]]]")), 400, "malformed-json");
        problem(api.postJson("/api/write", prime("\"strokes\":[[[1,2],[1e999,3]]]")), 400, "invalid-field");
        problem(api.postJson("/api/write", prime("\"strokes\":[[[1,2],[\"3\",3]]]")), 400, "invalid-field");
        problem(api.postJson("/api/write", prime("\"strokes\":[[[1,2],[3,3,0.5]]]")), 400, "invalid-field");
        problem(api.postJson("/api/write", prime("\"strokes\":[[[1,2],[null,3]]]")), 400, "invalid-field");
    }

    @Test
    void primesWithoutUsableTextOrMovement() throws Exception {
        problem(api.postJson("/api/write", "{\"text\":\"a\",\"prime\":{\"text\":\"\",\"strokes\":[[[1,2],[3,4]]]}}"),
                400, "invalid-field");
        problem(api.postJson("/api/write", "{\"text\":\"a\",\"prime\":{\"text\":\"☃\",\"strokes\":[[[1,2],[3,4]]]}}"),
                400, "unsupported-characters");
        problem(api.postJson("/api/write", prime("\"strokes\":[[[5,5],[5,5]]]")), 400, "invalid-prime");
        problem(api.postJson("/api/write", "{\"text\":\"a\",\"style\":\"test-hand\",\"prime\":{\"text\":\"ab\","
                + "\"strokes\":[[[1,2],[3,4]]]}}"), 400, "invalid-field");
        problem(api.postJson("/api/write", "{\"text\":\"a\",\"prime\":[1,2]}"), 400, "invalid-field");
    }

    @Test
    void unknownPathsAndMethods() throws Exception {
        problem(api.get("/nothing-here"), 404, "not-found");
        problem(api.get("/api/write"), 405, "method-not-allowed");
        // Jetty itself refuses a path that climbs above the root, in the same problem form.
        problem(api.get("/../../etc/passwd"), 400, "http");
    }

    private static String prime(String strokes) {
        return "{\"text\":\"a\",\"prime\":{\"text\":\"ab\"," + strokes + "}}";
    }

    @Test
    void manyBadRequestsInARowLeaveTheServerWorking() throws Exception {
        for (String body : Arrays.asList("{", "{\"text\":\"☃\"}", "{\"text\":\"a\",\"bias\":NaN}", "[]")) {
            assertEquals(400, api.postJson("/api/write", body).statusCode());
        }
        svg(api.postJson("/api/write", "{\"text\":\"still here\"}"));
    }
}
