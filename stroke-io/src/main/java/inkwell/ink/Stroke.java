package inkwell.ink;

import java.util.List;

/** One pen-down trajectory: the points between touching the surface and lifting the pen. */
public record Stroke(List<InkPoint> points) {

    public Stroke {
        points = List.copyOf(points);
    }

    public int size() {
        return points.size();
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public InkPoint get(int i) {
        return points.get(i);
    }
}
