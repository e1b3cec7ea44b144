package inkwell.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.ink.Ink;
import inkwell.ink.OffsetSequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineJoinerTest {
    /** One stroke zigzagging 2 units up and down, one unit to the right per point, four points per character. */
    private static TrainingSample line(String text, String writer, int category, float startHeight) {
        int n = text.length() * 4;
        float[] dx = new float[n], dy = new float[n];
        boolean[] up = new boolean[n];
        dy[0] = startHeight;
        for (int i = 1; i < n; i++) {
            dx[i] = 1;
            dy[i] = i % 2 == 1 ? 2 : -2;
        }
        up[n - 1] = true;
        return new TrainingSample(text, writer, category, new OffsetSequence(dx, dy, up));
    }

    private static Ink.Bounds strokeBounds(Ink ink, int stroke) {
        return Ink.of(List.of(ink.strokes().get(stroke))).bounds();
    }

    @Test
    void theSecondLineFollowsTheFirstAfterOneCharacterAdvanceAtItsHeight() {
        TrainingSample a = line("ab", "w1", 8, 0), b = line("cde", "w1", 8, 30);
        TrainingSample joined = LineJoiner.join(a, b);
        assertEquals("ab cde", joined.text());
        assertEquals("w1", joined.writer());
        assertEquals(a.offsets().length() + b.offsets().length(), joined.offsets().length());
        assertEquals(0, joined.offsets().dx(0));
        assertEquals(0, joined.offsets().dy(0));

        Ink ink = joined.offsets().toInk(joined.text());
        assertEquals(2, ink.strokes().size());
        Ink.Bounds first = strokeBounds(ink, 0), second = strokeBounds(ink, 1);
        double advance = (7.0 + 11.0) / 5; // widths 2*4-1 and 3*4-1 over 5 characters
        assertEquals(first.maxX() + advance, second.minX(), 1e-4);
        assertEquals(first.minY(), second.minY(), 1e-4);
        assertEquals(first.maxY(), second.maxY(), 1e-4);
        assertEquals(b.offsets().toInk(b.text()).bounds().width(), second.width(), 1e-4);
    }

    @Test
    void onlyNeighbouringLinesOfOneWriterWithinTheLengthAreJoined() {
        List<TrainingSample> samples = List.of(line("one", "w1", 8, 0), line("two", "w1", 8, 0),
                line("six", "w2", 8, 0), line("four", "w2", 8, 0), line("nine", "w2", 8, 0), line("five", "w2", 7, 0));
        List<String> joined = LineJoiner.joinedRuns(samples, 8, 2).stream().map(TrainingSample::text).toList();
        // "two six": two writers; "four nine": 9 characters; "nine five": a word, not a line.
        assertEquals(List.of("one two", "six four"), joined);
    }

    @Test
    void aRunTakesAsManyFollowingLinesAsFit() {
        List<TrainingSample> samples = List.of(line("a", "w1", 8, 0), line("bb", "w1", 8, 0), line("c", "w1", 8, 0),
                line("dddd", "w1", 8, 0), line("e", "w1", 8, 0), line("f", "w2", 8, 0));
        List<String> joined = LineJoiner.joinedRuns(samples, 8, 3).stream().map(TrainingSample::text).toList();
        // From "a": three lines at most; from "c": "c dddd e" is 8 characters; from "e": "f" is another writer's.
        assertEquals(List.of("a bb c", "bb c", "c dddd e", "dddd e"), joined);
        TrainingSample run = LineJoiner.joinedRuns(samples, 8, 3).get(0);
        int points = samples.get(0).offsets().length() + samples.get(1).offsets().length()
                + samples.get(2).offsets().length();
        assertEquals(points, run.offsets().length());
    }
}
