package inkwell.app.cli;

import inkwell.app.Main;
import inkwell.data.TrainingSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The training commands in order on a small UNIPEN tree written here: inspect it, prepare a training set,
 * train a tiny network for a few steps, evaluate the result, and a quick bench. Each only has to work end to end;
 * the modules they call test what they compute.
 */
class TrainingCommandsTest {
    @TempDir
    static Path dir;
    private static Path corpus;

    /** Four writers, each with lines of loops ("o"s), one loop per character, in tablet units (y down). */
    @BeforeAll
    static void corpus() throws IOException {
        corpus = dir.resolve("unipen");
        for (int w = 0; w < 4; w++) {
            Path file = Files.createDirectories(corpus.resolve("data/8/w" + w)).resolve("lines.dat");
            StringBuilder dat = new StringBuilder(".VERSION 1.0\n.COORD X Y\n.X_POINTS_PER_INCH 100\n"
                    + ".Y_POINTS_PER_INCH 100\n.WRITER_ID writer" + w + "\n");
            int stroke = 0;
            StringBuilder segments = new StringBuilder();
            for (int length : new int[]{3, 4, 5, 3, 4}) {
                for (int c = 0; c < length; c++) {
                    dat.append(".PEN_DOWN\n");
                    for (int i = 0; i <= 40; i++) {
                        double a = 2 * Math.PI * i / 40;
                        dat.append(String.format(Locale.ROOT, "%d %d%n", Math.round(1000 + 130 * c + 50 * Math.cos(a)
                                + w), Math.round(500 + 60 * Math.sin(a))));
                    }
                    dat.append(".PEN_UP\n");
                }
                segments.append(".SEGMENT TEXT ").append(stroke).append('-').append(stroke + length - 1)
                        .append(" OK \"").append("o".repeat(length)).append("\"\n");
                stroke += length;
            }
            Files.writeString(file, dat.append(segments).toString());
        }
    }

    private static String[] run(int expectedCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(expectedCode, code, out + "\n" + err);
        return new String[]{out.toString(), err.toString()};
    }

    @Test
    void inspectPrepareTrainEvaluate() throws IOException {
        String report = run(0, "inspect", corpus.toString())[0];
        assertTrue(report.contains("20"), report);

        Path set = dir.resolve("loops.iwset");
        String built = run(0, "prepare", "--corpus", corpus.toString(), "--out", set.toString(),
                "--validation-fraction", "0.5", "--max-label", "4")[0];
        assertTrue(built.contains("written: " + set), built);
        // --max-label 4 filters the five-letter lines: BuildReport cannot yet report a build that filtered nothing.
        TrainingSet read = TrainingSet.read(set);
        assertTrue(read.train().size() > 0 && read.validation().size() > 0, built);

        Path augmented = dir.resolve("loops-aug.iwset");
        assertTrue(run(0, "augment", "--data", set.toString(), "--out", augmented.toString(), "--slant", "0.2")[0]
                .contains("written: " + augmented));
        TrainingSet slanted = TrainingSet.read(augmented);
        assertEquals(read.validation(), slanted.validation());
        assertEquals(read.train().size(), slanted.train().size());
        assertTrue(run(2, "augment", "--data", set.toString(), "--out", augmented.toString(), "--width", "2")[1]
                .contains("--slant and --width must be from 0 to below 1"));

        Path runDir = dir.resolve("run");
        run(0, "train", "--data", set.toString(), "--run", runDir.toString(), "--hidden", "8", "--layers", "1",
                "--steps", "3", "--batch", "2", "--snapshots", "--threads", "2");
        assertTrue(Files.isRegularFile(runDir.resolve("checkpoint.iwm")));
        assertTrue(Files.isRegularFile(runDir.resolve("best.iwm")));

        Path sentences = dir.resolve("sentences.txt");
        Files.writeString(sentences, "ooo\n\noo\n");
        String evaluation = run(0, "evaluate", "--model", runDir.resolve("best.iwm").toString(), "--data",
                set.toString(), "--sentences", sentences.toString(), "--failures")[0];
        assertTrue(evaluation.contains("likelihood: ") && evaluation.contains("as the model reads them: ")
                && evaluation.contains("of 2 lines") && evaluation.contains("strictly, never going back"), evaluation);
        String seeds = run(0, "evaluate", "--model", runDir.resolve("best.iwm").toString(), "--sentences",
                sentences.toString(), "--seed", "1,2,3")[0];
        assertTrue(seeds.contains("seed 1: alignment") && seeds.contains("seed 3: alignment")
                && seeds.contains("over 3 seeds: ") && seeds.contains(" of 6 lines"), seeds);
        run(2, "evaluate", "--model", runDir.resolve("best.iwm").toString(), "--seed", "1,x");
        String each = run(0, "evaluate", "--snapshots", runDir.resolve("snapshots").toString(),
                "--data", set.toString(), "--sentences", sentences.toString(), "--seed", "1,2")[0];
        assertTrue(each.startsWith("step-3.iwm: likelihood ") && each.contains("; alignment at bias 2.5: ")
                && each.contains(" of 4 lines") && each.lines().count() == 1, each);
        run(2, "evaluate", "--snapshots", runDir.toString(), "--model", runDir.resolve("best.iwm").toString());
        assertTrue(run(2, "evaluate", "--snapshots", dir.resolve("nothing").toString())[1].contains("no such folder"));
        assertTrue(run(2, "evaluate", "--model", runDir.resolve("best.iwm").toString(), "--style", "none,nosuch")[1]
                .contains("there is no style 'nosuch'"));
    }

    @Test
    void badPathsAreExitTwo() {
        assertTrue(run(2, "inspect", dir.resolve("nothing").toString())[1].contains("no such file"));
        run(2, "prepare", "--corpus", dir.resolve("nothing").toString(), "--out", dir.resolve("x.iwset").toString());
        run(2, "train", "--data", dir.resolve("nothing.iwset").toString(), "--run", dir.resolve("r").toString());
        run(2, "bench", "--what", "everything");
    }

    @Test
    void benchMeasuresSampling() {
        run(0, "bench", "--what", "sample", "--hidden", "8", "--steps", "5", "--iterations", "1", "--threads", "1");
    }
}
