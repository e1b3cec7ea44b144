package inkwell.ink.prep;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import java.util.ArrayList;
import java.util.List;

/** Small inks built from coordinate lists: {@code stroke(x0, y0, x1, y1, ...)}. */
final class InkFixtures {
    private InkFixtures() {
    }

    static Stroke stroke(double... xy) {
        List<InkPoint> points = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(InkPoint.of(xy[i], xy[i + 1]));
        }
        return new Stroke(points);
    }

    static Ink ink(String text, Stroke... strokes) {
        return new Ink(List.of(strokes), text, "w");
    }
}
