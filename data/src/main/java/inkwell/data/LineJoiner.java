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
 * Longer training lines made of consecutive lines of one writer, each moved to follow the one before on its line
 * after a word space. UNIPEN's lines are short (median 15 characters) while people ask for sentences of 25 to 40,
 * and the model keeps its attention in order less often on lines longer than it was shown.
 */
public final class LineJoiner {
    /** UNIPEN's category of free-text lines. */
    static final int LINE_CATEGORY = 8;

    private LineJoiner() {
    }

    /**
     * From every line sample (in file order, which is the order they were written in), it and as many of the same
     * writer's following lines as fit: at most {@code maxLines} lines and {@code maxCharacters} characters with the
     * spaces between them; a line with no neighbour that fits gives nothing. With {@code maxLines} 2, every pair of
     * neighbouring lines that fits.
     */
    public static List<TrainingSample> joinedRuns(List<TrainingSample> samples, int maxCharacters, int maxLines) {
        if (maxLines < 2) {
            throw new IllegalArgumentException("a run joins at least 2 lines, not " + maxLines);
        }
        List<TrainingSample> joined = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            TrainingSample run = samples.get(i);
            if (run.category() != LINE_CATEGORY) {
                continue;
            }
            int lines = 1;
            for (int j = i + 1; j < samples.size() && lines < maxLines; j++, lines++) {
                TrainingSample next = samples.get(j);
                if (next.category() != LINE_CATEGORY || !next.writer().equals(run.writer())
                        || run.text().length() + 1 + next.text().length() > maxCharacters) {
                    break;
                }
                run = join(run, next);
            }
            if (run != samples.get(i)) {
                joined.add(run);
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
