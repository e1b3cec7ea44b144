package inkwell.app.writing;

import inkwell.ink.Ink;
import inkwell.ink.OffsetSequence;
import inkwell.ink.prep.CorpusSample;
import inkwell.ink.prep.LabelCleaner;
import inkwell.ink.prep.Preprocessor;
import inkwell.ink.prep.ScaleNormaliser;
import inkwell.model.Sampler;

/**
 * Handwriting a person drew (in the page, at any size) turned into a prime in the model's ink space. It goes
 * through the same preprocessing as the training data (size normalised by pen path per character of its text,
 * glitch jumps split, smoothed, resampled, first point at the origin), so the model sees ink like the ink it
 * learned from. The model file does not record the preprocessing settings of its training set, so the defaults
 * are used, which are what the shipped model was trained with.
 */
public final class DrawnPrime {
    private static final String GROUP = "drawn";

    private DrawnPrime() {
    }

    /** The ink must be y-up and carry the text it says; throws IllegalArgumentException saying what is missing. */
    public static Sampler.Prime from(Ink drawn) {
        String text = LabelCleaner.clean(drawn.text());
        if (text.isEmpty()) {
            throw new IllegalArgumentException("the drawn style needs the text that was written");
        }
        Ink labelled = drawn.withText(text);
        Preprocessor.Settings settings = Preprocessor.Settings.defaults();
        ScaleNormaliser scale = new ScaleNormaliser.Builder().add(GROUP, labelled).build(settings.inkPerCharacter());
        if (!scale.isMeasured(GROUP)) {
            throw new IllegalArgumentException("the drawn style has no pen movement to learn from; draw the text"
                    + " with at least one stroke");
        }
        Ink prepared = new Preprocessor(settings, scale)
                .apply(new CorpusSample(labelled, GROUP, CorpusSample.NO_CATEGORY, ""));
        if (prepared.pointCount() < 2) {
            throw new IllegalArgumentException("the drawn style is too short to imitate; write a few words");
        }
        return new Sampler.Prime(OffsetSequence.fromInk(prepared), prepared.text());
    }
}
