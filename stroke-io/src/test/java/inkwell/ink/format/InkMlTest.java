package inkwell.ink.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.ink.Ink;
import inkwell.ink.InkFormatException;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InkMlTest {

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Ink read(String inkml) throws Exception {
        return InkMlReader.read(utf8(inkml), "test.inkml");
    }

    private static String inkWithTrace(String trace) {
        return "<ink xmlns=\"http://www.w3.org/2003/InkML\"><trace>" + trace + "</trace></ink>";
    }

    @Test
    void roundTripWithTimes() throws Exception {
        Ink ink = Fixtures.timedInk();
        assertEquals(ink, read(InkMlWriter.toInkMl(ink)));
    }

    @Test
    void roundTripWithoutTimesThroughAFile(@TempDir Path dir) throws Exception {
        Ink ink = Fixtures.untimedInk();
        Path file = dir.resolve("ink.inkml");
        InkMlWriter.write(ink, file);
        assertEquals(ink, InkMlReader.read(file));
    }

    @Test
    void writesTimeChannelOnlyWhenEveryPointHasTime() {
        Ink mixed = Ink.of(List.of(new Stroke(List.of(new InkPoint(0, 0, 0), InkPoint.of(1, 1)))));
        assertFalse(InkMlWriter.toInkMl(mixed).contains("name=\"T\""));
        assertTrue(InkMlWriter.toInkMl(Fixtures.timedInk()).contains("name=\"T\""));
    }

    @Test
    void writerEscapesMarkupInText() throws Exception {
        Ink ink = Fixtures.untimedInk().withText("<script>alert(1)</script>");
        String xml = InkMlWriter.toInkMl(ink);
        assertFalse(xml.contains("<script>"), xml);
        assertEquals("<script>alert(1)</script>", read(xml).text());
    }

    @Test
    void writerRefusesCharactersXmlCannotHold() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InkMlWriter.toInkMl(Fixtures.untimedInk().withText("bell\u0007")));
        assertTrue(e.getMessage().contains("U+0007"), e.getMessage());
    }

    @Test
    void readsHandWrittenFixture() throws Exception {
        Ink ink = InkMlReader.read(Fixtures.resource("sample.inkml"));
        assertEquals("hi & bye", ink.text());
        assertEquals("fixture-writer", ink.writer());
        assertEquals(2, ink.strokes().size(), "the trace inside <definitions> is not ink");
        assertPoint(10, -20, 0, ink.strokes().get(0).get(0));
        assertPoint(15, -31, 0.02, ink.strokes().get(0).get(2));
        Stroke differences = ink.strokes().get(1);
        assertPoint(30, -20, 0.1, differences.get(0));
        assertPoint(32, -19, 0.11, differences.get(1));
        assertPoint(35, -18, 0.12, differences.get(2));
    }

    @Test
    void defaultsToXYWithoutTraceFormatAndAcceptsCompactNumbers() throws Exception {
        Ink ink = read(inkWithTrace("1-2, 3.5 -4"));
        assertEquals(List.of(InkPoint.of(1, 2), InkPoint.of(3.5, 4)), ink.strokes().get(0).points());
    }

    @Test
    void yOrientedUpwardIsNotFlipped() throws Exception {
        Ink ink = read("""
                <ink xmlns="http://www.w3.org/2003/InkML">
                  <traceFormat><channel name="X"/><channel name="Y" orientation="-ve"/></traceFormat>
                  <trace>1 2</trace>
                </ink>""");
        assertEquals(InkPoint.of(1, 2), ink.strokes().get(0).get(0));
    }

    @Test
    void garbageValueIsRefusedWithPosition() {
        InkFormatException e = assertThrows(InkFormatException.class, () -> read(inkWithTrace("1 2, 3 x4")));
        assertTrue(e.getMessage().contains("trace 1, point 2"), e.getMessage());
        assertTrue(e.getMessage().contains("x4"), e.getMessage());
    }

    @Test
    void wrongValueCountIsRefused() {
        InkFormatException e = assertThrows(InkFormatException.class, () -> read(inkWithTrace("1 2, 3")));
        assertTrue(e.getMessage().contains("point 2: 1 values"), e.getMessage());
    }

    @Test
    void traceFormatWithoutYIsRefused() {
        InkFormatException e = assertThrows(InkFormatException.class, () -> read("""
                <ink xmlns="http://www.w3.org/2003/InkML">
                  <traceFormat><channel name="X"/><channel name="F"/></traceFormat><trace>1 2</trace>
                </ink>"""));
        assertTrue(e.getMessage().contains("X or Y"), e.getMessage());
    }

    @Test
    void wrongRootIsRefused() {
        assertThrows(InkFormatException.class, () -> read("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
    }

    @Test
    void hostileXmlIsRefused() {
        assertThrows(InkFormatException.class, () -> read(Fixtures.BILLION_LAUGHS));
        InkFormatException e = assertThrows(InkFormatException.class, () -> read(Fixtures.XXE));
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }

    private static void assertPoint(double x, double y, double t, InkPoint p) {
        assertEquals(x, p.x(), 1e-9);
        assertEquals(y, p.y(), 1e-9);
        assertEquals(t, p.t(), 1e-9);
    }
}
