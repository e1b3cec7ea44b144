package inkwell.ink.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.ink.Ink;
import inkwell.ink.InkFormatException;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InkJsonTest {
    private static final String HEAD = "{\"format\":\"inkwell-ink\",\"version\":1,";
    private final InkJson json = new InkJson();

    private static String withStrokes(String strokes) {
        return HEAD + "\"strokes\":" + strokes + "}";
    }

    private String refusal(String document) {
        return assertThrows(InkFormatException.class, () -> json.read(document)).getMessage();
    }

    @Test
    void roundTripKeepsEveryValue() throws Exception {
        Ink ink = Fixtures.timedInk();
        assertEquals(ink, json.read(json.toJson(ink)));
        Ink untimed = Fixtures.untimedInk();
        assertEquals(untimed, json.read(json.toJson(untimed)));
    }

    @Test
    void roundTripThroughAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ink.json");
        json.write(Fixtures.timedInk(), file);
        assertEquals(Fixtures.timedInk(), json.read(file));
    }

    @Test
    void readsHandWrittenFixture() throws Exception {
        Ink ink = json.read(Fixtures.resource("sample.json"));
        assertEquals("hi", ink.text());
        assertEquals("fixture-writer", ink.writer());
        assertEquals(new InkPoint(3, 4.25, 0.02), ink.strokes().get(0).get(2));
        assertEquals(InkPoint.of(10, -1), ink.strokes().get(1).get(0));
    }

    @Test
    void textAndWriterAreOptional() throws Exception {
        Ink ink = json.read(withStrokes("[[[1,2]]]"));
        assertEquals("", ink.text());
        assertEquals("", ink.writer());
    }

    @Test
    void writerSkipsEmptyStrokes() throws Exception {
        Ink ink = Ink.of(List.of(new Stroke(List.of()), new Stroke(List.of(InkPoint.of(1, 2)))));
        assertEquals(1, json.read(json.toJson(ink)).strokes().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[[[NaN,1]]]          | NaN and Infinity are not JSON numbers",
        "[[[1,-Infinity]]]    | NaN and Infinity are not JSON numbers",
        "[[[1e999,1]]]        | strokes[0][0][0] is 1e999, too large",
        "[[[1,\"2\"]]]        | strokes[0][0][1] must be a number, found a string",
        "[[[1,true]]]         | strokes[0][0][1] must be a number, found a boolean",
        "[[[1,null]]]         | strokes[0][0][1] must be a number, found null",
        "[[[1]]]              | strokes[0][0] has 1 values",
        "[[[1,2,3,4]]]        | strokes[0][0][3] is one value too many",
        "[[[1,2]],[]]         | strokes[1] has no points",
        "[[1,2]]              | strokes[0][0] must be a point",
        "[[[[1,2]]]]          | strokes[0][0][0] must be a number, found an array",
        "{}                   | strokes must be an array",
        "[[[1,2]]             | not valid JSON",
    })
    void refusesBadStrokes(String strokes, String expected) {
        String message = refusal(withStrokes(strokes));
        assertTrue(message.contains(expected), message);
        assertTrue(message.contains("line 1, column"), message);
    }

    @Test
    void refusesMissingAndWrongFields() {
        assertTrue(refusal("{\"version\":1,\"strokes\":[]}").contains("format is missing"));
        assertTrue(refusal("{\"format\":\"inkwell-ink\",\"strokes\":[]}").contains("version is missing"));
        assertTrue(refusal(HEAD + "\"text\":\"a\"}").contains("strokes is missing"));
        assertTrue(refusal("{\"format\":\"svg\",\"version\":1,\"strokes\":[]}").contains("expected \"inkwell-ink\""));
        assertTrue(refusal(HEAD.replace("1,", "2,") + "\"strokes\":[]}").contains("understands version 1"));
        assertTrue(refusal(HEAD + "\"text\":5,\"strokes\":[]}").contains("text must be a string"));
        assertTrue(refusal(HEAD + "\"colour\":\"red\",\"strokes\":[]}").contains("unknown field; allowed:"));
        assertTrue(refusal(HEAD + "\"text\":\"a\",\"text\":\"b\",\"strokes\":[]}").contains("Duplicate field"));
        assertTrue(refusal(withStrokes("[]") + " {}").contains("content after the closing"));
        assertTrue(refusal("[1,2]").contains("must be a JSON object"));
        assertTrue(refusal("").contains("must be a JSON object"));
    }

    @Test
    void refusesTooManyPoints() {
        InkJson small = new InkJson(3);
        InkFormatException e = assertThrows(InkFormatException.class,
                () -> small.read(withStrokes("[[[0,0],[1,1]],[[2,2],[3,3]]]")));
        assertTrue(e.getMessage().contains("strokes[1][1] is beyond the limit of 3 points"), e.getMessage());
    }

    @Test
    void refusesDeepNestingQuickly() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertTrue(refusal(deep).contains("must be a JSON object"));
            assertTrue(refusal(withStrokes(deep)).contains("must be a number"));
            assertTrue(refusal("{\"text\":" + deep + "}").contains("text must be a string"));
        });
    }

    @Test
    void refusesHugeNumbersAndStrings() {
        String message = refusal(withStrokes("[[[1" + "0".repeat(5000) + ",1]]]"));
        assertTrue(message.contains("numbers have at most"), message);
        message = refusal(HEAD + "\"text\":\"" + "a".repeat(InkJson.MAX_STRING_CHARS + 1) + "\",\"strokes\":[]}");
        assertTrue(message.contains("strings at most"), message);
    }

    @Test
    void writerRefusesWhatTheReaderWould() {
        Ink infinite = Ink.of(List.of(new Stroke(List.of(new InkPoint(0, 0, Double.POSITIVE_INFINITY)))));
        assertThrows(IllegalArgumentException.class, () -> json.toJson(infinite));
        Ink longText = Fixtures.untimedInk().withText("a".repeat(InkJson.MAX_STRING_CHARS + 1));
        assertThrows(IllegalArgumentException.class, () -> json.toJson(longText));
    }

    @Test
    void writtenJsonHasTheDocumentedShape() {
        String text = json.toJson(Fixtures.untimedInk());
        assertTrue(text.startsWith("{\"format\":\"inkwell-ink\",\"version\":1,\"text\":\"hello\",\"writer\":\"\","
                + "\"strokes\":[[[0.0,0.0],[20.0,10.0]"), text);
        assertFalse(text.contains("NaN"), text);
    }
}
