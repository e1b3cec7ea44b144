package inkwell.ink.format;

import inkwell.ink.Ink;
import inkwell.ink.InkFormatException;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads the three kinds of IAM-OnDB file one at a time: a line's strokes ({@code lineStrokes/.../a01-000u-01.xml}),
 * a form's transcription ({@code ascii/.../a01-000u.txt}) and a form's writer ({@code original/.../strokesu.xml}).
 * {@link IamOnDbTree} puts them together for a whole corpus.
 */
public final class IamOnDbReader {

    /** What the original-xml file of a form says about it. */
    public record Form(String id, String writerId) {
    }

    private IamOnDbReader() {
    }

    public static Ink readLineStrokes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readLineStrokes(in, file.toString());
        }
    }

    /**
     * The strokes of one line, y negated (the whiteboard's y grows downward, ink's upward) and times shifted so
     * the first point is at t = 0. Empty Stroke elements are dropped: they carry no ink. Text and writer are
     * empty; the transcription lives in another file.
     */
    public static Ink readLineStrokes(InputStream in, String source) throws IOException {
        Document document = SecureXml.parse(in, source);
        Element root = document.getDocumentElement();
        if (!"WhiteboardCaptureSession".equals(root.getLocalName())) {
            throw new InkFormatException(source + ": root element is <" + root.getLocalName()
                    + ">, an IAM-OnDB line file has <WhiteboardCaptureSession>");
        }
        Element strokeSet = Dom.firstChild(root, "StrokeSet");
        if (strokeSet == null) {
            throw new InkFormatException(source + ": no <StrokeSet> under <WhiteboardCaptureSession>");
        }
        List<Stroke> strokes = new ArrayList<>();
        double firstTime = Double.NaN;
        int strokeNumber = 0;
        for (Element strokeElement : Dom.children(strokeSet, "Stroke")) {
            strokeNumber++;
            List<InkPoint> points = new ArrayList<>();
            int pointNumber = 0;
            for (Element point : Dom.children(strokeElement, "Point")) {
                pointNumber++;
                String where = source + ": Stroke " + strokeNumber + ", Point " + pointNumber;
                double x = StrictNumber.parseFinite(requiredAttribute(point, "x", where), where + " x");
                double y = StrictNumber.parseFinite(requiredAttribute(point, "y", where), where + " y");
                double t = Double.NaN;
                if (point.hasAttribute("time")) {
                    t = StrictNumber.parseFinite(point.getAttribute("time"), where + " time");
                    if (Double.isNaN(firstTime)) {
                        firstTime = t;
                    }
                    t -= firstTime;
                }
                points.add(new InkPoint(x, Flip.negate(y), t));
            }
            if (!points.isEmpty()) {
                strokes.add(new Stroke(points));
            }
        }
        return Ink.of(strokes);
    }

    public static List<String> readTranscription(Path asciiFile) throws IOException {
        return readTranscription(decode(Files.readAllBytes(asciiFile)), asciiFile.toString());
    }

    /**
     * The lines of a form's transcription: the non-empty lines after the line {@code CSR:}, trimmed. Element 0
     * belongs to line file {@code -01.xml}.
     */
    public static List<String> readTranscription(String content, String source) throws InkFormatException {
        List<String> lines = content.lines().toList();
        int csr = -1;
        for (int i = 0; i < lines.size() && csr < 0; i++) {
            if (lines.get(i).strip().equals("CSR:")) {
                csr = i;
            }
        }
        if (csr < 0) {
            throw new InkFormatException(source + ": no line 'CSR:' (the transcription follows that line)");
        }
        List<String> text = new ArrayList<>();
        for (String line : lines.subList(csr + 1, lines.size())) {
            if (!line.isBlank()) {
                text.add(line.strip());
            }
        }
        return text;
    }

    public static Optional<Form> readForm(Path originalXml) throws IOException {
        try (InputStream in = Files.newInputStream(originalXml)) {
            return readForm(in, originalXml.toString());
        }
    }

    /**
     * The id and writerID of the first {@code <Form>} element, if it has both. Streams, because original-xml
     * files hold a whole page of strokes after the small header that says who wrote it.
     */
    public static Optional<Form> readForm(InputStream in, String source) throws IOException {
        XMLStreamReader reader = SecureXml.newStreamReader(in, source);
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("Form")) {
                    String id = reader.getAttributeValue(null, "id");
                    String writer = reader.getAttributeValue(null, "writerID");
                    boolean complete = id != null && !id.isBlank() && writer != null && !writer.isBlank();
                    return complete ? Optional.of(new Form(id.strip(), writer.strip())) : Optional.empty();
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            throw SecureXml.streamError(e, source);
        } finally {
            closeQuietly(reader);
        }
    }

    /** The ascii files are plain ASCII in practice; Latin-1 is the fallback for the odd byte that is not UTF-8. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String requiredAttribute(Element element, String name, String where) throws InkFormatException {
        if (!element.hasAttribute(name)) {
            throw new InkFormatException(where + ": attribute '" + name + "' is missing");
        }
        return element.getAttribute(name);
    }

    private static void closeQuietly(XMLStreamReader reader) {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Closing a reader frees nothing the caller's stream does not; the result is already decided.
        }
    }
}
