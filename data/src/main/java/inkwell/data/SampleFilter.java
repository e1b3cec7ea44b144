package inkwell.data;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import inkwell.ink.prep.ScaleNormaliser;
import java.util.List;
import java.util.Optional;

/** Decides whether a preprocessed sample goes into a training set, and if not, why. */
public final class SampleFilter {
    private final FilterSettings settings;

    public SampleFilter(FilterSettings settings) {
        this.settings = settings;
    }

    /** The first reason to leave the sample out, or empty to keep it. {@code ink} is preprocessed, with its label. */
    public Optional<FilterReason> reject(Ink ink, String quality) {
        if (ink.isEmpty()) {
            return Optional.of(FilterReason.EMPTY_INK);
        }
        if ("BAD".equalsIgnoreCase(quality)) {
            return Optional.of(FilterReason.BAD_QUALITY);
        }
        String text = ink.text();
        int length = text.codePointCount(0, text.length());
        if (length < settings.minLabelLength() || length > settings.maxLabelLength() || text.isBlank()) {
            return Optional.of(FilterReason.LABEL_LENGTH);
        }
        if (!text.codePoints().allMatch(settings.allowedCharacters())) {
            return Optional.of(FilterReason.CHARACTER_SET);
        }
        double inkPerChar = ScaleNormaliser.inkPerCharacter(ink).orElse(0);
        Ink.Bounds bounds = ink.bounds();
        if (inkPerChar > 0 && (bounds.height() > settings.maxHeightPerCharacterInk() * inkPerChar
                || lineReturns(ink, inkPerChar) > 0)) {
            return Optional.of(FilterReason.SEVERAL_LINES);
        }
        double pointsPerChar = ink.pointCount() / (double) length;
        if (pointsPerChar < settings.minPointsPerCharacter() || pointsPerChar > settings.maxPointsPerCharacter()) {
            return Optional.of(FilterReason.POINTS_PER_CHARACTER);
        }
        double widthPerChar = bounds.width() / length;
        if (widthPerChar < settings.minWidthPerCharacter() || widthPerChar > settings.maxWidthPerCharacter()) {
            return Optional.of(FilterReason.WIDTH_PER_CHARACTER);
        }
        return Optional.empty();
    }

    /**
     * Pen-up moves that go back left by more than a character's ink (and by 30% of the width) and down by more
     * than 40% of it: the start of a new line. Delayed strokes (dots, crossings) go back left but not down.
     */
    static int lineReturns(Ink ink, double inkPerChar) {
        List<Stroke> strokes = ink.strokes();
        double left = Math.max(inkPerChar, 0.3 * ink.bounds().width());
        double down = 0.4 * inkPerChar;
        int returns = 0;
        for (int i = 1; i < strokes.size(); i++) {
            InkPoint end = strokes.get(i - 1).get(strokes.get(i - 1).size() - 1);
            InkPoint start = strokes.get(i).get(0);
            if (start.x() - end.x() < -left && start.y() - end.y() < -down) {
                returns++;
            }
        }
        return returns;
    }
}
