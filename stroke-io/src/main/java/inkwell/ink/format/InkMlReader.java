package inkwell.ink.format;

import inkwell.ink.Ink;
import inkwell.ink.InkFormatException;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads W3C InkML: every {@code <trace>} outside {@code <definitions>} becomes a stroke, in document order; the
 * {@code <annotation type="truth">} directly under {@code <ink>} is the text and {@code <annotation
 * type="writer">} the writer. Channels X and Y are required, T (seconds, or milliseconds with units="ms") is
 * optional, other channels are ignored. Trace values may be explicit or use the ' (first difference) and "
 * (second difference) prefixes. InkML's Y grows downward unless the Y channel says orientation="-ve", so y is
 * negated to make ink y-up; times are shifted so the first point is at t = 0.
 * <p>
 * Not supported (refused with a message, never misread): several different trace formats in one file and the
 * value forms T, F, * and ?.
 */
public final class InkMlReader {

    private InkMlReader() {
    }

    public static Ink read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    public static Ink read(InputStream in, String source) throws IOException {
        Document document = SecureXml.parse(in, source);
        Element root = document.getDocumentElement();
        String ns = root.getNamespaceURI();
        if (!"ink".equals(root.getLocalName()) || !(ns == null || InkMl.NAMESPACE.equals(ns))) {
            throw new InkFormatException(source + ": root element is <" + root.getTagName() + "> in namespace "
                    + ns + "; InkML has <ink xmlns=\"" + InkMl.NAMESPACE + "\">");
        }
        TraceFormat format = TraceFormat.of(root, source);
        List<Stroke> strokes = new ArrayList<>();
        double[] firstTime = {Double.NaN};
        NodeList traces = root.getElementsByTagNameNS(ns == null ? "*" : ns, "trace");
        int traceNumber = 0;
        for (int i = 0; i < traces.getLength(); i++) {
            Element trace = (Element) traces.item(i);
            if (insideDefinitions(trace)) {
                continue;
            }
            traceNumber++;
            List<InkPoint> points = parseTrace(trace.getTextContent(), format, source + ": trace " + traceNumber,
                    firstTime);
            if (!points.isEmpty()) {
                strokes.add(new Stroke(points));
            }
        }
        return new Ink(strokes, annotation(root, InkMl.TRUTH), annotation(root, InkMl.WRITER));
    }

    /** Points of one trace. {@code firstTime} carries the ink's first time stamp from trace to trace. */
    private static List<InkPoint> parseTrace(String text, TraceFormat format, String where, double[] firstTime)
            throws InkFormatException {
        List<InkPoint> points = new ArrayList<>();
        if (text.isBlank()) {
            return points;
        }
        ChannelState[] channels = new ChannelState[format.maxValues()];
        for (int c = 0; c < channels.length; c++) {
            channels[c] = new ChannelState();
        }
        String[] pointTexts = text.split(",", -1);
        for (int p = 0; p < pointTexts.length; p++) {
            String pointWhere = where + ", point " + (p + 1);
            double[] values = parsePoint(pointTexts[p], channels, p == 0, pointWhere);
            if (values.length < format.regularCount() || values.length > format.maxValues()) {
                throw new InkFormatException(pointWhere + ": " + values.length + " values, the trace format "
                        + format.describe() + " needs " + format.regularCount()
                        + (format.maxValues() > format.regularCount() ? " to " + format.maxValues() : ""));
            }
            double x = values[format.x()];
            double y = format.yUp() ? values[format.y()] : Flip.negate(values[format.y()]);
            double t = Double.NaN;
            if (format.t() >= 0) {
                if (Double.isNaN(firstTime[0])) {
                    firstTime[0] = values[format.t()];
                }
                t = (values[format.t()] - firstTime[0]) * format.secondsPerTimeUnit();
            }
            points.add(new InkPoint(x, y, t));
        }
        return points;
    }

    /** Per-channel decoding state: InkML's difference prefixes stick to a channel until the next prefix. */
    private static final class ChannelState {
        char mode = '!';
        double value;
        double velocity;
    }

    private static double[] parsePoint(String text, ChannelState[] channels, boolean first, String where)
            throws InkFormatException {
        List<Double> values = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int channel = values.size();
            if (channel >= channels.length) {
                throw new InkFormatException(where + ": more values than the trace format has channels ("
                        + channels.length + ")");
            }
            ChannelState state = channels[channel];
            char c = text.charAt(i);
            if (c == '!' || c == '\'' || c == '"') {
                state.mode = c;
                i++;
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            }
            Matcher number = StrictNumber.DECIMAL.matcher(text).region(i, n);
            if (!number.lookingAt()) {
                throw new InkFormatException(where + ": '" + StrictNumber.abbreviate(text.substring(i).strip())
                        + "' is not a number (allowed: decimals, optionally prefixed by ! ' or \";"
                        + " T, F, * and ? are not supported)");
            }
            double read = Double.parseDouble(number.group());
            i = number.end();
            if (first && state.mode != '!') {
                throw new InkFormatException(where + ": the first point of a trace cannot be a difference");
            }
            double previous = state.value;
            switch (state.mode) {
                case '\'' -> state.velocity = read;
                case '"' -> state.velocity += read;
                default -> state.velocity = first ? 0 : read - previous;
            }
            state.value = state.mode == '!' ? read : previous + state.velocity;
            if (!Double.isFinite(state.value)) {
                throw new InkFormatException(where + ": value " + StrictNumber.abbreviate(number.group())
                        + " is not finite");
            }
            values.add(state.value);
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean insideDefinitions(Element element) {
        for (Node n = element.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            if ("definitions".equals(e.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static String annotation(Element ink, String type) {
        for (Element a : Dom.children(ink, "annotation")) {
            if (type.equals(a.getAttribute("type"))) {
                return a.getTextContent().strip();
            }
        }
        return "";
    }

    /** Where X, Y and T sit in each point, taken from the file's trace format (X Y when it has none). */
    private record TraceFormat(List<String> regular, int intermittentCount, int x, int y, int t, boolean yUp,
                               double secondsPerTimeUnit) {

        static TraceFormat of(Element root, String source) throws InkFormatException {
            NodeList formats = root.getElementsByTagNameNS("*", "traceFormat");
            TraceFormat chosen = null;
            for (int i = 0; i < formats.getLength(); i++) {
                TraceFormat format = parse((Element) formats.item(i), source);
                if (format == null) {
                    continue; // a reference to another trace format, not a definition
                }
                if (chosen != null && !chosen.regular.equals(format.regular)) {
                    throw new InkFormatException(source + ": several trace formats (" + chosen.describe() + " and "
                            + format.describe() + "); only files with one trace format are supported");
                }
                if (chosen == null) {
                    chosen = format;
                }
            }
            return chosen != null ? chosen : new TraceFormat(List.of("X", "Y"), 0, 0, 1, -1, false, 1);
        }

        private static TraceFormat parse(Element element, String source) throws InkFormatException {
            List<Element> channels = Dom.children(element, "channel");
            if (channels.isEmpty()) {
                return null;
            }
            List<String> names = new ArrayList<>();
            boolean yUp = false;
            double secondsPerUnit = 1;
            for (Element channel : channels) {
                String name = channel.getAttribute("name");
                names.add(name);
                if (name.equals("Y") && "-ve".equals(channel.getAttribute("orientation"))) {
                    yUp = true;
                }
                if (name.equals("T")) {
                    secondsPerUnit = secondsPerTimeUnit(channel.getAttribute("units"), source);
                }
            }
            int x = names.indexOf("X");
            int y = names.indexOf("Y");
            if (x < 0 || y < 0) {
                throw new InkFormatException(source + ": trace format " + names
                        + " lacks channel X or Y; both are required");
            }
            Element intermittent = Dom.firstChild(element, "intermittentChannels");
            int intermittentCount = intermittent == null ? 0 : Dom.children(intermittent, "channel").size();
            return new TraceFormat(List.copyOf(names), intermittentCount, x, y, names.indexOf("T"), yUp,
                    secondsPerUnit);
        }

        private static double secondsPerTimeUnit(String units, String source) throws InkFormatException {
            return switch (units) {
                case "", "s" -> 1;
                case "ms" -> 0.001;
                default -> throw new InkFormatException(source + ": channel T has units '" + units
                        + "'; supported: s, ms");
            };
        }

        int regularCount() {
            return regular.size();
        }

        int maxValues() {
            return regular.size() + intermittentCount;
        }

        String describe() {
            return String.join(" ", regular);
        }
    }
}
