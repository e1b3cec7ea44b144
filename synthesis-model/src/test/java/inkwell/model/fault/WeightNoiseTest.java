package inkwell.model.fault;

import inkwell.model.HandwritingModel;
import inkwell.model.Trainer;
import inkwell.model.TrainingPass;
import inkwell.model.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Weight noise perturbs each batch's pass, is drawn the same for the same seed, and never stays in the weights. */
class WeightNoiseTest {

    private static TrainingSettings settings(double learningRate, double noise) {
        return new TrainingSettings(1, 64, "adam", learningRate, 0, 0, 10, TrainingPass.Clipping.PAPER, 1_000_000,
                1_000_000, 8, 3, false, noise);
    }

    private static INDArray trainedWeights(TrainingSettings settings, Path runDir) throws IOException {
        HandwritingModel model = TinyTraining.newModel(11);
        Trainer trainer = TinyTraining.trainer(model, settings, TinyTraining.shapes(), runDir,
                new PrintStream(OutputStream.nullOutputStream()));
        trainer.run(null);
        return model.network().parameters().flat().dup();
    }

    @Test
    void theNoiseIsTakenOutAfterEveryStep(@TempDir Path a) throws IOException {
        INDArray start = TinyTraining.newModel(11).network().parameters().flat();
        INDArray after = trainedWeights(settings(1e-9, 0.5), a);
        assertEquals(0, after.distance1(start) / start.length(), 1e-6,
                "eight steps of a vanishing rate leave the weights");
    }

    @Test
    void theNoiseChangesTheStepsAndIsDrawnTheSameForTheSameSeed(@TempDir Path a, @TempDir Path b, @TempDir Path c)
            throws IOException {
        INDArray clean = trainedWeights(settings(1e-2, 0), a);
        INDArray noisy = trainedWeights(settings(1e-2, 0.05), b);
        INDArray again = trainedWeights(settings(1e-2, 0.05), c);
        assertTrue(noisy.distance1(clean) / clean.length() > 1e-5, "the gradient was taken at other weights");
        assertEquals(0, noisy.distance1(again), 0, "same seed, same draws");
    }

    @Test
    void noiseOutsideItsRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> settings(1e-2, -0.1));
        assertThrows(IllegalArgumentException.class, () -> settings(1e-2, Double.NaN));
    }
}
