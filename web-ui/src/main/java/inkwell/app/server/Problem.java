package inkwell.app.server;

import java.util.HashMap;
import java.util.Map;

/**
 * An error answer in the problem-details form of RFC 7807: {@code type} names the kind of problem (a URN, one
 * per kind, listed in the README), {@code title} says it in words, {@code detail} says what was wrong with this
 * request. Extra headers go with it (Retry-After when the server is busy).
 */
public record Problem(int status, String type, String title, String detail, Map<String, String> headers) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String URN = "urn:inkwell:problem:";

    public Problem {
        headers = Map.copyOf(headers);
    }

    public static Problem of(int status, String kind, String title, String detail) {
        return new Problem(status, URN + kind, title, detail, Map.of());
    }

    public Problem withHeader(String name, String value) {
        Map<String, String> h = new HashMap<>(headers);
        h.put(name, value);
        return new Problem(status, type, title, detail, h);
    }

    public static Problem badRequest(String kind, String detail) {
        return of(400, kind, "The request cannot be written", detail);
    }
}
