package inkwell.data;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.OffsetSequence;
import inkwell.ink.Stroke;
import inkwell.ink.prep.ArcLengthResampler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * New writers from the training set's own: every training writer's lines get one random slant and width,
 * x' = w x + k y with k ~ N(0, slant^2) and w = exp(N(0, width^2)), and are resampled at the set's spacing;
 * validation is left as it was. A regulariser against the gap between training writers and new ones. The resampling
 * matters: pen-down steps in the set are all about one spacing long, and the model learns that, so transformed
 * offsets alone cost it over a nat per point.
 */
public final class WriterAugmentation {
    /** Metadata key of the set's resampling spacing (written by the builder). */
    static final String STEP_KEY = "prep.step";

    /** Standard deviations of the slant k and of the log width, and the seed the writers' draws come from. */
    public record Settings(double slant, double width, long seed) {
        public Settings {
            if (!(slant >= 0 && slant < 1) || !(width >= 0 && width < 1)) {
                throw new IllegalArgumentException("slant and width must be from 0 to below 1, got " + slant + " and "
                        + width);
            }
        }
    }

    private WriterAugmentation() {
    }

    /** The set with its training writers transformed; writers draw in the order they first appear. */
    public static TrainingSet apply(TrainingSet set, Settings settings) {
        String step = set.metadata().get(STEP_KEY);
        if (step == null) {
            throw new IllegalArgumentException("the training set does not say its resampling spacing (" + STEP_KEY
                    + "); make it with 'inkwell prepare'");
        }
        ArcLengthResampler resampler = new ArcLengthResampler(Double.parseDouble(step));
        Random random = new Random(settings.seed());
        Map<String, double[]> byWriter = new HashMap<>();
        List<TrainingSample> train = new ArrayList<>();
        for (TrainingSample s : set.train()) {
            double[] t = byWriter.computeIfAbsent(s.writer(), w -> new double[]{
                    random.nextGaussian() * settings.slant(), Math.exp(random.nextGaussian() * settings.width())});
            Ink ink = s.offsets().toInk(s.text());
            List<Stroke> strokes = new ArrayList<>();
            for (Stroke stroke : ink.strokes()) {
                List<InkPoint> points = new ArrayList<>();
                for (InkPoint p : stroke.points()) {
                    points.add(InkPoint.of(t[1] * p.x() + t[0] * p.y(), p.y()));
                }
                strokes.add(new Stroke(points));
            }
            Ink moved = resampler.apply(new Ink(strokes, s.text(), ""));
            train.add(new TrainingSample(s.text(), s.writer(), s.category(), OffsetSequence.fromInk(moved)));
        }
        Map<String, String> metadata = new LinkedHashMap<>(set.metadata());
        metadata.put("augmented", "per training writer: slant k ~ N(0," + settings.slant() + "), width ~ exp N(0,"
                + settings.width() + "), seed " + settings.seed());
        return new TrainingSet(metadata, train, set.validation());
    }
}
