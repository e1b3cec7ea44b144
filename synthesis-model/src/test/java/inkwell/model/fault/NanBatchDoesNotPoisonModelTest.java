package inkwell.model.fault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.model.HandwritingModel;
import inkwell.model.ModelFile;
import inkwell.model.Trainer;
import inkwell.model.TrainingExample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch whose inputs and targets hold NaN or an infinity (offsets are floats and accept them) is skipped by the
 * Trainer without touching the model: training on clean data with poisoned batches among it ends with exactly the
 * weights and optimiser state of training on the clean data alone, and a training set with nothing but poison
 * ends (it does not spin for ever) with the weights it started with and no checkpoint of them.
 */
class NanBatchDoesNotPoisonModelTest {

    private static float[] weights(HandwritingModel model) {
        return model.network().parameters().flat().toFloatVector();
    }

    private static ModelFile.Contents train(List<TrainingExample> data, long steps, Path runDir) throws IOException {
        Trainer trainer = TinyTraining.trainer(TinyTraining.newModel(5), TinyTraining.settings(steps, 1_000_000), data,
                runDir, TinyTraining.quiet());
        trainer.run(Duration.ofSeconds(60));
        assertEquals(steps, trainer.step());
        return ModelFile.readContents(Trainer.checkpointPath(runDir));
    }

    @Test
    void poisonedBatchesAreSkippedAndLeaveNoTrace(@TempDir Path dir) throws IOException {
        TrainingExample clean = TinyTraining.circle("o");
        List<TrainingExample> cleanOnly = List.of(clean, clean);
        List<TrainingExample> withPoison = List.of(clean, TinyTraining.poisoned(clean, 3, Float.NaN), clean,
                TinyTraining.poisoned(clean, 5, Float.POSITIVE_INFINITY),
                TinyTraining.poisoned(clean, 1, Float.NEGATIVE_INFINITY));
        // two epochs of the poisoned set: every poisoned batch is met at least once before step 4
        ModelFile.Contents poisoned = train(withPoison, 4, dir.resolve("poisoned"));
        ModelFile.Contents reference = train(cleanOnly, 4, dir.resolve("clean"));

        assertTrue(poisoned.extraJson().path("skipped").asLong() >= 3, poisoned.extraJson().toString());
        assertEquals(0, reference.extraJson().path("skipped").asLong());
        float[] w = weights(poisoned.model());
        for (float x : w) {
            assertTrue(Float.isFinite(x), "a weight is not finite");
        }
        assertArrayEquals(weights(reference.model()), w, "the skipped batches changed the weights");
        assertArrayEquals(new float[] {4}, poisoned.extraArrays().get("optimizer.t"), "Adam counted a skipped step");
        assertArrayEquals(reference.extraArrays().get("optimizer.m"), poisoned.extraArrays().get("optimizer.m"));
        assertArrayEquals(reference.extraArrays().get("optimizer.v"), poisoned.extraArrays().get("optimizer.v"));
    }

    @Test
    void trainingOnNothingButPoisonEndsWithTheWeightsUntouched(@TempDir Path runDir) {
        TrainingExample clean = TinyTraining.circle("o");
        HandwritingModel model = TinyTraining.newModel(5);
        float[] before = weights(model);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Trainer trainer = TinyTraining.trainer(model, TinyTraining.settings(3, 1), List.of(
                TinyTraining.poisoned(clean, 3, Float.NaN), TinyTraining.poisoned(clean, 2, Float.POSITIVE_INFINITY)),
                runDir, new PrintStream(log, true, StandardCharsets.UTF_8));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try {
                trainer.run(Duration.ofSeconds(20));
            } catch (IllegalStateException | IOException refused) {
                assertTrue(refused.getMessage().contains("non-finite"), refused.getMessage());
            }
        }, () -> "training on poison alone must end; log:\n" + log.toString(StandardCharsets.UTF_8));
        assertEquals(0, trainer.step());
        assertArrayEquals(before, weights(model), "skipped batches changed the weights");
        assertFalse(Files.exists(Trainer.checkpointPath(runDir)), "a checkpoint of no progress was written");
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("non-finite"), log.toString(StandardCharsets.UTF_8));
    }
}
