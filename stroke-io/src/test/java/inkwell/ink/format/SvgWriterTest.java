package inkwell.ink.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgWriterTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static Document parse(String svg) throws Exception {
        return SecureXml.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), "out.svg");
    }

    @Test
    void isWellFormedSvgFittedToTheInk() throws Exception {
        Document svg = parse(new SvgWriter().toSvg(Fixtures.untimedInk()));
        Element root = svg.getDocumentElement();
        assertEquals(SVG_NS, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        // Ink spans x 0..50 and y -5..10; margin = padding 10 + half the stroke width 1.
        assertEquals("0 0 72 37", root.getAttribute("viewBox"));
        assertEquals(2, svg.getElementsByTagNameNS(SVG_NS, "path").getLength());
        assertEquals("black", ((Element) svg.getElementsByTagNameNS(SVG_NS, "g").item(0)).getAttribute("stroke"));
    }

    @Test
    void flipsYAndPassesThroughEveryPoint() throws Exception {
        Document svg = parse(new SvgWriter().toSvg(Fixtures.untimedInk()));
        String d = ((Element) svg.getElementsByTagNameNS(SVG_NS, "path").item(0)).getAttribute("d");
        // (0,0) sits 10 below the top point y=10: svg (11, 21). (20,10) is the highest: svg y = 11.
        assertTrue(d.startsWith("M11 21 C"), d);
        assertTrue(d.contains(" 31 11 C"), d);
        assertTrue(d.endsWith(" 51 21"), d);
    }

    @Test
    void titleIsEscaped() throws Exception {
        String text = "<script>alert('x')</script> & \"more\"";
        String out = new SvgWriter().toSvg(Fixtures.untimedInk().withText(text));
        assertFalse(out.contains("<script>"), out);
        Document svg = parse(out);
        assertEquals(text, svg.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent());
    }

    @Test
    void titleCanBeLeftOut() {
        SvgStyle noTitle = new SvgStyle(2, "#123", 0, false);
        assertFalse(new SvgWriter(noTitle).toSvg(Fixtures.untimedInk()).contains("<title"));
    }

    @Test
    void textXmlCannotHoldIsRefused() {
        Ink ink = Fixtures.untimedInk().withText("nul\u0000");
        assertThrows(IllegalArgumentException.class, () -> new SvgWriter().toSvg(ink));
    }

    @ParameterizedTest
    @ValueSource(strings = {"red\"/><script>alert(1)</script>", "red;stroke:url(http://x/)", "#12345",
        "#1234567", "rgb(0,0,0)", "Red", " black", "", "expression(alert(1))", "#ggg"})
    void hostileOrUnknownColourIsRefused(String colour) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SvgStyle(2, colour, 10, true));
        assertTrue(e.getMessage().contains("use #rgb, #rrggbb or one of black"), e.getMessage());
    }

    @Test
    void acceptedColoursAreUsed() throws Exception {
        for (String colour : List.of("#abc", "#A0B1C2", "navy")) {
            String out = new SvgWriter(new SvgStyle(1, colour, 0, true)).toSvg(Fixtures.untimedInk());
            assertTrue(out.contains("stroke=\"" + colour + "\""), out);
        }
        assertThrows(IllegalArgumentException.class, () -> new SvgStyle(1, null, 0, true));
    }

    @Test
    void badLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SvgStyle(0, "black", 1, true));
        assertThrows(IllegalArgumentException.class, () -> new SvgStyle(Double.NaN, "black", 1, true));
        assertThrows(IllegalArgumentException.class, () -> new SvgStyle(1, "black", -1, true));
    }

    @Test
    void onePointStrokeIsADot() throws Exception {
        Ink dot = Ink.of(List.of(new Stroke(List.of(InkPoint.of(5, 5)))));
        Document svg = parse(new SvgWriter().toSvg(dot));
        Element circle = (Element) svg.getElementsByTagNameNS(SVG_NS, "circle").item(0);
        assertEquals("1", circle.getAttribute("r"));
        assertEquals("11", circle.getAttribute("cx"));
    }

    @Test
    void emptyInkGivesAnEmptyDrawing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.svg");
        new SvgWriter().write(Ink.of(List.of()), file);
        Document svg = parse(Files.readString(file));
        assertEquals("0 0 22 22", svg.getDocumentElement().getAttribute("viewBox"));
        assertEquals(0, svg.getElementsByTagNameNS(SVG_NS, "path").getLength());
    }
}
