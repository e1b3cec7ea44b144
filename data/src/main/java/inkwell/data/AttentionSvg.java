package inkwell.data;

import inkwell.ink.format.SecureXml;
import inkwell.model.Alphabet;
import inkwell.model.Sampler;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The attention of the soft window as a picture, one panel per line: time steps run to the right, the line's
 * characters (and the position after the last one, where the line ends) run down, and the darker a cell the more
 * the window weighed that character at that step. A model that writes well shows a dark band from top left to
 * bottom right. The heat map is a PNG embedded in the SVG (one pixel per cell, scaled up without smoothing); the
 * labels are SVG text, escaped by the serialiser, so no fonts are needed on the server. Used by the page and the
 * gallery.
 */
public final class AttentionSvg {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final int PLOT_WIDTH = 720;
    private static final int ROW_HEIGHT = 14;
    private static final int LABEL_WIDTH = 28;
    private static final int CAPTION_HEIGHT = 22;
    private static final int GAP = 14;
    private static final int INK_R = 0x1a, INK_G = 0x23, INK_B = 0x7e;

    private AttentionSvg() {
    }

    /** The picture of the lines' attention; the alphabet folds their text as the sampler did, to label the rows. */
    public static String svg(List<Sampler.Line> lines, Alphabet alphabet) {
        Document doc = SecureXml.newDocumentBuilder().newDocument();
        Element svg = doc.createElementNS(SVG_NS, "svg");
        svg.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns", SVG_NS);
        doc.appendChild(svg);
        Element title = doc.createElementNS(SVG_NS, "title");
        title.setTextContent("Attention of the soft window: characters (down) over time steps (across)");
        svg.appendChild(title);
        int y = 0;
        for (int i = 0; i < lines.size(); i++) {
            y = panel(doc, svg, lines.get(i), alphabet.fold(lines.get(i).text()), i + 1, y) + GAP;
        }
        int width = LABEL_WIDTH + PLOT_WIDTH + 4;
        svg.setAttributeNS(null, "width", Integer.toString(width));
        svg.setAttributeNS(null, "height", Integer.toString(y));
        svg.setAttributeNS(null, "viewBox", "0 0 " + width + " " + y);
        svg.setAttributeNS(null, "font-family", "sans-serif");
        svg.setAttributeNS(null, "font-size", "11");
        return serialise(doc);
    }

    /** Draws one line's panel from height {@code top}; returns the height below it. */
    private static int panel(Document doc, Element svg, Sampler.Line line, String folded, int number, int top) {
        float[][] phi = line.phi();
        int steps = phi.length;
        int rows = steps == 0 ? 1 : phi[0].length;
        Element caption = text(doc, 0, top + 15, "line " + number + " (" + steps + " steps): " + line.text());
        caption.setAttributeNS(null, "font-weight", "bold");
        svg.appendChild(caption);
        int plotTop = top + CAPTION_HEIGHT;
        for (int r = 0; r < rows; r++) {
            String label = r < folded.length() ? visible(folded.charAt(r)) : "end";
            Element t = text(doc, LABEL_WIDTH - 4, plotTop + r * ROW_HEIGHT + ROW_HEIGHT - 3, label);
            t.setAttributeNS(null, "text-anchor", "end");
            svg.appendChild(t);
        }
        if (steps > 0) {
            Element image = doc.createElementNS(SVG_NS, "image");
            image.setAttributeNS(null, "x", Integer.toString(LABEL_WIDTH));
            image.setAttributeNS(null, "y", Integer.toString(plotTop));
            image.setAttributeNS(null, "width", Integer.toString(PLOT_WIDTH));
            image.setAttributeNS(null, "height", Integer.toString(rows * ROW_HEIGHT));
            image.setAttributeNS(null, "preserveAspectRatio", "none");
            image.setAttributeNS(null, "style", "image-rendering:pixelated");
            image.setAttributeNS(null, "href", "data:image/png;base64," + heatMap(phi, rows));
            svg.appendChild(image);
        }
        Element frame = doc.createElementNS(SVG_NS, "rect");
        frame.setAttributeNS(null, "x", Integer.toString(LABEL_WIDTH));
        frame.setAttributeNS(null, "y", Integer.toString(plotTop));
        frame.setAttributeNS(null, "width", Integer.toString(PLOT_WIDTH));
        frame.setAttributeNS(null, "height", Integer.toString(rows * ROW_HEIGHT));
        frame.setAttributeNS(null, "fill", "none");
        frame.setAttributeNS(null, "stroke", "#888");
        svg.appendChild(frame);
        return plotTop + rows * ROW_HEIGHT;
    }

    /** One pixel per (step, character), shaded from white to ink blue by phi relative to the line's largest. */
    private static String heatMap(float[][] phi, int rows) {
        float max = 0;
        for (float[] column : phi) {
            for (float v : column) {
                max = Math.max(max, Float.isFinite(v) ? v : 0);
            }
        }
        BufferedImage image = new BufferedImage(phi.length, rows, BufferedImage.TYPE_INT_RGB);
        for (int t = 0; t < phi.length; t++) {
            for (int r = 0; r < rows; r++) {
                float v = r < phi[t].length && Float.isFinite(phi[t][r]) && max > 0 ? phi[t][r] / max : 0;
                image.setRGB(t, r, blend(0xff, INK_R, v) << 16 | blend(0xff, INK_G, v) << 8 | blend(0xff, INK_B, v));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory failed", e);
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static int blend(int from, int to, float v) {
        return Math.round(from + (to - from) * Math.max(0, Math.min(1, v)));
    }

    /** A space would be an empty label; show it as the open-box sign. */
    private static String visible(char c) {
        return c == ' ' ? "\u2423" : String.valueOf(c);
    }

    private static Element text(Document doc, int x, int y, String content) {
        Element t = doc.createElementNS(SVG_NS, "text");
        t.setAttributeNS(null, "x", Integer.toString(x));
        t.setAttributeNS(null, "y", Integer.toString(y));
        t.setTextContent(content);
        return t;
    }

    private static String serialise(Document doc) {
        Transformer transformer = SecureXml.newIdentityTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter out = new StringWriter();
        try {
            transformer.transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise the attention picture: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
