package inkwell.ink.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.ink.Ink;
import inkwell.ink.InkFormatException;
import inkwell.ink.InkPoint;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IamOnDbReaderTest {
    private static final String LINE_01 = "iamondb/lineStrokes/a01/a01-000/a01-000u-01.xml";

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String line(String pointAttributes) {
        return "<WhiteboardCaptureSession><StrokeSet><Stroke><Point " + pointAttributes
                + "/></Stroke></StrokeSet></WhiteboardCaptureSession>";
    }

    @Test
    void readsStrokesWithYUpAndTimeFromZero() throws Exception {
        Ink ink = IamOnDbReader.readLineStrokes(Fixtures.resource(LINE_01));
        assertEquals(2, ink.strokes().size());
        assertEquals(3, ink.strokes().get(0).size());
        assertEquals(new InkPoint(1000, -1200, 0), ink.strokes().get(0).get(0));
        InkPoint last = ink.strokes().get(1).get(1);
        assertEquals(1060, last.x());
        assertEquals(-1170, last.y());
        assertEquals(0.6, last.t(), 1e-9);
        // The pen moved up the board (y-down 1200 -> 1150), so in y-up ink y grows.
        assertTrue(ink.strokes().get(0).get(2).y() > ink.strokes().get(0).get(0).y());
        assertEquals("", ink.text());
    }

    @Test
    void transcriptionIsTheNonEmptyLinesAfterCsr() throws Exception {
        List<String> lines = IamOnDbReader.readTranscription(
                Fixtures.resource("iamondb/ascii/a01/a01-000/a01-000u.txt"));
        assertEquals(List.of("Quiet rivers hum below", "the painted hills at dusk"), lines);
    }

    @Test
    void transcriptionWithoutCsrIsRefused() {
        InkFormatException e = assertThrows(InkFormatException.class,
                () -> IamOnDbReader.readTranscription("OCR:\n\nsome text\n", "x.txt"));
        assertTrue(e.getMessage().contains("CSR:"), e.getMessage());
    }

    @Test
    void readsWriterFromOriginalXml() throws Exception {
        Optional<IamOnDbReader.Form> form = IamOnDbReader.readForm(
                Fixtures.resource("iamondb/original/a01/a01-000/strokesu.xml"));
        assertEquals(Optional.of(new IamOnDbReader.Form("a01-000u", "90001")), form);
    }

    @Test
    void formWithoutWriterIdIsEmpty() throws Exception {
        assertEquals(Optional.empty(), IamOnDbReader.readForm(
                utf8("<WhiteboardCaptureSession><General><Form id=\"a\"/></General></WhiteboardCaptureSession>"),
                "o.xml"));
    }

    @Test
    void garbageNumberNamesStrokeAndPoint() {
        InkFormatException e = assertThrows(InkFormatException.class,
                () -> IamOnDbReader.readLineStrokes(utf8(line("x=\"12abc\" y=\"3\"")), "bad.xml"));
        assertTrue(e.getMessage().contains("bad.xml: Stroke 1, Point 1 x"), e.getMessage());
        assertTrue(e.getMessage().contains("12abc"), e.getMessage());
    }

    @Test
    void nanAndInfinityAreRefused() {
        assertThrows(InkFormatException.class,
                () -> IamOnDbReader.readLineStrokes(utf8(line("x=\"NaN\" y=\"3\"")), "nan.xml"));
        assertThrows(InkFormatException.class,
                () -> IamOnDbReader.readLineStrokes(utf8(line("x=\"1\" y=\"Infinity\"")), "inf.xml"));
        assertThrows(InkFormatException.class,
                () -> IamOnDbReader.readLineStrokes(utf8(line("x=\"1e999\" y=\"1\"")), "big.xml"));
    }

    @Test
    void missingAttributeIsNamed() {
        InkFormatException e = assertThrows(InkFormatException.class,
                () -> IamOnDbReader.readLineStrokes(utf8(line("x=\"1\"")), "noy.xml"));
        assertTrue(e.getMessage().contains("'y' is missing"), e.getMessage());
    }

    @Test
    void truncatedFileIsRefused() {
        String cut = line("x=\"1\" y=\"2\"").substring(0, 60);
        assertThrows(InkFormatException.class, () -> IamOnDbReader.readLineStrokes(utf8(cut), "cut.xml"));
    }

    @Test
    void wrongRootIsRefused() {
        InkFormatException e = assertThrows(InkFormatException.class,
                () -> IamOnDbReader.readLineStrokes(utf8("<html/>"), "page.xml"));
        assertTrue(e.getMessage().contains("WhiteboardCaptureSession"), e.getMessage());
    }

    @Test
    void externalEntityIsRefused() {
        InkFormatException e = assertThrows(InkFormatException.class,
                () -> IamOnDbReader.readLineStrokes(utf8(Fixtures.XXE), "xxe.xml"));
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
        assertThrows(InkFormatException.class, () -> IamOnDbReader.readForm(utf8(Fixtures.XXE), "xxe.xml"));
    }
}
