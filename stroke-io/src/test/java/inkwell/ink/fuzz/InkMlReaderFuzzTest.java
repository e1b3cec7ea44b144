package inkwell.ink.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.ink.Ink;
import inkwell.ink.format.InkMlReader;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The InkML reader either returns finite ink or throws InkFormatException, for mutated documents (broken markup,
 * bad numbers and difference prefixes, stray trace formats, entity declarations, nesting), and no input takes
 * long. Deeply nested markup inside a trace must not overflow the stack.
 */
class InkMlReaderFuzzTest {
    private static final byte[] VALID = HandWrittenDocuments.INKML.getBytes(StandardCharsets.UTF_8);

    private static FuzzRun.Outcome read(byte[] input) throws Exception {
        return ReaderContract.check(() -> InkMlReader.read(new ByteArrayInputStream(input), "fuzz.inkml"));
    }

    @Test
    void handWrittenDocumentIsValid() throws Exception {
        Ink ink = InkMlReader.read(new ByteArrayInputStream(VALID), "valid.inkml");
        assertEquals(3, ink.strokes().size());
        assertEquals("Tom & \"Jerry\" <b>", ink.text());
        assertEquals("w-7", ink.writer());
    }

    @Test
    void mutatedDocumentsAreReadOrRefusedWithInkFormatException() {
        FuzzRun.Tally tally = assertTimeoutPreemptively(FuzzRun.BUDGET.plusSeconds(30), () ->
                FuzzRun.run("InkMlReader", 50_000,
                        rng -> new Mutator(rng, HandWrittenDocuments.XML_TOKENS, "<g>", "</g>").mutate(VALID),
                        InkMlReaderFuzzTest::read));
        assertTrue(tally.accepted() > 0 && tally.refused() > 0, "the mutants should reach both outcomes: " + tally);
    }

    @Test
    void deeplyNestedMarkupIsReadOrRefusedWithoutOverflow() {
        for (int depth : new int[] {1_000, 100_000}) {
            String inTrace = "<ink xmlns=\"http://www.w3.org/2003/InkML\"><trace>" + "<g>".repeat(depth) + "1 2, 3 4"
                    + "</g>".repeat(depth) + "</trace></ink>";
            String inAnnotation = "<ink xmlns=\"http://www.w3.org/2003/InkML\"><annotation type=\"truth\">"
                    + "<g>".repeat(depth) + "text" + "</g>".repeat(depth) + "</annotation><trace>1 2</trace></ink>";
            String aroundTrace = "<ink xmlns=\"http://www.w3.org/2003/InkML\">" + "<traceGroup>".repeat(depth)
                    + "<trace>1 2, 3 4</trace>" + "</traceGroup>".repeat(depth) + "</ink>";
            for (String document : new String[] {inTrace, inAnnotation, aroundTrace}) {
                assertTimeoutPreemptively(Duration.ofSeconds(20),
                        () -> read(document.getBytes(StandardCharsets.UTF_8)), "depth " + depth);
            }
        }
    }
}
