package inkwell.ink.prep;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a stroke where two consecutive points are further apart than {@code maxJump}: a tablet that lost the
 * pen for a moment, or a glitch sample, draws a straight line the writer never made. A piece of a single point
 * cut from a stroke of three or more points is such a glitch sample and is dropped; strokes of one or two points
 * are left as they are.
 */
public final class JumpSplitter implements InkTransform {
    private final double maxJump;

    public JumpSplitter(double maxJump) {
        this.maxJump = maxJump;
    }

    @Override
    public Ink apply(Ink ink) {
        List<Stroke> strokes = new ArrayList<>();
        for (Stroke s : ink.strokes()) {
            if (s.size() < 3) {
                // two points far apart are a straight line drawn fast; nothing shows which of them is wrong
                if (!s.isEmpty()) {
                    strokes.add(s);
                }
                continue;
            }
            List<InkPoint> current = new ArrayList<>();
            for (InkPoint p : s.points()) {
                if (!current.isEmpty() && InkGeometry.distance(current.get(current.size() - 1), p) > maxJump) {
                    addUnlessGlitch(strokes, current);
                    current = new ArrayList<>();
                }
                current.add(p);
            }
            addUnlessGlitch(strokes, current);
        }
        return ink.withStrokes(strokes);
    }

    /** A single point torn out of a longer stroke is a glitch sample, not ink. */
    private static void addUnlessGlitch(List<Stroke> strokes, List<InkPoint> piece) {
        if (piece.size() < 2) {
            return;
        }
        strokes.add(new Stroke(piece));
    }
}
