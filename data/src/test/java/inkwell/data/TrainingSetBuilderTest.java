package inkwell.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.ink.OffsetSequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on a small UNIPEN tree written by the test: two contributors, several writers, one bad sample. */
class TrainingSetBuilderTest {
    @TempDir
    Path dir;

    /** Writes data/8/<contributor>/<writer>.dat holding one zig-zag line per label, 100 device units per inch. */
    private void writeFile(String contributor, String writer, double scale, String... labels) throws IOException {
        StringBuilder data = new StringBuilder(".VERSION 1.0\n.X_POINTS_PER_INCH 100\n.Y_POINTS_PER_INCH 100\n");
        data.append(".COORD X Y\n.WRITER_ID ").append(writer).append('\n');
        StringBuilder segments = new StringBuilder();
        int component = 0;
        for (String label : labels) {
            data.append(".PEN_DOWN\n");
            for (var p : SampleFilterTest.zigzagWord(label.replace(" ", ""), 0, 0).points()) {
                data.append(String.format(Locale.ROOT, "%d %d%n", Math.round(1000 + p.x() * scale),
                        Math.round(1000 + p.y() * scale)));
            }
            data.append(".PEN_UP\n");
            segments.append(String.format(".SEGMENT TEXT %d ? \"%s\"%n", component++, label));
        }
        Path file = dir.resolve("data/8/" + contributor + "/" + writer + ".dat");
        Files.createDirectories(file.getParent());
        Files.writeString(file, data + segments.toString());
        Files.createDirectories(dir.resolve("include"));
    }

    @Test
    void buildsFiltersSplitsAndWrites() throws IOException {
        for (int w = 0; w < 10; w++) {
            writeFile("big", "b" + w, 40, "hello", "world wide", "ink");
        }
        for (int w = 0; w < 10; w++) {
            writeFile("small", "s" + w, 3, "quick", "brown fox");
        }
        writeFile("small", "bad", 3, "caf\u00e9");

        TrainingSetBuilder.Options options = TrainingSetBuilder.Options.defaults(List.of(dir));
        options = new TrainingSetBuilder.Options(options.corpora(), Set.of(8), options.prep(), options.filters(),
                0.2, 7);
        BuildReport report = TrainingSetBuilder.build(options);
        TrainingSet set = report.set();

        assertEquals(51, report.considered());
        assertEquals(1, report.filtered(FilterReason.CHARACTER_SET));
        assertEquals(50, set.size());
        Set<String> trainWriters = new HashSet<>();
        set.train().forEach(s -> trainWriters.add(s.writer()));
        Set<String> validationWriters = new HashSet<>();
        set.validation().forEach(s -> validationWriters.add(s.writer()));
        assertEquals(4, validationWriters.size());
        assertTrue(trainWriters.stream().noneMatch(validationWriters::contains));

        // both contributors come out at the same size although written 13 times apart
        double big = meanPointsPerCharacter(set, "big/");
        double small = meanPointsPerCharacter(set, "small/");
        assertEquals(big, small, 0.1 * big);

        for (TrainingSample s : set.train()) {
            OffsetSequence o = s.offsets();
            assertEquals(0f, o.dx(0));
            assertEquals(0f, o.dy(0));
            assertTrue(o.penUp(o.length() - 1));
        }
        assertTrue(report.render().contains("train"), report.render());

        Path file = dir.resolve("out/lines.iwset");
        set.write(file);
        assertEquals(set.train(), TrainingSet.read(file).train());
        assertEquals("0.75", TrainingSet.read(file).metadata().get("prep.step"));
    }

    private static double meanPointsPerCharacter(TrainingSet set, String prefix) {
        long points = 0;
        long chars = 0;
        for (TrainingSample s : set.train()) {
            if (s.writer().startsWith(prefix)) {
                points += s.offsets().length();
                chars += s.text().replace(" ", "").length();
            }
        }
        for (TrainingSample s : set.validation()) {
            if (s.writer().startsWith(prefix)) {
                points += s.offsets().length();
                chars += s.text().replace(" ", "").length();
            }
        }
        return points / (double) chars;
    }
}
