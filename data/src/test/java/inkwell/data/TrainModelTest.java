package inkwell.data;

import inkwell.ink.OffsetSequence;
import inkwell.model.Alphabet;
import inkwell.model.HandwritingModel;
import inkwell.model.NetworkConfig;
import inkwell.model.OffsetStats;
import inkwell.model.Provenance;
import inkwell.model.SynthesisNetwork;
import inkwell.model.TrainingPass;
import inkwell.model.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainModelTest {

    @Test
    void aContinuedRunKeepsTheProvenanceOfTheModelItStartedFrom() {
        HandwritingModel start = new HandwritingModel(
                SynthesisNetwork.initialise(new NetworkConfig(1, 4, 1, 1, new Alphabet("ab"), true, -1),
                        DataType.FLOAT, 1),
                new OffsetStats(0, 0, 1, 1),
                Provenance.empty().with("command", "inkwell train --run a").with("training.steps", 750));
        Provenance p = TrainModel.continuedFrom(start, Path.of("runs/a/best.iwm")).provenance();
        assertEquals("inkwell train --run a", p.get("init.command"));
        assertEquals("750", p.get("init.training.steps"));
        assertEquals("best.iwm", p.get("init.file"));
        assertEquals("", p.get("command"));
    }

    private static TrainingSample line(String text, String writer) {
        int n = 4 * text.length();
        float[] dx = new float[n], dy = new float[n];
        boolean[] up = new boolean[n];
        for (int i = 1; i < n; i++) {
            dx[i] = 1;
            dy[i] = i % 2 == 0 ? 1 : -1;
        }
        up[n - 1] = true;
        return new TrainingSample(text, writer, 8, new OffsetSequence(dx, dy, up));
    }

    @Test
    void joinedLinesAreAddedToTrainingAndValidation(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("lines.iwset");
        new TrainingSet(Map.of(), List.of(line("ab", "w1"), line("ba", "w1"), line("aa", "w1"), line("bb", "w2")),
                List.of(line("ab", "w3"), line("ba", "w3"))).write(data);
        TrainingSettings settings = new TrainingSettings(2, 200, "adam", 1e-3, 0, 0, 0, TrainingPass.Clipping.PAPER,
                1, 1, 1, 1, false, 0);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        TrainModel.run(new TrainModel.Options(List.of(TrainModel.DataFile.parse(data.toString())), dir.resolve("run"),
                1, 4, 1, 1, false, 1, settings, null, null, 5, 2, 1, "test"),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        String printed = log.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("2 training, 1 validation runs of 2 to 2 lines joined (up to 5 characters)"), printed);
        assertTrue(printed.contains("training on 6 sequences"), printed);
        assertTrue(printed.contains("validating on 3"), printed);
    }
}
