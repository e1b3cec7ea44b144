package inkwell.app.server;

import inkwell.app.writing.Align;
import inkwell.app.writing.Layout;
import inkwell.app.writing.LayoutOptions;
import inkwell.app.writing.PageSynthesiser;
import inkwell.app.writing.StyleLibrary;
import inkwell.data.DefaultModel;
import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import inkwell.ink.format.SvgStyle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the JSON body of {@code POST /api/write} and {@code /api/attention} into a {@link WriteSpec}, refusing with
 * a problem that names the field anything it would not write: malformed JSON, NaN or Infinity, unknown or
 * duplicate fields, wrong types, numbers out of range, colours other than #rgb, #rrggbb or a few names, style names
 * outside [a-z0-9-], and drawn styles that are empty, too big or not finite. The body's size has been checked
 * before it gets here.
 */
public final class WriteRequestParser {
    static final double DEFAULT_STROKE_WIDTH = 1.5;
    static final double MAX_STROKE_WIDTH = 20;
    /**
     * The API writes one take of each line unless asked for more (the page asks for
     * {@link PageSynthesiser#DEFAULT_TAKES}): its clients get the quick answer the load test holds it to.
     */
    static final int API_TAKES = 1;
    private static final Set<String> FIELDS = Set.of("text", "style", "bias", "seed", "takes", "strokeWidth", "colour",
            "align", "width", "lineHeight", "prime");
    private static final Set<String> PRIME_FIELDS = Set.of("text", "strokes");
    /** A valid body nests 5 deep (body, prime, strokes, stroke, point). */
    private static final int MAX_NESTING = 6;

    private final RequestLimits limits;
    private final ObjectMapper json;

    public WriteRequestParser(RequestLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxNumberLength(100)
                        .maxStringLength(limits.maxBodyBytes())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.json = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public WriteSpec parse(byte[] body) {
        JsonNode root = readTree(body);
        if (root == null || !root.isObject()) {
            throw invalid("body", "must be a JSON object such as {\"text\": \"Hello\"}");
        }
        requireKnownFields(root, FIELDS, "");
        String text = requiredString(root, "text");
        if (text.isBlank()) {
            throw new ProblemException(Problem.badRequest("text-empty", "text is empty; there is nothing to write"));
        }
        if (text.codePointCount(0, text.length()) > limits.maxTextCharacters()) {
            throw new ProblemException(Problem.badRequest("text-too-long", "text has "
                    + text.codePointCount(0, text.length()) + " characters; at most " + limits.maxTextCharacters()
                    + " can be written in one request"));
        }
        String style = optionalString(root, "style", StyleLibrary.NONE);
        if (!style.equals(StyleLibrary.NONE) && !style.isEmpty()) {
            try {
                StyleLibrary.requireValidName(style);
            } catch (IllegalArgumentException e) {
                throw new ProblemException(Problem.badRequest("invalid-style", "style: " + e.getMessage()));
            }
        }
        double bias = number(root, "bias", DefaultModel.WRITING_BIAS, 0, 10);
        long seed = integer(root, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        int takes = (int) integer(root, "takes", API_TAKES, 1, PageSynthesiser.MAX_TAKES);
        double strokeWidth = number(root, "strokeWidth", DEFAULT_STROKE_WIDTH, 0.1, MAX_STROKE_WIDTH);
        String colour = optionalString(root, "colour", "black");
        Align align;
        try {
            align = Align.parse(optionalString(root, "align", "left"));
        } catch (IllegalArgumentException e) {
            throw invalid("align", "must be one of " + Align.allowed());
        }
        int width = (int) integer(root, "width", Math.min(LayoutOptions.DEFAULT.widthCharacters(),
                limits.maxWidthCharacters()), LayoutOptions.MIN_WIDTH, limits.maxWidthCharacters());
        double lineHeight = number(root, "lineHeight", LayoutOptions.DEFAULT.lineHeight(),
                LayoutOptions.MIN_LINE_HEIGHT, LayoutOptions.MAX_LINE_HEIGHT);
        SvgStyle drawing;
        try {
            drawing = new SvgStyle(strokeWidth, colour, 2 * Layout.X_HEIGHT, true);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.badRequest("invalid-colour", "colour must be #rgb, #rrggbb or one"
                    + " of " + String.join(", ", SvgStyle.NAMED_COLOURS)));
        }
        Ink prime = root.has("prime") && !root.get("prime").isNull() ? prime(root.get("prime")) : null;
        if (prime != null && !style.equals(StyleLibrary.NONE) && !style.isEmpty()) {
            throw invalid("style", "cannot be combined with a drawn prime; send one or the other");
        }
        return new WriteSpec(text, prime == null ? style : StyleLibrary.NONE, bias, seed, takes,
                new LayoutOptions(width, lineHeight, align), drawing, prime);
    }

    private JsonNode readTree(byte[] body) {
        if (body.length == 0) {
            throw new ProblemException(Problem.badRequest("malformed-json", "the body is empty; send a JSON object"
                    + " such as {\"text\": \"Hello\"}"));
        }
        try {
            JsonNode root = json.readTree(body);
            return root == null || root.isMissingNode() ? null : root;
        } catch (StreamConstraintsException e) {
            throw new ProblemException(Problem.badRequest("malformed-json", "the JSON is nested too deeply or holds"
                    + " an over-long value: " + e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage();
            if (detail.startsWith("Non-standard token")) {
                detail = "NaN and Infinity are not JSON numbers; send finite numbers";
            }
            throw new ProblemException(Problem.badRequest("malformed-json", "not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + firstLine(detail)));
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }

    private Ink prime(JsonNode node) {
        if (!node.isObject()) {
            throw invalid("prime", "must be an object {\"text\": ..., \"strokes\": [[[x, y], ...], ...]}");
        }
        requireKnownFields(node, PRIME_FIELDS, "prime.");
        String text = requiredString(node, "text", "prime.text");
        if (text.isBlank()) {
            throw invalid("prime.text", "is empty; say what the drawing says");
        }
        if (text.codePointCount(0, text.length()) > limits.maxPrimeCharacters()) {
            throw invalid("prime.text", "has more than " + limits.maxPrimeCharacters() + " characters");
        }
        JsonNode strokes = node.get("strokes");
        if (strokes == null || !strokes.isArray()) {
            throw invalid("prime.strokes", "must be an array of strokes, each an array of [x, y] points");
        }
        List<Stroke> out = new ArrayList<>();
        int points = 0;
        for (int s = 0; s < strokes.size(); s++) {
            JsonNode stroke = strokes.get(s);
            String path = "prime.strokes[" + s + "]";
            if (!stroke.isArray() || stroke.isEmpty()) {
                throw invalid(path, "must be a non-empty array of [x, y] points");
            }
            points += stroke.size();
            if (points > limits.maxPrimePoints()) {
                throw new ProblemException(Problem.badRequest("prime-too-large", "the drawn style has more than "
                        + limits.maxPrimePoints() + " points; draw less, or more slowly sampled"));
            }
            List<InkPoint> stroked = new ArrayList<>(stroke.size());
            for (int p = 0; p < stroke.size(); p++) {
                stroked.add(point(stroke.get(p), path + "[" + p + "]"));
            }
            out.add(new Stroke(stroked));
        }
        if (points < 2) {
            throw new ProblemException(Problem.badRequest("prime-too-small", "the drawn style has " + points
                    + " point" + (points == 1 ? "" : "s") + "; it needs at least 2"));
        }
        return new Ink(out, text, "");
    }

    /** A point as the page sends it, in canvas pixels with y down; returned y up as all ink in memory is. */
    private static InkPoint point(JsonNode node, String path) {
        if (!node.isArray() || node.size() != 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
            throw invalid(path, "must be a point [x, y] of two numbers");
        }
        double x = node.get(0).asDouble();
        double y = node.get(1).asDouble();
        if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > 1e6 || Math.abs(y) > 1e6) {
            throw invalid(path, "must have finite coordinates within ±1000000");
        }
        return InkPoint.of(x, -y);
    }

    private static void requireKnownFields(JsonNode node, Set<String> allowed, String prefix) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!allowed.contains(name)) {
                throw invalid(prefix + abbreviate(name), "is not a known field; known: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private static String requiredString(JsonNode node, String field) {
        return requiredString(node, field, field);
    }

    private static String requiredString(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw invalid(path, "is required");
        }
        if (!v.isTextual()) {
            throw invalid(path, "must be a string");
        }
        return v.textValue();
    }

    private static String optionalString(JsonNode node, String field, String fallback) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isTextual()) {
            throw invalid(field, "must be a string");
        }
        return v.textValue();
    }

    private static double number(JsonNode node, String field, double fallback, double min, double max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw invalid(field, "must be a finite number from " + plain(min) + " to " + plain(max));
        }
        double d = v.asDouble();
        if (d < min || d > max) {
            throw invalid(field, "is " + plain(d) + "; it must be from " + plain(min) + " to " + plain(max));
        }
        return d;
    }

    private static long integer(JsonNode node, String field, long fallback, long min, long max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw invalid(field, "must be a whole number"
                    + (min == Long.MIN_VALUE ? "" : " from " + min + " to " + max));
        }
        long n = v.asLong();
        if (n < min || n > max) {
            throw invalid(field, "is " + n + "; it must be from " + min + " to " + max);
        }
        return n;
    }

    private static ProblemException invalid(String field, String problem) {
        return new ProblemException(Problem.badRequest("invalid-field", field + " " + problem));
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
