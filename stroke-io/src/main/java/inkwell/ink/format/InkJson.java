package inkwell.ink.format;

import inkwell.ink.Ink;
import inkwell.ink.InkFormatException;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Inkwell's own JSON form of one ink, described in docs/formats.md:
 * {@code {"format":"inkwell-ink","version":1,"text":"...","writer":"...","strokes":[[[x,y],[x,y,t],...],...]}}.
 * <p>
 * The reader walks the token stream itself rather than binding to objects, so that every limit (point count,
 * string length, nesting) is enforced while reading, before a hostile document can fill memory, and so that each
 * error can say which value was wrong and where.
 */
public final class InkJson {
    public static final String FORMAT = "inkwell-ink";
    public static final int VERSION = 1;
    public static final int DEFAULT_MAX_POINTS = 1_000_000;
    /** Longest text or writer accepted; far beyond any line of handwriting. */
    public static final int MAX_STRING_CHARS = 100_000;
    /** A valid document nests 4 deep (object, strokes, stroke, point); a little slack, then refuse. */
    private static final int MAX_NESTING_DEPTH = 8;
    /** Digits in one number; a double needs about 25. */
    private static final int MAX_NUMBER_CHARS = 100;
    private static final String FIELDS = "format, version, text, writer, strokes";

    private final int maxPoints;
    private final JsonFactory factory;

    public InkJson() {
        this(DEFAULT_MAX_POINTS);
    }

    /** A reader that refuses documents with more than {@code maxPoints} points in all. */
    public InkJson(int maxPoints) {
        if (maxPoints < 1) {
            throw new IllegalArgumentException("maxPoints must be at least 1, got " + maxPoints);
        }
        this.maxPoints = maxPoints;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNumberLength(MAX_NUMBER_CHARS)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
    }

    public Ink read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    public Ink read(String json) throws InkFormatException {
        try {
            return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "JSON text");
        } catch (InkFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }

    public Ink read(InputStream in, String source) throws IOException {
        try (JsonParser parser = factory.createParser(in)) {
            return new DocumentReader(parser, source).document();
        } catch (StreamConstraintsException e) {
            throw new InkFormatException(source + ": " + e.getOriginalMessage() + at(e.getLocation())
                    + "; an " + FORMAT + " document nests 4 levels deep, numbers have at most " + MAX_NUMBER_CHARS
                    + " characters and strings at most " + MAX_STRING_CHARS, e);
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage();
            if (detail.startsWith("Non-standard token")) {
                // Jackson suggests enabling a parser feature; what a writer of the file needs to hear is this.
                detail = "NaN and Infinity are not JSON numbers; coordinates must be finite numbers";
            }
            throw new InkFormatException(source + ": not valid JSON" + at(e.getLocation()) + ": " + detail, e);
        } catch (CharConversionException e) {
            // bytes that look like UTF-16 or UTF-32 but are not (Jackson's decoders throw this, not a parse error)
            throw new InkFormatException(source + ": not valid JSON: not UTF-8, UTF-16 or UTF-32 text: "
                    + e.getMessage(), e);
        }
    }

    public String toJson(Ink ink) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(ink, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public void write(Ink ink, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(ink, out);
        }
    }

    /**
     * Writes UTF-8 JSON. Empty strokes are not written (they carry no ink and the reader refuses them); a time
     * is written only for points that have one. Throws IllegalArgumentException for what the reader would
     * refuse: an infinite time, or a text or writer longer than {@link #MAX_STRING_CHARS}.
     */
    public void write(Ink ink, OutputStream out) throws IOException {
        requireShortEnough(ink.text(), "text");
        requireShortEnough(ink.writer(), "writer");
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeStringField("text", ink.text());
            json.writeStringField("writer", ink.writer());
            json.writeArrayFieldStart("strokes");
            for (Stroke stroke : ink.strokes()) {
                if (stroke.isEmpty()) {
                    continue;
                }
                json.writeStartArray();
                for (InkPoint p : stroke.points()) {
                    json.writeStartArray();
                    json.writeNumber(p.x());
                    json.writeNumber(p.y());
                    if (p.hasTime()) {
                        if (Double.isInfinite(p.t())) {
                            throw new IllegalArgumentException("point time " + p.t() + " is not finite");
                        }
                        json.writeNumber(p.t());
                    }
                    json.writeEndArray();
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void requireShortEnough(String value, String field) {
        if (value.length() > MAX_STRING_CHARS) {
            throw new IllegalArgumentException(field + " has " + value.length() + " characters; at most "
                    + MAX_STRING_CHARS + " can be written");
        }
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** One pass over one document; knows where it is so errors can say so. */
    private final class DocumentReader {
        private final JsonParser parser;
        private final String source;
        private int points;

        DocumentReader(JsonParser parser, String source) {
            this.parser = parser;
            this.source = source;
        }

        Ink document() throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw fail("document", "must be a JSON object {\"format\":\"" + FORMAT + "\", ...}, found "
                        + describe(parser.currentToken()));
            }
            boolean formatSeen = false;
            boolean versionSeen = false;
            String text = "";
            String writer = "";
            List<Stroke> strokes = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "format" -> {
                        String format = string(field);
                        if (!format.equals(FORMAT)) {
                            throw fail(field, "is \"" + StrictNumber.abbreviate(format) + "\", expected \"" + FORMAT
                                    + "\"");
                        }
                        formatSeen = true;
                    }
                    case "version" -> {
                        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getIntValue() != VERSION) {
                            throw fail(field, "is " + parser.getText() + "; this reader understands version "
                                    + VERSION + " only");
                        }
                        versionSeen = true;
                    }
                    case "text" -> text = string(field);
                    case "writer" -> writer = string(field);
                    case "strokes" -> strokes = strokes();
                    default -> throw fail(StrictNumber.abbreviate(field), "unknown field; allowed: " + FIELDS);
                }
            }
            if (!formatSeen || !versionSeen || strokes == null) {
                String missing = !formatSeen ? "format" : !versionSeen ? "version" : "strokes";
                throw fail(missing, "is missing; required: format, version, strokes (text and writer are"
                        + " optional)");
            }
            if (parser.nextToken() != null) {
                throw fail("document", "has content after the closing }");
            }
            return new Ink(strokes, text, writer);
        }

        private String string(String field) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw fail(field, "must be a string, found " + describe(parser.currentToken()));
            }
            return parser.getText();
        }

        private List<Stroke> strokes() throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw fail("strokes", "must be an array of strokes, found " + describe(parser.currentToken()));
            }
            List<Stroke> strokes = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                strokes.add(stroke("strokes[" + strokes.size() + "]"));
            }
            return strokes;
        }

        private Stroke stroke(String path) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw fail(path, "must be an array of points [[x,y],...], found " + describe(parser.currentToken()));
            }
            List<InkPoint> stroke = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                stroke.add(point(path + "[" + stroke.size() + "]"));
            }
            if (stroke.isEmpty()) {
                throw fail(path, "has no points; a stroke needs at least one");
            }
            return new Stroke(stroke);
        }

        private InkPoint point(String path) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw fail(path, "must be a point [x, y] or [x, y, t], found " + describe(parser.currentToken()));
            }
            if (++points > maxPoints) {
                throw fail(path, "is beyond the limit of " + maxPoints + " points per document");
            }
            double[] values = new double[3];
            int count = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String valuePath = path + "[" + count + "]";
                if (count == 3) {
                    throw fail(valuePath, "is one value too many; a point is [x, y] or [x, y, t]");
                }
                JsonToken token = parser.currentToken();
                if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw fail(valuePath, "must be a number, found " + describe(token));
                }
                double value = parser.getDoubleValue();
                if (!Double.isFinite(value)) {
                    throw fail(valuePath, "is " + StrictNumber.abbreviate(parser.getText())
                            + ", too large to be a finite number");
                }
                values[count++] = value;
            }
            if (count < 2) {
                throw fail(path, "has " + count + " values; a point is [x, y] or [x, y, t]");
            }
            return new InkPoint(values[0], values[1], count == 3 ? values[2] : Double.NaN);
        }

        private InkFormatException fail(String path, String problem) {
            return new InkFormatException(source + ": " + path + " " + problem + at(parser.currentTokenLocation()));
        }

        private String describe(JsonToken token) {
            if (token == null) {
                return "the end of the input";
            }
            return switch (token) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "a string";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case VALUE_NULL -> "null";
                default -> token.asString() == null ? token.name() : token.asString();
            };
        }
    }
}
