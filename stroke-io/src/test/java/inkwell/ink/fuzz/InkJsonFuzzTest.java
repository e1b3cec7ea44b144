package inkwell.ink.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.ink.InkFormatException;
import inkwell.ink.format.InkJson;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON reader either returns finite ink or throws InkFormatException, for mutated documents, every kind of
 * non-finite or oversized number, any nesting depth and any byte encoding; and no input takes long.
 */
class InkJsonFuzzTest {
    private static final byte[] VALID = HandWrittenDocuments.JSON.getBytes(StandardCharsets.UTF_8);

    private static FuzzRun.Outcome read(byte[] input) throws Exception {
        return ReaderContract.check(() -> new InkJson(10_000).read(new ByteArrayInputStream(input), "fuzz.json"));
    }

    @Test
    void handWrittenDocumentIsValid() throws Exception {
        assertEquals(FuzzRun.Outcome.ACCEPTED, read(VALID));
        assertEquals(6, new InkJson().read(HandWrittenDocuments.JSON).pointCount());
    }

    @Test
    void mutatedDocumentsAreReadOrRefusedWithInkFormatException() {
        FuzzRun.Tally tally = assertTimeoutPreemptively(FuzzRun.BUDGET.plusSeconds(30), () ->
                FuzzRun.run("InkJson", 50_000,
                        rng -> new Mutator(rng, HandWrittenDocuments.JSON_TOKENS, "[", "]").mutate(VALID),
                        InkJsonFuzzTest::read));
        assertTrue(tally.accepted() > 0 && tally.refused() > 0, "the mutants should reach both outcomes: " + tally);
    }

    @Test
    void everyNonFiniteOrMalformedNumberIsRefusedWhereverItStands() throws Exception {
        String template = "{\"format\":\"inkwell-ink\",\"version\":1,\"strokes\":[[[%s,2,3]],[[4,%s]],[[5,6,%s]]]}";
        for (String bad : Mutator.BAD_NUMBERS) {
            for (int slot = 0; slot < 3; slot++) {
                String[] values = {"1", "5", "7"};
                values[slot] = bad;
                String json = String.format(template, (Object[]) values);
                FuzzRun.Outcome outcome = read(json.getBytes(StandardCharsets.UTF_8));
                boolean plainDecimal = bad.strip().matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")
                        && Double.isFinite(Double.parseDouble(bad));
                if (!plainDecimal) {
                    assertEquals(FuzzRun.Outcome.REFUSED, outcome, json);
                }
            }
        }
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        for (int depth : List.of(9, 1_000, 200_000)) {
            String open = "[".repeat(depth), close = "]".repeat(depth);
            for (String json : List.of(
                    "{\"format\":\"inkwell-ink\",\"version\":1,\"strokes\":" + open + close + "}",
                    "{\"text\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}",
                    open + close)) {
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(
                        InkFormatException.class, () -> new InkJson().read(json)));
            }
        }
    }

    @Test
    void byteOrderMarksAndWideEncodingsAreReadOrRefusedWithInkFormatException() throws Exception {
        byte[][] prefixes = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF},
                {(byte) 0xFF, (byte) 0xFE}, {0, 0, (byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE, 0, 0}};
        for (byte[] prefix : prefixes) {
            for (int cut = 0; cut <= VALID.length; cut += 7) {
                read(Mutator.insert(java.util.Arrays.copyOf(VALID, cut), 0, prefix));
            }
        }
        for (String charset : List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
            byte[] wide = HandWrittenDocuments.JSON.getBytes(java.nio.charset.Charset.forName(charset));
            for (int cut = 0; cut <= wide.length; cut += 5) {
                read(java.util.Arrays.copyOf(wide, cut));
                read(new Mutator(new java.util.Random(cut), List.of("\u0000"), "[", "]").flipBit(wide));
            }
        }
    }
}
