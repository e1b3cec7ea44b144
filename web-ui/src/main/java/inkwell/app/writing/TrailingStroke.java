package inkwell.app.writing;

import inkwell.ink.OffsetSequence;
import inkwell.model.Sampler;
import java.util.Arrays;

/**
 * The mark a written line often ends with after its text is done. The stop rule ends a line at the first pen lift
 * after the attention has passed the last character; the model, never shown what comes after the end of a line,
 * has begun a new stroke by then in about half of the lines. About half of those strokes are dots (kept: a full
 * stop, or the dot of a question or exclamation mark, is often written just as the window leaves the text); the
 * rest, longer than a dot, are stray ticks, dashes and brackets after the final full stop, and are dropped.
 */
final class TrailingStroke {
    /**
     * Longest pen path, in ink units, of a stroke begun after the end that is kept. A dot takes one or two points
     * at the 0.75-unit resampling; drawn in colour, the longer strokes begun after the end of 60 sentences were
     * stray marks in all but one doubtful case.
     */
    static final double MAX_DOT_LENGTH = 2.0;

    private TrailingStroke() {
    }

    /** The line's offsets without a last stroke begun after the attention passed the end and longer than a dot. */
    static OffsetSequence trimmed(Sampler.Line line) {
        OffsetSequence o = line.offsets();
        int n = o.length();
        int start = n - 1;
        while (start > 0 && !o.penUp(start - 1)) {
            start--;
        }
        if (!line.finished() || start == 0 || start < firstStepPastTheEnd(line)
                || pathLength(o, start) <= MAX_DOT_LENGTH) {
            return o;
        }
        return new OffsetSequence(Arrays.copyOf(o.dxArray(), start), Arrays.copyOf(o.dyArray(), start),
                Arrays.copyOf(o.penUpArray(), start));
    }

    /** The first step where the position after the text outweighs every character; the line's length if none. */
    private static int firstStepPastTheEnd(Sampler.Line line) {
        int characters = line.text().length();
        for (int t = 0; t < line.phi().length; t++) {
            float[] phi = line.phi()[t];
            float best = 0;
            for (int u = 0; u < characters; u++) {
                best = Math.max(best, phi[u]);
            }
            if (phi[characters] > best) {
                return t;
            }
        }
        return line.offsets().length();
    }

    /** Pen path of the stroke from {@code start}: its first offset is the pen-up move to it, not ink. */
    private static double pathLength(OffsetSequence o, int start) {
        double length = 0;
        for (int t = start + 1; t < o.length(); t++) {
            length += Math.hypot(o.dx(t), o.dy(t));
        }
        return length;
    }
}
