package inkwell.model.fault;

import inkwell.model.Batch;
import inkwell.model.BatchMaker;
import inkwell.model.Distortion;
import inkwell.model.ModelFile;
import inkwell.model.OffsetStats;
import inkwell.model.Trainer;
import inkwell.model.TrainingExample;
import inkwell.model.TrainingPass;
import inkwell.model.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Training sequences are sheared and scaled as drawn, each its own way, the same for the same seed and after a resume. */
class DistortionTest {

    private static TrainingSettings settings(long steps, int checkpointEvery, double distortion) {
        return new TrainingSettings(1, 64, "adam", 1e-2, 0, 0, 10, TrainingPass.Clipping.PAPER, 1_000_000,
                checkpointEvery, steps, 3, false, 0, distortion);
    }

    @Test
    void eachSequenceOfABatchIsShearedAndScaledByItsOwnDraw() {
        List<TrainingExample> examples = List.of(TinyTraining.circle("o"), TinyTraining.bar("l"));
        OffsetStats stats = TinyTraining.stats();
        BatchMaker maker = new BatchMaker(examples, stats, TinyTraining.ALPHABET, 2, 64);
        Batch plain = maker.make(new int[] {0, 1});
        Batch distorted = maker.make(new int[] {0, 1}, new Random(5), 0.2);
        Random replay = new Random(5);
        for (int b = 0; b < 2; b++) {
            Distortion d = Distortion.random(replay, 0.2);
            assertTrue(Math.abs(d.shear()) <= 0.2 && Math.abs(Math.log(d.scaleX())) <= 0.2 && Math.abs(Math.log(d.scaleY())) <= 0.2);
            var o = examples.get(b).offsets();
            for (int t = 0; t + 1 < o.length(); t++) {
                int row = 3 * (t * 2 + b);
                double dx = o.dx(t + 1), dy = o.dy(t + 1);
                assertEquals(stats.normaliseX((float) (d.scaleX() * (dx + d.shear() * dy))), distorted.targets()[row], 1e-5);
                assertEquals(stats.normaliseY((float) (d.scaleY() * dy)), distorted.targets()[row + 1], 1e-5);
                assertEquals(plain.targets()[row + 2], distorted.targets()[row + 2], "pen lifts stay where they were");
            }
        }
        assertArrayEquals(plain.mask(), distorted.mask());
        assertArrayEquals(distorted.inputs(), maker.make(new int[] {0, 1}, new Random(5), 0.2).inputs());
    }

    private static INDArray trained(Path runDir, long steps, double distortion) throws IOException {
        TinyTraining.resumeOrStart(runDir, settings(steps, 4, distortion), TinyTraining.quiet()).run(null);
        return ModelFile.read(Trainer.checkpointPath(runDir)).network().parameters().flat();
    }

    @Test
    void aDistortedRunChangesItsStepsAndResumesDrawingTheSameShapes(@TempDir Path plain, @TempDir Path whole,
                                                                     @TempDir Path split) throws IOException {
        INDArray clean = trained(plain, 8, 0);
        INDArray distorted = trained(whole, 8, 0.2);
        trained(split, 4, 0.2);
        INDArray resumed = trained(split, 8, 0.2);
        assertTrue(distorted.distance1(clean) / clean.length() > 1e-5, "the shapes trained on were changed");
        assertEquals(0, resumed.distance1(distorted), 0, "stopped at 4 and resumed: the same 8 steps");
    }

    @Test
    void distortionOutsideItsRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> settings(1, 1, -0.1));
        assertThrows(IllegalArgumentException.class, () -> settings(1, 1, 0.6));
        assertThrows(IllegalArgumentException.class, () -> settings(1, 1, Double.NaN));
    }
}
