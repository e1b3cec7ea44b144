package inkwell.ink.prep;

import inkwell.ink.Ink;
import java.io.IOException;

/**
 * The whole path from a corpus sample to the ink a training set holds: label cleaned, size normalised per group
 * (median ink length per character brought to {@link Settings#inkPerCharacter}), strokes split at glitch jumps,
 * repeated points dropped, light Savitzky-Golay smoothing, arc-length resampling, first point moved to the origin.
 */
public final class Preprocessor {

    /**
     * @param inkPerCharacter  the common median pen-path length per non-space character, in output units
     * @param step             resampling distance, in output units; sets the density (points per character)
     * @param maxJump          a within-stroke move longer than this splits the stroke
     * @param smoothingHalfWidth Savitzky-Golay half window, in samples; 0 for none
     */
    public record Settings(double inkPerCharacter, double step, double maxJump, int smoothingHalfWidth) {
        /**
         * Units where a character holds 10 units of ink; a step of 0.75 gives about 12.5 points per character
         * (measured on UNIPEN category 8 after filtering), which keeps sequences short for CPU training.
         */
        public static Settings defaults() {
            return new Settings(10.0, 0.75, 8.0, 2);
        }
    }

    private final Settings settings;
    private final ScaleNormaliser scale;
    private final InkTransform shape;

    public Preprocessor(Settings settings, ScaleNormaliser scale) {
        this.settings = settings;
        this.scale = scale;
        InkTransform t = new JumpSplitter(settings.maxJump()).andThen(new RepeatedPointRemover(1e-9));
        if (settings.smoothingHalfWidth() > 0) {
            t = t.andThen(new SavitzkyGolaySmoother(settings.smoothingHalfWidth()));
        }
        this.shape = t.andThen(new ArcLengthResampler(settings.step()));
    }

    /** Reads the corpus once to measure each group's size, and returns the preprocessor that uses it. */
    public static Preprocessor fit(Corpus corpus, Settings settings) throws IOException {
        ScaleNormaliser.Builder builder = new ScaleNormaliser.Builder();
        corpus.read(sample -> builder.add(sample.group(), sample.ink()));
        return new Preprocessor(settings, builder.build(settings.inkPerCharacter()));
    }

    public Settings settings() {
        return settings;
    }

    public ScaleNormaliser scale() {
        return scale;
    }

    /**
     * The processed ink, its text the cleaned label. It is empty when nothing survives, or when the sample's group
     * could not be measured (none of its samples had both ink and a non-blank label).
     */
    public Ink apply(CorpusSample sample) {
        Ink ink = sample.ink().withText(LabelCleaner.clean(sample.ink().text()));
        if (!scale.isMeasured(sample.group())) {
            return ink.withStrokes(java.util.List.of());
        }
        ink = shape.apply(scale.apply(sample.group(), ink));
        return InkGeometry.firstPointAtOrigin(ink);
    }
}
