package inkwell.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import inkwell.ink.prep.Preprocessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each filter against a hand-made ink in the default preprocessed space: a character holds about 10 units of
 * ink, resampled every 0.75 units (13.3 points), and is about 3.3 units wide.
 */
class SampleFilterTest {
    private final FilterSettings settings = FilterSettings.defaults(Preprocessor.Settings.defaults());
    private final SampleFilter filter = new SampleFilter(settings);

    /** One zig-zag "character" per letter of {@code text}: 10 units of ink, 3.3 wide, 3 high, in one stroke. */
    static Stroke zigzagWord(String text, double x0, double y0) {
        List<InkPoint> points = new ArrayList<>();
        double x = x0;
        for (int c = 0; c < text.length(); c++) {
            // three legs of sqrt(1.1^2 + 3^2) ~ 3.2 plus the step to the next character: ~10 units
            for (int leg = 0; leg < 3; leg++) {
                double y = y0 + (leg % 2 == 0 ? 0 : 3);
                for (int k = 0; k < 4; k++) {
                    double f = k / 4.0;
                    double yy = leg % 2 == 0 ? y0 + 3 * f : y0 + 3 - 3 * f;
                    points.add(InkPoint.of(x + 1.1 * f, yy));
                }
                x += 1.1;
            }
        }
        points.add(InkPoint.of(x, y0));
        return new Stroke(points);
    }

    static Ink word(String text) {
        return new Ink(List.of(zigzagWord(text, 0, 0)), text, "w");
    }

    @Test
    void typicalInkPasses() {
        assertEquals(Optional.empty(), filter.reject(word("abcdef"), "OK"));
    }

    @Test
    void emptyInk() {
        assertEquals(Optional.of(FilterReason.EMPTY_INK), filter.reject(new Ink(List.of(), "abc", "w"), "OK"));
    }

    @Test
    void badQuality() {
        assertEquals(Optional.of(FilterReason.BAD_QUALITY), filter.reject(word("abc"), "BAD"));
    }

    @Test
    void labelLength() {
        SampleFilter strict = new SampleFilter(settings.withLabelLength(2, 5));
        assertEquals(Optional.of(FilterReason.LABEL_LENGTH), strict.reject(word("a"), "?"));
        assertEquals(Optional.of(FilterReason.LABEL_LENGTH), strict.reject(word("abcdef"), "?"));
        assertEquals(Optional.of(FilterReason.LABEL_LENGTH), filter.reject(word("   "), "?"));
    }

    @Test
    void characterSet() {
        assertEquals(Optional.of(FilterReason.CHARACTER_SET), filter.reject(word("caf\u00e9"), "?"));
        SampleFilter lowercase = new SampleFilter(settings.withAllowedCharacters(c -> c >= 'a' && c <= 'z'));
        assertEquals(Optional.of(FilterReason.CHARACTER_SET), lowercase.reject(word("abC"), "?"));
    }

    @Test
    void stackedLinesByAReturnToTheLeftAndDown() {
        Stroke first = zigzagWord("abcdef", 0, 0);
        Stroke second = zigzagWord("ghijkl", 0, -6);
        Ink twoLines = new Ink(List.of(first, second), "abcdef ghijkl", "w");
        assertEquals(Optional.of(FilterReason.SEVERAL_LINES), filter.reject(twoLines, "?"));
    }

    @Test
    void stackedLinesByHeight() {
        List<Stroke> column = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            column.add(zigzagWord("ab", 0, 6 * i)); // written bottom to top: no return downwards
        }
        assertEquals(Optional.of(FilterReason.SEVERAL_LINES), filter.reject(new Ink(column, "ab ab ab ab", "w"), "?"));
    }

    @Test
    void pointsPerCharacter() {
        // ink for six characters labelled with one: far too many points per character
        assertEquals(Optional.of(FilterReason.POINTS_PER_CHARACTER),
                filter.reject(word("abcdef").withText("a"), "?"));
        // ink for two characters labelled with twelve
        assertEquals(Optional.of(FilterReason.POINTS_PER_CHARACTER),
                filter.reject(word("ab").withText("abcdefghijkl"), "?"));
    }

    @Test
    void widthPerCharacter() {
        // six characters written over one another: typical ink, no width
        List<Stroke> overwritten = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            overwritten.add(zigzagWord("a", 0, 0));
        }
        assertEquals(Optional.of(FilterReason.WIDTH_PER_CHARACTER),
                filter.reject(new Ink(overwritten, "abcdef", "w"), "?"));
        // three characters spread over a form
        Ink spread = new Ink(List.of(zigzagWord("a", 0, 0), zigzagWord("b", 20, 0), zigzagWord("c", 40, 0)),
                "abc", "w");
        assertEquals(Optional.of(FilterReason.WIDTH_PER_CHARACTER), filter.reject(spread, "?"));
    }
}
