package inkwell.ink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The representation the network reads and writes: per step the offset (dx, dy) from the previous point and
 * whether the pen lifts after this point (end of stroke). The first step is the offset from the origin, so the
 * sequence keeps the ink's absolute position.
 */
public final class OffsetSequence {
    private final float[] dx;
    private final float[] dy;
    private final boolean[] penUp;

    public OffsetSequence(float[] dx, float[] dy, boolean[] penUp) {
        if (dx.length != dy.length || dx.length != penUp.length) {
            throw new IllegalArgumentException("dx, dy and penUp must have the same length, got "
                    + dx.length + ", " + dy.length + ", " + penUp.length);
        }
        this.dx = dx.clone();
        this.dy = dy.clone();
        this.penUp = penUp.clone();
    }

    public static OffsetSequence fromInk(Ink ink) {
        int n = ink.pointCount();
        float[] dx = new float[n];
        float[] dy = new float[n];
        boolean[] up = new boolean[n];
        double px = 0, py = 0;
        int i = 0;
        for (Stroke s : ink.strokes()) {
            for (int j = 0; j < s.size(); j++) {
                InkPoint p = s.get(j);
                dx[i] = (float) (p.x() - px);
                dy[i] = (float) (p.y() - py);
                px = p.x();
                py = p.y();
                up[i] = j == s.size() - 1;
                i++;
            }
        }
        return new OffsetSequence(dx, dy, up);
    }

    /** Back to absolute points: cumulative sums of the offsets, a new stroke after every pen-up. */
    public Ink toInk(String text) {
        List<Stroke> strokes = new ArrayList<>();
        List<InkPoint> current = new ArrayList<>();
        double x = 0, y = 0;
        for (int i = 0; i < dx.length; i++) {
            x += dx[i];
            y += dy[i];
            current.add(InkPoint.of(x, y));
            if (penUp[i]) {
                strokes.add(new Stroke(current));
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            strokes.add(new Stroke(current));
        }
        return new Ink(strokes, text, "");
    }

    public int length() {
        return dx.length;
    }

    public float dx(int i) {
        return dx[i];
    }

    public float dy(int i) {
        return dy[i];
    }

    public boolean penUp(int i) {
        return penUp[i];
    }

    public float[] dxArray() {
        return dx.clone();
    }

    public float[] dyArray() {
        return dy.clone();
    }

    public boolean[] penUpArray() {
        return penUp.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetSequence other && Arrays.equals(dx, other.dx) && Arrays.equals(dy, other.dy)
                && Arrays.equals(penUp, other.penUp);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(dx) + Arrays.hashCode(dy)) + Arrays.hashCode(penUp);
    }
}
