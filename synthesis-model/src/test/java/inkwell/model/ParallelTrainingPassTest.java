package inkwell.model;

import inkwell.ink.OffsetSequence;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelTrainingPassTest {
    private static final int BATCH = 8;
    private static final int MAX_STEPS = 40;

    private final NetworkConfig config = new NetworkConfig(3, 32, 10, 20, Alphabet.printableAscii(), true, -3.0);
    private final SynthesisNetwork net = SynthesisNetwork.initialise(config, DataType.FLOAT, 7);

    /** Sequences of different lengths and texts, so that the parts' batches differ in shape from the whole's. */
    private BatchMaker examples(int count) {
        Random r = new Random(3);
        List<TrainingExample> list = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            int points = 6 + r.nextInt(MAX_STEPS - 6);
            float[] dx = new float[points], dy = new float[points];
            boolean[] up = new boolean[points];
            for (int i = 0; i < points; i++) {
                dx[i] = (float) r.nextGaussian();
                dy[i] = (float) r.nextGaussian();
                up[i] = r.nextDouble() < 0.15;
            }
            list.add(new TrainingExample(new OffsetSequence(dx, dy, up), "word".substring(0, 1 + e % 4) + e, "w"));
        }
        return new BatchMaker(list, new OffsetStats(0, 0, 1, 1), config.alphabet(), BATCH, MAX_STEPS);
    }

    @Test
    void twoPartsGiveTheWholeBatchsLossAndGradient() {
        BatchMaker maker = examples(7);
        int[] group = {6, 0, 5, 1, 4, 2, 3};
        ParameterSet whole = net.parameters().zerosLike(), split = net.parameters().zerosLike();
        double wholeLoss = new TrainingPass(net, BATCH, MAX_STEPS, maker.maxChars())
                .lossAndGradient(maker.make(group), whole, TrainingPass.Clipping.PAPER);
        double splitLoss;
        try (ParallelTrainingPass pass = new ParallelTrainingPass(net, BATCH, 2, MAX_STEPS, maker.maxChars())) {
            splitLoss = pass.lossAndGradient(maker, group, split, TrainingPass.Clipping.PAPER);
        }
        assertEquals(wholeLoss, splitLoss, 1e-5 * Math.abs(wholeLoss));
        INDArray difference = whole.flat().sub(split.flat());
        double scale = whole.flat().amaxNumber().doubleValue();
        assertTrue(scale > 0);
        assertTrue(difference.amaxNumber().doubleValue() <= 1e-4 * scale,
                "largest difference " + difference.amaxNumber() + " against a largest gradient of " + scale);
        assertEquals(maker.make(group).realSteps(), maker.steps(group));
    }

    @Test
    void validationLossIsTheSameSplitOrNot() {
        BatchMaker maker = examples(19);
        TrainingPass.LossTotal whole = new TrainingPass(net, BATCH, MAX_STEPS, maker.maxChars()).loss(maker);
        try (ParallelTrainingPass pass = new ParallelTrainingPass(net, BATCH, 3, MAX_STEPS, maker.maxChars())) {
            TrainingPass.LossTotal split = pass.loss(maker);
            assertEquals(whole.points(), split.points());
            assertEquals(whole.loss(), split.loss(), 1e-5 * Math.abs(whole.loss()));
        }
    }

    @Test
    void aPartsFailureReachesTheCallerAndThePassWorksAfterIt() {
        BatchMaker maker = examples(4);
        ParameterSet grads = net.parameters().zerosLike();
        try (ParallelTrainingPass pass = new ParallelTrainingPass(net, BATCH, 2, MAX_STEPS, maker.maxChars())) {
            // example 99 does not exist; it is dealt to part 1, which runs on a helper thread
            assertThrows(IndexOutOfBoundsException.class,
                    () -> pass.lossAndGradient(maker, new int[]{0, 99}, grads, TrainingPass.Clipping.PAPER));
            grads.flat().assign(0);
            double loss = pass.lossAndGradient(maker, new int[]{0, 1}, grads, TrainingPass.Clipping.PAPER);
            ParameterSet whole = net.parameters().zerosLike();
            double expected = new TrainingPass(net, BATCH, MAX_STEPS, maker.maxChars())
                    .lossAndGradient(maker.make(new int[]{0, 1}), whole, TrainingPass.Clipping.PAPER);
            assertEquals(expected, loss, 1e-5 * Math.abs(expected));
        }
    }

    @Test
    void sequencesAreDealtInTurn() {
        int[][] shares = ParallelTrainingPass.deal(new int[]{10, 11, 12, 13, 14}, 2);
        assertArrayEquals(new int[]{10, 12, 14}, shares[0]);
        assertArrayEquals(new int[]{11, 13}, shares[1]);
        int[][] few = ParallelTrainingPass.deal(new int[]{9}, 3);
        assertArrayEquals(new int[]{9}, few[0]);
        assertEquals(0, few[1].length + few[2].length);
    }

    @Test
    void refusesPartsItCannotRunOneCoreEach() {
        assertThrows(IllegalArgumentException.class, () -> new ParallelTrainingPass(net, BATCH, 9, MAX_STEPS, 5));
        ComputeThreads.use(2);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new ParallelTrainingPass(net, BATCH, 2, MAX_STEPS, 5));
            assertTrue(e.getMessage().contains("ComputeThreads.use(1)"), e.getMessage());
        } finally {
            ComputeThreads.use(1);
        }
    }
}
