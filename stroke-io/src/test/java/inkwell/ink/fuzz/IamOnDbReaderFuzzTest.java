package inkwell.ink.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.ink.Ink;
import inkwell.ink.format.IamOnDbReader;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three IAM-OnDB readers (line strokes and form writer, both XML; the ascii transcription) either return a
 * result or throw InkFormatException for mutated files, and no input takes long.
 */
class IamOnDbReaderFuzzTest {
    private static final byte[] LINE = HandWrittenDocuments.IAM_LINE.getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] FORM = HandWrittenDocuments.IAM_FORM.getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] TRANSCRIPTION =
            HandWrittenDocuments.IAM_TRANSCRIPTION.getBytes(StandardCharsets.ISO_8859_1);
    private static final List<String> TRANSCRIPTION_TOKENS = List.of("CSR:", "OCR:", "\n", "\r\n", "\r", " ",
            "\u0000", "\u00e9", "\ud83d\ude00", "\u2028", "\u0085", "CSR:\n", "\nCSR:\n");

    private static FuzzRun.Outcome readLine(byte[] input) throws Exception {
        return ReaderContract.check(() -> IamOnDbReader.readLineStrokes(new ByteArrayInputStream(input), "l.xml"));
    }

    private static FuzzRun.Outcome readForm(byte[] input) throws Exception {
        return ReaderContract.check(() -> IamOnDbReader.readForm(new ByteArrayInputStream(input), "f.xml")
                .orElse(null));
    }

    private static FuzzRun.Outcome readTranscription(byte[] input) throws Exception {
        // the file reader decodes UTF-8 and falls back to Latin-1; both views are fed in
        return ReaderContract.check(() -> {
            IamOnDbReader.readTranscription(new String(input, StandardCharsets.UTF_8), "t.txt");
            return IamOnDbReader.readTranscription(Mutator.latin1(input), "t.txt");
        });
    }

    @Test
    void handWrittenFilesAreValid() throws Exception {
        Ink line = IamOnDbReader.readLineStrokes(new ByteArrayInputStream(LINE), "line.xml");
        assertEquals(List.of(4, 3), line.strokes().stream().map(s -> s.size()).toList());
        assertEquals(new IamOnDbReader.Form("a01-000u", "10023"),
                IamOnDbReader.readForm(new ByteArrayInputStream(FORM), "form.xml").orElseThrow());
        assertEquals(3, IamOnDbReader.readTranscription(HandWrittenDocuments.IAM_TRANSCRIPTION, "t.txt").size());
    }

    @Test
    void mutatedLineFilesAreReadOrRefusedWithInkFormatException() {
        FuzzRun.Tally tally = assertTimeoutPreemptively(FuzzRun.BUDGET.plusSeconds(30), () ->
                FuzzRun.run("IamOnDbReader.readLineStrokes", 50_000,
                        rng -> new Mutator(rng, HandWrittenDocuments.XML_TOKENS, "<Stroke>", "</Stroke>")
                                .mutate(LINE),
                        IamOnDbReaderFuzzTest::readLine));
        assertTrue(tally.accepted() > 0 && tally.refused() > 0, "the mutants should reach both outcomes: " + tally);
    }

    @Test
    void mutatedFormFilesAreReadOrRefusedWithInkFormatException() {
        FuzzRun.Tally tally = assertTimeoutPreemptively(FuzzRun.BUDGET.plusSeconds(30), () ->
                FuzzRun.run("IamOnDbReader.readForm", 50_000,
                        rng -> new Mutator(rng, HandWrittenDocuments.XML_TOKENS, "<General>", "</General>")
                                .mutate(FORM),
                        IamOnDbReaderFuzzTest::readForm));
        assertTrue(tally.accepted() > 0 && tally.refused() > 0, "the mutants should reach both outcomes: " + tally);
    }

    @Test
    void mutatedTranscriptionsAreReadOrRefusedWithInkFormatException() {
        FuzzRun.Tally tally = assertTimeoutPreemptively(FuzzRun.BUDGET.plusSeconds(30), () ->
                FuzzRun.run("IamOnDbReader.readTranscription", 20_000,
                        rng -> new Mutator(rng, TRANSCRIPTION_TOKENS, "CSR:\n", "\n").mutate(TRANSCRIPTION),
                        IamOnDbReaderFuzzTest::readTranscription));
        assertTrue(tally.accepted() > 0 && tally.refused() > 0, "the mutants should reach both outcomes: " + tally);
    }

    @Test
    void deeplyNestedMarkupIsReadOrRefusedWithoutOverflow() {
        String line = "<WhiteboardCaptureSession><StrokeSet><Stroke>" + "<g>".repeat(100_000)
                + "<Point x=\"1\" y=\"2\"/>" + "</g>".repeat(100_000)
                + "</Stroke></StrokeSet></WhiteboardCaptureSession>";
        String form = "<WhiteboardCaptureSession>" + "<General>".repeat(100_000) + "<Form id=\"a\" writerID=\"1\"/>"
                + "</General>".repeat(100_000) + "</WhiteboardCaptureSession>";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            readLine(line.getBytes(StandardCharsets.UTF_8));
            readForm(form.getBytes(StandardCharsets.UTF_8));
        });
    }
}
