package inkwell.ink.prep;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a stroke where two consecutive points are further apart than {@code maxJump}: a tablet that lost the
 * pen for a moment, or a glitch sample, draws a straight line the writer never made. A piece of a single point
 * cut from a longer stroke is such a glitch sample and is dropped.
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
            List<InkPoint> current = new ArrayList<>();
            for (InkPoint p : s.points()) {
                if (!current.isEmpty() && InkGeometry.distance(current.get(current.size() - 1), p) > maxJump) {
                    addUnlessGlitch(strokes, current, s.size());
                    current = new ArrayList<>();
                }
                current.add(p);
            }
            addUnlessGlitch(strokes, current, s.size());
        }
        return ink.withStrokes(strokes);
    }

    /** A single point torn out of a longer stroke by two jumps is a glitch sample, not ink. */
    private static void addUnlessGlitch(List<Stroke> strokes, List<InkPoint> piece, int originalSize) {
        if (piece.isEmpty() || (piece.size() == 1 && originalSize > 1)) {
            return;
        }
        strokes.add(new Stroke(piece));
    }
}
