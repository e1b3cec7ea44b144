package inkwell.app.writing;

import inkwell.ink.OffsetSequence;
import inkwell.model.Sampler;
import java.util.Arrays;

/**
 * Marks a written line often has outside its text. Primed with a style, the model sometimes goes back to the
 * prime's last word before it begins the line, adding a dash or tick to it with its attention still on the prime's
 * text (with the `neat` style, five of six lines at one sentence's first seeds); those leading strokes are
 * dropped. And the stop rule ends a line at the first pen lift after the attention has passed the last character;
 * the model, never shown what comes after the end of a line, has begun a new stroke by then in about half of the
 * lines. About half of those strokes are dots (kept: a full stop, or the dot of a question or exclamation mark, is
 * often written just as the window leaves the text); the rest, longer than a dot, are stray ticks, dashes and
 * brackets after the final full stop, and are dropped.
 */
final class StrayStrokes {
    /**
     * Longest pen path, in ink units, of a stroke begun after the end that is kept. A dot takes one or two points
     * at the 0.75-unit resampling; drawn in colour, the longer strokes begun after the end of 60 sentences were
     * stray marks in all but one doubtful case.
     */
    static final double MAX_DOT_LENGTH = 2.0;
    /**
     * A stroke written wholly with the window further back than this, in characters from the line's first, is
     * the prime's: while the line's first letter is written the window is within half a character of it.
     */
    static final float BEFORE_THE_LINE = -0.5f;

    private StrayStrokes() {
    }

    /** The line's offsets without the prime's strokes before it and a stray last stroke after its end. */
    static OffsetSequence trimmed(Sampler.Line line) {
        OffsetSequence o = line.offsets();
        int from = firstStrokeOnTheLine(line), to = o.length();
        int last = o.length() - 1;
        while (last > 0 && !o.penUp(last - 1)) {
            last--;
        }
        if (line.finished() && last > from && last >= firstStepPastTheEnd(line)
                && pathLength(o, last) > MAX_DOT_LENGTH) {
            to = last;
        }
        if (from == 0 && to == o.length()) {
            return o;
        }
        return new OffsetSequence(Arrays.copyOfRange(o.dxArray(), from, to), Arrays.copyOfRange(o.dyArray(), from, to),
                Arrays.copyOfRange(o.penUpArray(), from, to));
    }

    /**
     * The first point of the first stroke with a step where the window is on the line; 0 if there is none (a line
     * whose attention never reached its text is left as it is, for the alignment check to judge).
     */
    private static int firstStrokeOnTheLine(Sampler.Line line) {
        OffsetSequence o = line.offsets();
        int strokeStart = 0;
        for (int t = 0; t < o.length(); t++) {
            if (line.position()[t] >= BEFORE_THE_LINE) {
                return strokeStart;
            }
            if (o.penUp(t)) {
                strokeStart = t + 1;
            }
        }
        return 0;
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
