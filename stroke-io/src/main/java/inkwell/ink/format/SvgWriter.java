package inkwell.ink.format;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws ink as SVG, built as a DOM and serialised by the JDK: one smooth path per stroke (a Catmull-Rom spline
 * through the pen points, written as cubic Bezier segments), a dot for a one-point stroke, the viewBox fitted to
 * the ink plus padding, and y flipped because ink is y-up and SVG y-down. All text goes through the DOM, so it is
 * escaped by the serialiser rather than by hand.
 */
public final class SvgWriter {
    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final SvgStyle style;

    public SvgWriter() {
        this(SvgStyle.DEFAULT);
    }

    public SvgWriter(SvgStyle style) {
        this.style = style;
    }

    /**
     * The drawing as a plain DOM document. (Batik's own SVG DOM would add a handful of default attributes such as
     * contentScriptType to the root; its transcoders accept a plain document just as well.)
     */
    public Document toDocument(Ink ink) {
        Frame frame = Frame.of(ink, style);
        Numbers numbers = new Numbers(Math.max(frame.width(), frame.height()));
        Document document = SecureXml.newDocumentBuilder().newDocument();
        Element svg = document.createElementNS(SVG_NS, "svg");
        svg.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", SVG_NS);
        document.appendChild(svg);
        String width = numbers.format(frame.width());
        String height = numbers.format(frame.height());
        svg.setAttributeNS(null, "width", width);
        svg.setAttributeNS(null, "height", height);
        svg.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
        if (style.title() && !ink.text().isEmpty()) {
            Element title = document.createElementNS(SVG_NS, "title");
            title.appendChild(document.createTextNode(XmlChars.requireLegal(ink.text(), "ink text")));
            svg.appendChild(title);
        }
        Element group = document.createElementNS(SVG_NS, "g");
        group.setAttributeNS(null, "fill", "none");
        group.setAttributeNS(null, "stroke", style.colour());
        group.setAttributeNS(null, "stroke-width", Numbers.exact(style.strokeWidth()));
        group.setAttributeNS(null, "stroke-linecap", "round");
        group.setAttributeNS(null, "stroke-linejoin", "round");
        svg.appendChild(group);
        for (Stroke stroke : ink.strokes()) {
            if (stroke.size() == 1) {
                group.appendChild(dot(document, frame, numbers, stroke.get(0)));
            } else if (stroke.size() > 1) {
                Element path = document.createElementNS(SVG_NS, "path");
                path.setAttributeNS(null, "d", pathData(stroke.points(), frame, numbers));
                group.appendChild(path);
            }
        }
        return document;
    }

    public String toSvg(Ink ink) {
        StringWriter out = new StringWriter();
        serialise(toDocument(ink), new StreamResult(out));
        return out.toString();
    }

    public void write(Ink ink, OutputStream out) throws IOException {
        try {
            serialise(toDocument(ink), new StreamResult(out));
        } catch (IllegalStateException e) {
            throw new IOException("cannot write SVG: " + e.getMessage(), e);
        }
    }

    public void write(Ink ink, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(ink, out);
        }
    }

    /** Where the drawing of this ink lies and how big it is, for callers that scale it (the PNG writer). */
    Frame frame(Ink ink) {
        return Frame.of(ink, style);
    }

    private Element dot(Document document, Frame frame, Numbers numbers, InkPoint p) {
        Element circle = document.createElementNS(SVG_NS, "circle");
        circle.setAttributeNS(null, "cx", numbers.format(frame.x(p)));
        circle.setAttributeNS(null, "cy", numbers.format(frame.y(p)));
        circle.setAttributeNS(null, "r", Numbers.exact(style.strokeWidth() / 2));
        circle.setAttributeNS(null, "fill", style.colour());
        circle.setAttributeNS(null, "stroke", "none");
        return circle;
    }

    /**
     * Catmull-Rom through the points as cubic Beziers: the segment from p1 to p2 has control points
     * p1 + (p2 - p0) / 6 and p2 - (p3 - p1) / 6, with the end points repeated at either end. The curve passes
     * through every pen sample, so nothing the network wrote is moved.
     */
    private static String pathData(List<InkPoint> points, Frame frame, Numbers numbers) {
        int n = points.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = frame.x(points.get(i));
            ys[i] = frame.y(points.get(i));
        }
        StringBuilder d = new StringBuilder("M").append(numbers.format(xs[0])).append(' ')
                .append(numbers.format(ys[0]));
        for (int i = 0; i < n - 1; i++) {
            int prev = Math.max(i - 1, 0);
            int next = Math.min(i + 2, n - 1);
            d.append(" C").append(numbers.format(xs[i] + (xs[i + 1] - xs[prev]) / 6)).append(' ')
                    .append(numbers.format(ys[i] + (ys[i + 1] - ys[prev]) / 6)).append(' ')
                    .append(numbers.format(xs[i + 1] - (xs[next] - xs[i]) / 6)).append(' ')
                    .append(numbers.format(ys[i + 1] - (ys[next] - ys[i]) / 6)).append(' ')
                    .append(numbers.format(xs[i + 1])).append(' ')
                    .append(numbers.format(ys[i + 1]));
        }
        return d.toString();
    }

    private static void serialise(Document document, StreamResult result) {
        Transformer transformer = SecureXml.newIdentityTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        try {
            transformer.transform(new DOMSource(document), result);
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise SVG: " + e.getMessage(), e);
        }
    }

    /** Where the ink lands in the SVG: shifted to the margin, y flipped. */
    record Frame(double minX, double maxY, double margin, double width, double height) {
        static Frame of(Ink ink, SvgStyle style) {
            double margin = style.padding() + style.strokeWidth() / 2;
            if (ink.isEmpty()) {
                return new Frame(0, 0, margin, 2 * margin, 2 * margin);
            }
            Ink.Bounds b = ink.bounds();
            return new Frame(b.minX(), b.maxY(), margin, b.width() + 2 * margin, b.height() + 2 * margin);
        }

        double x(InkPoint p) {
            return p.x() - minX + margin;
        }

        double y(InkPoint p) {
            return maxY - p.y() + margin;
        }
    }

    /**
     * Coordinates rounded to about a ten-thousandth of the drawing's size: finer than any screen or printer
     * shows, and it keeps files small whatever units the ink uses.
     */
    private static final class Numbers {
        private final int decimals;

        Numbers(double extent) {
            int magnitude = (int) Math.floor(Math.log10(Math.max(extent, 1e-9)));
            decimals = Math.max(0, Math.min(12, 4 - magnitude));
        }

        String format(double value) {
            return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString();
        }

        /** Unrounded, for sizes that rounding could turn into 0 (a fine pen on a large drawing). */
        static String exact(double value) {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
