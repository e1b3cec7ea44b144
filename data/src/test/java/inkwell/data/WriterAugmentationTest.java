package inkwell.data;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.OffsetSequence;
import inkwell.ink.Stroke;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WriterAugmentationTest {
    /** One vertical bar 6 units tall, then a horizontal one 6 units long, as the builder would have resampled them. */
    private static TrainingSample line(String writer) {
        List<InkPoint> up = new ArrayList<>(), across = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            up.add(InkPoint.of(0, 0.75 * i));
            across.add(InkPoint.of(2 + 0.75 * i, 0));
        }
        Ink ink = new Ink(List.of(new Stroke(up), new Stroke(across)), "lt", "");
        return new TrainingSample("lt", writer, 8, OffsetSequence.fromInk(ink));
    }

    private static TrainingSet set(Map<String, String> metadata) {
        return new TrainingSet(metadata, List.of(line("a"), line("b"), line("a")), List.of(line("v")));
    }

    /** The slant of the first stroke (x change over y change) and the length of the second. */
    private static double[] shape(TrainingSample s) {
        List<Stroke> strokes = s.offsets().toInk(s.text()).strokes();
        Stroke bar = strokes.get(0), flat = strokes.get(1);
        InkPoint bottom = bar.get(0), top = bar.get(bar.size() - 1);
        InkPoint left = flat.get(0), right = flat.get(flat.size() - 1);
        return new double[]{(top.x() - bottom.x()) / (top.y() - bottom.y()), right.x() - left.x(),
                top.y() - bottom.y()};
    }

    @Test
    void eachTrainingWriterGetsOneSlantAndWidthAndValidationIsKept() {
        TrainingSet augmented = WriterAugmentation.apply(set(Map.of("prep.step", "0.75")),
                new WriterAugmentation.Settings(0.3, 0.2, 5));
        List<TrainingSample> train = augmented.train();
        double[] a1 = shape(train.get(0)), b = shape(train.get(1)), a2 = shape(train.get(2));
        assertEquals(a1[0], a2[0], 1e-6, "one writer, one slant");
        assertEquals(a1[1], a2[1], 1e-6, "one writer, one width");
        assertTrue(Math.abs(a1[0] - b[0]) > 1e-3 || Math.abs(a1[1] - b[1]) > 1e-3, "writers draw their own");
        assertTrue(Math.abs(a1[0]) > 1e-3 && Math.abs(a1[1] - 6) > 1e-3, "writer a was transformed");
        assertEquals(6, a1[2], 0.05, "heights are kept (up to where the resampling ends a stroke)");
        assertEquals(set(Map.of()).validation(), augmented.validation());
        assertTrue(augmented.metadata().get("augmented").contains("slant k ~ N(0,0.3)"),
                augmented.metadata().toString());
        for (TrainingSample s : train) {
            OffsetSequence o = s.offsets();
            for (int i = 1; i < o.length(); i++) {
                if (!o.penUp(i - 1)) {
                    assertTrue(Math.hypot(o.dx(i), o.dy(i)) <= 0.75 + 1e-4, "resampled at the set's spacing");
                }
            }
        }
    }

    @Test
    void noSpreadLeavesTheInkAsItWas() {
        TrainingSet same = WriterAugmentation.apply(set(Map.of("prep.step", "0.75")),
                new WriterAugmentation.Settings(0, 0, 5));
        double[] s = shape(same.train().get(0));
        assertEquals(0, s[0], 1e-6);
        assertEquals(6, s[1], 1e-6);
    }

    @Test
    void refusesASetThatDoesNotSayItsSpacingAndSpreadsOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WriterAugmentation.apply(set(Map.of()), new WriterAugmentation.Settings(0.1, 0.1, 1)));
        assertTrue(e.getMessage().contains("prep.step"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WriterAugmentation.Settings(-0.1, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> new WriterAugmentation.Settings(0.1, Double.NaN, 1));
    }
}
