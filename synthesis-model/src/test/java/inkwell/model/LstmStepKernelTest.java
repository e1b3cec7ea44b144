package inkwell.model;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plain-Java step kernel against the ND4J step path (which {@link GradientCheckTest} proves against finite
 * differences): same loss and the same gradient in every parameter block, in float, with clipping active,
 * masked sequences of unequal length and hidden sizes of one, two and three vectors (16 floats each with AVX-512).
 */
class LstmStepKernelTest {
    @Test
    void kernelStepsGiveTheNd4jLossAndGradients() {
        compare(new NetworkConfig(3, 48, 2, 3, new Alphabet("abcd "), true, -1.0));
    }

    @Test
    void kernelStepsWithPeepholesGiveTheNd4jLossAndGradients() {
        compare(new NetworkConfig(2, 16, 2, 2, new Alphabet("abc "), true, -1.0, true));
    }

    @Test
    void kernelStepsOfTwoVectorsGiveTheNd4jLossAndGradients() {
        compare(new NetworkConfig(2, 32, 3, 4, new Alphabet("abcdef "), true, -1.0));
    }

    @Test
    void kernelStepsOfThreeLayersGiveTheNd4jLossAndGradients() {
        compare(new NetworkConfig(3, 48, 2, 3, new Alphabet("abcd "), true, -1.0));
    }

    private static void compare(NetworkConfig cfg) {
        SynthesisNetwork net = SynthesisNetwork.initialise(cfg, DataType.FLOAT, 11);
        Random r = new Random(5);
        INDArray flat = net.parameters().flat();
        for (long i = 0; i < flat.length(); i++) {
            flat.putScalar(i, flat.getDouble(i) + 0.3 * r.nextGaussian());
        }
        int a = cfg.alphabet().size();
        int[][] chars = {{0, 1 % a, 2 % a}, {1 % a, 0, 0}, {a - 1, 0, 0}, {2 % a, 1 % a, 0}};
        Batch batch = GradientCheckTest.batch(cfg, new int[]{17, 9, 4, 12}, chars, 9);
        // tight LSTM clipping so that the clip is exercised on both sides
        TrainingPass.Clipping clipping = new TrainingPass.Clipping(100, 0.05);

        ParameterSet reference = net.parameters().zerosLike(), fused = net.parameters().zerosLike();
        double lossReference = new TrainingPass(net, 4, 20, 3, false).lossAndGradient(batch, reference, clipping);
        double lossFused = new TrainingPass(net, 4, 20, 3, true).lossAndGradient(batch, fused, clipping);

        assertEquals(lossReference, lossFused, 1e-5 * Math.abs(lossReference));
        for (Map.Entry<String, long[]> block : net.parameters().layout().entrySet()) {
            INDArray expected = reference.get(block.getKey()), actual = fused.get(block.getKey());
            double scale = Math.max(1e-3, expected.amaxNumber().doubleValue());
            double worst = expected.sub(actual).amaxNumber().doubleValue() / scale;
            assertTrue(worst < 1e-4,
                    block.getKey() + ": kernel and ND4J gradients differ by " + worst + " of the block's largest");
            assertTrue(expected.amaxNumber().doubleValue() > 0, block.getKey() + " has no gradient at all");
        }
    }
}
