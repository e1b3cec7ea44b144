package inkwell.data;

import inkwell.ink.Ink;
import inkwell.ink.OffsetSequence;
import inkwell.ink.prep.CorpusSample;
import inkwell.ink.prep.Preprocessor;
import inkwell.ink.prep.ScaleNormaliser;
import inkwell.model.Sampler;

/**
 * Turns handwriting from anywhere (a drawing in the web page, a file) into a prime for the sampler: the same
 * path the training data took, so the model sees ink like its own: size brought to the training set's ink
 * length per character, glitch jumps split, repeats dropped, smoothed, resampled, first point at the origin.
 * The ink must be y-up and carry the text it says.
 */
public final class StylePrime {
    private static final int MIN_POINTS = 10;

    private StylePrime() {
    }

    public static Sampler.Prime fromInk(Ink ink) {
        if (ink.text().isBlank()) {
            throw new IllegalArgumentException("a style sample needs the text that was written");
        }
        if (ScaleNormaliser.inkPerCharacter(ink).orElse(0) <= 0) {
            throw new IllegalArgumentException("a style sample needs ink: draw the text first");
        }
        Preprocessor.Settings settings = Preprocessor.Settings.defaults();
        ScaleNormaliser scale = new ScaleNormaliser.Builder().add("prime", ink).build(settings.inkPerCharacter());
        Ink shaped = new Preprocessor(settings, scale)
                .apply(new CorpusSample(ink, "prime", CorpusSample.NO_CATEGORY, ""));
        if (shaped.pointCount() < MIN_POINTS) {
            throw new IllegalArgumentException("the style sample is too small: " + shaped.pointCount()
                    + " points after resampling, at least " + MIN_POINTS + " needed");
        }
        return new Sampler.Prime(OffsetSequence.fromInk(shaped), shaped.text());
    }
}
