package inkwell.ink.prep;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import java.util.ArrayList;
import java.util.List;

/** Measures and rigid changes of whole inks. */
public final class InkGeometry {
    private InkGeometry() {
    }

    /** Total pen-down path length: the sum over strokes of the distances between consecutive points. */
    public static double pathLength(Ink ink) {
        double total = 0;
        for (Stroke s : ink.strokes()) {
            total += pathLength(s);
        }
        return total;
    }

    public static double pathLength(Stroke stroke) {
        double total = 0;
        for (int i = 1; i < stroke.size(); i++) {
            total += distance(stroke.get(i - 1), stroke.get(i));
        }
        return total;
    }

    public static double distance(InkPoint a, InkPoint b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }

    /** Multiplies every coordinate by {@code factor} (about the origin). */
    public static Ink scale(Ink ink, double factor) {
        return map(ink, p -> new InkPoint(p.x() * factor, p.y() * factor, p.t()));
    }

    /** Turns the ink about the origin by {@code radians}, counter-clockwise with y up. */
    public static Ink rotate(Ink ink, double radians) {
        double cos = Math.cos(radians), sin = Math.sin(radians);
        return map(ink, p -> new InkPoint(p.x() * cos - p.y() * sin, p.x() * sin + p.y() * cos, p.t()));
    }

    public static Ink translate(Ink ink, double dx, double dy) {
        return map(ink, p -> new InkPoint(p.x() + dx, p.y() + dy, p.t()));
    }

    /** Moves the ink so that its first point is at the origin; empty ink is returned as it is. */
    public static Ink firstPointAtOrigin(Ink ink) {
        if (ink.isEmpty()) {
            return ink;
        }
        InkPoint first = ink.strokes().stream().filter(s -> !s.isEmpty()).findFirst().orElseThrow().get(0);
        return translate(ink, -first.x(), -first.y());
    }

    private static Ink map(Ink ink, java.util.function.UnaryOperator<InkPoint> f) {
        List<Stroke> strokes = new ArrayList<>(ink.strokes().size());
        for (Stroke s : ink.strokes()) {
            List<InkPoint> points = new ArrayList<>(s.size());
            for (InkPoint p : s.points()) {
                points.add(f.apply(p));
            }
            strokes.add(new Stroke(points));
        }
        return ink.withStrokes(strokes);
    }
}
