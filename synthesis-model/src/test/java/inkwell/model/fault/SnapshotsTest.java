package inkwell.model.fault;

import inkwell.model.HandwritingModel;
import inkwell.model.ModelFile;
import inkwell.model.Trainer;
import inkwell.model.TrainingPass;
import inkwell.model.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With snapshots kept, each validation leaves that step's weights, carrying that step's own validation loss. */
class SnapshotsTest {

    private static TrainingSettings settings(boolean keepSnapshots) {
        return new TrainingSettings(1, 64, "adam", 1e-2, 0, 0, 10, TrainingPass.Clipping.PAPER, 5, 1000, 15, 3,
                keepSnapshots, 0);
    }

    @Test
    void everyValidationLeavesThatStepsWeightsAndLoss(@TempDir Path runDir) throws IOException {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        Trainer trainer = TinyTraining.trainer(TinyTraining.newModel(11), settings(true), TinyTraining.shapes(), runDir,
                quiet);
        trainer.run(null);
        List<String> lines = Files.readAllLines(runDir.resolve("history.csv")).stream()
                .filter(l -> l.startsWith("validation,")).toList();
        assertEquals(List.of("5", "10", "15"), lines.stream().map(l -> l.split(",")[1]).distinct().toList());
        HandwritingModel previous = null;
        for (String line : lines.subList(0, 3)) {
            String[] parts = line.split(",");
            Path snapshot = runDir.resolve("snapshots").resolve("step-" + parts[1] + ".iwm");
            assertTrue(Files.isRegularFile(snapshot), snapshot + " was written");
            ModelFile.Contents contents = ModelFile.readContents(snapshot);
            assertTrue(contents.extraArrays().isEmpty(), "weights only, no optimiser state");
            HandwritingModel model = contents.model();
            assertEquals(parts[1], model.provenance().entries().get("training.steps"));
            assertEquals(String.format("%.4f", Double.parseDouble(parts[2])),
                    model.provenance().entries().get("training.validationLoss"), "the step's own validation loss");
            if (previous != null) {
                assertNotEquals(previous.network().parameters().flat(), model.network().parameters().flat(),
                        "each snapshot holds the weights of its own step");
            }
            previous = model;
        }
    }

    @Test
    void withoutTheOptionNoSnapshotsAreWritten(@TempDir Path runDir) throws IOException {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        TinyTraining.trainer(TinyTraining.newModel(11), settings(false), TinyTraining.shapes(), runDir, quiet)
                .run(null);
        assertFalse(Files.exists(runDir.resolve("snapshots")));
        try (Stream<Path> files = Files.list(runDir)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().equals("best.iwm")));
        }
    }
}
