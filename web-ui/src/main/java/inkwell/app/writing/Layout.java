package inkwell.app.writing;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import inkwell.ink.prep.InkGeometry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places written lines on a page, top to bottom. Each line is scaled so that its x-height becomes
 * {@link #X_HEIGHT} page units, its baseline put on the line's baseline ({@code lineHeight} below the one
 * before, half a line more between paragraphs) and its left edge placed by the alignment.
 * <p>
 * The x-height and baseline are estimated from the line's own ink: most pen points of handwriting lie in the
 * body of the letters, between the baseline and the x-height, with ascenders and descenders in the minority, so
 * the 20th and 80th percentiles of the points' heights bound the body. One line of capitals or punctuation would
 * mislead that estimate, so a line's scale may differ by at most {@link #MAX_SCALE_SPREAD} from the paragraph's
 * median: the page keeps one size of writing. Before that each line is levelled ({@link #levelled}).
 */
public final class Layout {
    /** Height of the letters' body in page units; stroke width and line height are measured against it. */
    public static final double X_HEIGHT = 10;
    static final double MAX_SCALE_SPREAD = 1.25;
    /** The most a line is turned to level it, in degrees: enough for any drift seen, too little to spin a scrawl. */
    static final double MAX_LEVELLING_DEGREES = 20;
    private static final double BODY_LOW = 0.2;
    private static final double BODY_HIGH = 0.8;

    private final LayoutOptions options;

    public Layout(LayoutOptions options) {
        this.options = options;
    }

    /** One written line: its ink in the model's units (y up) and its place in the text. */
    public record WrittenLine(Ink ink, TextLine line) {
    }

    /** The page: every line's strokes in writing order, the text the lines say joined by line breaks. */
    public Ink place(List<WrittenLine> lines) {
        if (lines.isEmpty()) {
            return Ink.of(List.of());
        }
        List<WrittenLine> level = lines.stream().map(l -> new WrittenLine(levelled(l.ink()), l.line())).toList();
        double[] scales = scales(level);
        List<Ink> scaled = new ArrayList<>();
        double pageWidth = 0;
        for (int i = 0; i < level.size(); i++) {
            Ink ink = level.get(i).ink();
            Ink s = transform(ink, scales[i], 0, 0);
            scaled.add(s);
            if (!s.isEmpty()) {
                pageWidth = Math.max(pageWidth, s.bounds().width());
            }
        }
        List<Stroke> strokes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Ink s = scaled.get(i);
            TextLine line = lines.get(i).line();
            texts.add(line.text());
            if (s.isEmpty()) {
                continue;
            }
            double baselineY = -(i * options.lineHeight() + line.paragraph() * options.lineHeight() / 2);
            double[] body = body(s);
            double width = s.bounds().width();
            double left = switch (options.align()) {
                case LEFT -> 0;
                case CENTER -> (pageWidth - width) / 2;
                case RIGHT -> pageWidth - width;
            };
            strokes.addAll(transform(s, 1, left - s.bounds().minX(), baselineY - body[0]).strokes());
        }
        return new Ink(strokes, String.join("\n", texts), "");
    }

    /**
     * The line turned about the origin so that the principal axis of its points is level. The model
     * sometimes lets a line climb or sink by several letters' height from its start to its end; placed as written,
     * such a line runs into its neighbours, and its body, measured over the whole line, comes out several times too
     * tall. Writers' own gentle slopes are levelled too, as on ruled paper.
     */
    static Ink levelled(Ink ink) {
        double n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (Stroke s : ink.strokes()) {
            for (InkPoint p : s.points()) {
                n++;
                sx += p.x();
                sy += p.y();
                sxx += p.x() * p.x();
                syy += p.y() * p.y();
                sxy += p.x() * p.y();
            }
        }
        if (n < 2) {
            return ink;
        }
        // The direction of the points' principal axis (the least-squares line measured across it, not down to it),
        // so that once turned by it the points' covariance is zero: the line is level by any straight-line fit.
        double varianceX = sxx - sx * sx / n, varianceY = syy - sy * sy / n, covariance = sxy - sx * sy / n;
        double limit = Math.toRadians(MAX_LEVELLING_DEGREES);
        double angle = Math.max(-limit, Math.min(limit, 0.5 * Math.atan2(2 * covariance, varianceX - varianceY)));
        return InkGeometry.rotate(ink, -angle);
    }

    /** Per line, the factor that brings its x-height to {@link #X_HEIGHT}, kept near the median of all lines. */
    private static double[] scales(List<WrittenLine> lines) {
        double[] raw = new double[lines.size()];
        List<Double> measured = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            Ink ink = lines.get(i).ink();
            double height = ink.isEmpty() ? 0 : bodyHeight(ink);
            raw[i] = height > 1e-9 ? X_HEIGHT / height : Double.NaN;
            if (!Double.isNaN(raw[i])) {
                measured.add(raw[i]);
            }
        }
        double median = measured.isEmpty() ? 1 : median(measured);
        double[] scales = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            double s = Double.isNaN(raw[i]) ? median : raw[i];
            scales[i] = Math.max(median / MAX_SCALE_SPREAD, Math.min(median * MAX_SCALE_SPREAD, s));
        }
        return scales;
    }

    /** Height of the body of the letters: from the 20th to the 80th percentile of the points' heights. */
    static double bodyHeight(Ink ink) {
        return bodyHeight(heights(ink));
    }

    /**
     * How many times taller the letters' body is in one half of the levelled line than in the other, the halves
     * split by pen points in writing order: 1 for an even hand; large where the letters grow or shrink partway, or a
     * stroke runs over several letters' height in one half.
     */
    static double sizeChange(Ink ink) {
        double[] ys = heights(levelled(ink));
        if (ys.length < 2) {
            return 1;
        }
        int half = ys.length / 2;
        double first = bodyHeight(Arrays.copyOfRange(ys, 0, half));
        double second = bodyHeight(Arrays.copyOfRange(ys, half, ys.length));
        return Math.max(first, second) / Math.max(Math.min(first, second), 1e-9);
    }

    /** Lower and upper bound of the body of the letters: percentiles of the points' heights. */
    private static double[] body(Ink ink) {
        return body(heights(ink));
    }

    private static double[] body(double[] heights) {
        double[] sorted = heights.clone();
        Arrays.sort(sorted);
        return new double[]{percentile(sorted, BODY_LOW), percentile(sorted, BODY_HIGH)};
    }

    private static double bodyHeight(double[] heights) {
        double[] body = body(heights);
        return body[1] - body[0];
    }

    /** The points' heights in writing order. */
    private static double[] heights(Ink ink) {
        double[] ys = new double[ink.pointCount()];
        int n = 0;
        for (Stroke s : ink.strokes()) {
            for (InkPoint p : s.points()) {
                ys[n++] = p.y();
            }
        }
        return ys;
    }

    private static double percentile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double f = position - below;
        return sorted[below] * (1 - f) + sorted[above] * f;
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return percentile(v, 0.5);
    }

    private static Ink transform(Ink ink, double scale, double dx, double dy) {
        return InkGeometry.translate(InkGeometry.scale(ink, scale), dx, dy);
    }
}
