package inkwell.ink.format;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one ink as W3C InkML that {@link InkMlReader} reads back to the same ink: channels X Y, plus T when
 * every point has a time (a channel cannot be present for some points only); y negated because InkML's Y grows
 * downward; the text as {@code <annotation type="truth">}, the writer as {@code <annotation type="writer">}.
 * Empty strokes are not written.
 */
public final class InkMlWriter {

    private InkMlWriter() {
    }

    public static void write(Ink ink, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(ink, out);
        }
    }

    public static String toInkMl(Ink ink) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(ink, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes UTF-8 InkML; throws IllegalArgumentException when text, writer or a time cannot be represented. */
    public static void write(Ink ink, OutputStream out) throws IOException {
        XmlChars.requireLegal(ink.text(), "ink text");
        XmlChars.requireLegal(ink.writer(), "ink writer");
        boolean withTime = ink.pointCount() > 0
                && ink.strokes().stream().allMatch(s -> s.points().stream().allMatch(InkPoint::hasTime));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("ink");
            xml.writeDefaultNamespace(InkMl.NAMESPACE);
            xml.writeCharacters("\n  ");
            xml.writeStartElement("traceFormat");
            channel(xml, "X", null);
            channel(xml, "Y", null);
            if (withTime) {
                channel(xml, "T", "s");
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            annotation(xml, InkMl.TRUTH, ink.text());
            annotation(xml, InkMl.WRITER, ink.writer());
            for (Stroke stroke : ink.strokes()) {
                if (!stroke.isEmpty()) {
                    xml.writeCharacters("\n  ");
                    xml.writeStartElement("trace");
                    xml.writeCharacters(traceText(stroke, withTime));
                    xml.writeEndElement();
                }
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write InkML: " + e.getMessage(), e);
        }
    }

    private static void channel(XMLStreamWriter xml, String name, String units) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("channel");
        xml.writeAttribute("name", name);
        xml.writeAttribute("type", "decimal");
        if (units != null) {
            xml.writeAttribute("units", units);
        }
    }

    private static void annotation(XMLStreamWriter xml, String type, String text) throws XMLStreamException {
        if (!text.isEmpty()) {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("annotation");
            xml.writeAttribute("type", type);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }
    }

    private static String traceText(Stroke stroke, boolean withTime) {
        StringBuilder text = new StringBuilder();
        for (InkPoint p : stroke.points()) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(plain(p.x())).append(' ').append(plain(Flip.negate(p.y())));
            if (withTime) {
                if (!Double.isFinite(p.t())) {
                    throw new IllegalArgumentException("point time " + p.t() + " is not finite");
                }
                text.append(' ').append(plain(p.t()));
            }
        }
        return text.toString();
    }

    /** InkML numbers have no exponent; BigDecimal prints the shortest exact decimal without one. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
