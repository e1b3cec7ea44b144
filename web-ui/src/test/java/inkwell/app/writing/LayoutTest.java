package inkwell.app.writing;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LayoutTest {

    /** A zigzag "line" whose body spans y in [0, height] and whose width is {@code width}, in model units. */
    private static Ink zigzag(double width, double height, double x0, double y0) {
        List<InkPoint> points = new ArrayList<>();
        int n = 41;
        for (int i = 0; i < n; i++) {
            points.add(InkPoint.of(x0 + width * i / (n - 1), y0 + (i % 2 == 0 ? 0 : height)));
        }
        return Ink.of(List.of(new Stroke(points)));
    }

    private static Layout.WrittenLine line(Ink ink, String text, int paragraph) {
        return new Layout.WrittenLine(ink, new TextLine(text, paragraph));
    }

    @Test
    void bringsEachLineToTheXHeightAndStacksBaselines() {
        Layout layout = new Layout(new LayoutOptions(40, 30, Align.LEFT));
        Ink page = layout.place(List.of(line(zigzag(100, 4, 7, 3), "one", 0), line(zigzag(80, 4.4, -5, 1), "two", 0)));
        Ink.Bounds first = bounds(page.strokes().get(0));
        Ink.Bounds second = bounds(page.strokes().get(1));
        assertEquals(Layout.X_HEIGHT, first.height(), 1e-9);
        assertEquals(Layout.X_HEIGHT, second.height(), 1e-9);
        assertEquals(0, first.minY(), 1e-9);
        assertEquals(-30, second.minY(), 1e-9);
        assertEquals(0, first.minX(), 1e-9);
        assertEquals(0, second.minX(), 1e-9);
        assertEquals("one\ntwo", page.text());
    }

    @Test
    void aNewParagraphAddsHalfALine() {
        Layout layout = new Layout(new LayoutOptions(40, 20, Align.LEFT));
        Ink page = layout.place(List.of(line(zigzag(50, 4, 0, 0), "a", 0), line(zigzag(50, 4, 0, 0), "b", 1)));
        assertEquals(-30, bounds(page.strokes().get(1)).minY(), 1e-9);
    }

    @Test
    void alignsRightAndCentreAgainstTheWidestLine() {
        List<Layout.WrittenLine> lines = List.of(line(zigzag(100, 4, 0, 0), "long", 0),
                line(zigzag(40, 4, 0, 0), "short", 0));
        Ink right = new Layout(new LayoutOptions(40, 30, Align.RIGHT)).place(lines);
        assertEquals(bounds(right.strokes().get(0)).maxX(), bounds(right.strokes().get(1)).maxX(), 1e-9);
        Ink centre = new Layout(new LayoutOptions(40, 30, Align.CENTER)).place(lines);
        Ink.Bounds a = bounds(centre.strokes().get(0));
        Ink.Bounds b = bounds(centre.strokes().get(1));
        assertEquals((a.minX() + a.maxX()) / 2, (b.minX() + b.maxX()) / 2, 1e-9);
    }

    @Test
    void anOddLineKeepsNearThePageScale() {
        // The third line's body is tiny (punctuation, say): its scale may not exceed the median by more than 25%.
        Layout layout = new Layout(new LayoutOptions(40, 30, Align.LEFT));
        Ink page = layout.place(List.of(line(zigzag(100, 4, 0, 0), "a", 0), line(zigzag(100, 4, 0, 0), "b", 0),
                line(zigzag(10, 0.4, 0, 0), "...", 0)));
        assertEquals(Layout.X_HEIGHT * 0.1 * Layout.MAX_SCALE_SPREAD, bounds(page.strokes().get(2)).height(), 1e-9);
    }

    /** The zigzag of {@link #zigzag} climbing {@code slope} units per unit to the right. */
    private static Ink climbing(double width, double height, double slope) {
        List<InkPoint> points = new ArrayList<>();
        for (InkPoint p : zigzag(width, height, 0, 0).strokes().get(0).points()) {
            points.add(InkPoint.of(p.x(), p.y() + slope * p.x()));
        }
        return Ink.of(List.of(new Stroke(points)));
    }

    private static double slope(Stroke stroke) {
        double n = stroke.size(), sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (InkPoint p : stroke.points()) {
            sx += p.x();
            sy += p.y();
            sxx += p.x() * p.x();
            sxy += p.x() * p.y();
        }
        return (sxy - sx * sy / n) / (sxx - sx * sx / n);
    }

    @Test
    void aLineThatClimbsIsLevelledAndGetsItsTrueSize() {
        // Climbing 15 units over its width, the line's raw body (20th to 80th percentile of heights) is 3 times its
        // letters' height; levelled, its letters come out X_HEIGHT tall like its level neighbour's.
        Layout layout = new Layout(new LayoutOptions(40, 30, Align.LEFT));
        Ink page = layout.place(List.of(line(zigzag(100, 4, 0, 0), "a", 0), line(climbing(100, 4, 0.15), "b", 0)));
        Stroke levelled = page.strokes().get(1);
        assertEquals(0, slope(levelled), 1e-9);
        assertEquals(bounds(page.strokes().get(0)).height(), bounds(levelled).height(), 0.2);
        assertEquals(-30, bounds(levelled).minY(), 0.1);
    }

    @Test
    void aLineIsTurnedNoMoreThanTheLimit() {
        // At 45 degrees, turned back by the limit: the last point, (100, 100), goes to
        // 100 (cos a + sin a, cos a - sin a).
        InkPoint last = Layout.levelled(climbing(100, 4, 1.0)).strokes().get(0).points().get(40);
        double a = Math.toRadians(Layout.MAX_LEVELLING_DEGREES);
        assertEquals(100 * (Math.cos(a) + Math.sin(a)), last.x(), 1e-9);
        assertEquals(100 * (Math.cos(a) - Math.sin(a)), last.y(), 1e-9);
    }

    @Test
    void sizeChangeComparesTheBodyOfTheLinesHalves() {
        Ink even = zigzag(100, 2, 0, 0);
        assertEquals(1, Layout.sizeChange(even), 1e-9);
        assertEquals(1, Layout.sizeChange(climbing(100, 2, 0.1)), 0.05, "a slope is levelled first");
        List<Stroke> shrinking = new ArrayList<>(zigzag(50, 3, 0, 0).strokes());
        shrinking.addAll(zigzag(50, 1, 60, 0).strokes());
        // Levelling turns this line a little (its taller half lifts the principal axis at the start).
        assertEquals(3, Layout.sizeChange(Ink.of(shrinking)), 0.3);
    }

    private static Ink.Bounds bounds(Stroke stroke) {
        return Ink.of(List.of(stroke)).bounds();
    }
}
