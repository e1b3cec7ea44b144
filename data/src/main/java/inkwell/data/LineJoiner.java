package inkwell.data;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.OffsetSequence;
import inkwell.ink.Stroke;
import inkwell.ink.prep.InkGeometry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Longer training lines made of two consecutive lines of one writer, the second moved to follow the first on its
 * line after a word space. UNIPEN's lines are short (median 15 characters) while people ask for sentences of 25 to 40,
 * and the model keeps its attention in order less often on lines longer than it was shown.
 */
public final class LineJoiner {
    /** UNIPEN's category of free-text lines. */
    static final int LINE_CATEGORY = 8;

    private LineJoiner() {
    }

    /**
     * Every pair of neighbouring line samples (in file order, which is the order they were written in) by the
     * same writer whose joined text has at most {@code maxCharacters} characters.
     */
    public static List<TrainingSample> joinedPairs(List<TrainingSample> samples, int maxCharacters) {
        List<TrainingSample> joined = new ArrayList<>();
        for (int i = 1; i < samples.size(); i++) {
            TrainingSample a = samples.get(i - 1), b = samples.get(i);
            if (a.category() == LINE_CATEGORY && b.category() == LINE_CATEGORY && a.writer().equals(b.writer())
                    && a.text().length() + 1 + b.text().length() <= maxCharacters) {
                joined.add(join(a, b));
            }
        }
        return joined;
    }

    /**
     * The second line placed one mean character advance (both lines' width over their characters) to the right of
     * the first, its median height on the first's: a baseline shift between lines would otherwise look like a step.
     */
    static TrainingSample join(TrainingSample a, TrainingSample b) {
        Ink first = a.offsets().toInk(a.text());
        Ink second = b.offsets().toInk(b.text());
        Ink.Bounds fa = first.bounds(), sb = second.bounds();
        double advance = (fa.width() + sb.width()) / (a.text().length() + b.text().length());
        Ink moved = InkGeometry.translate(second, fa.maxX() + advance - sb.minX(), medianY(first) - medianY(second));
        List<Stroke> strokes = new ArrayList<>(first.strokes());
        strokes.addAll(moved.strokes());
        String text = a.text() + " " + b.text();
        return new TrainingSample(text, a.writer(), LINE_CATEGORY,
                OffsetSequence.fromInk(new Ink(strokes, text, a.writer())));
    }

    private static double medianY(Ink ink) {
        double[] ys = ink.strokes().stream().flatMap(s -> s.points().stream()).mapToDouble(InkPoint::y).toArray();
        Arrays.sort(ys);
        return ys[ys.length / 2];
    }
}
