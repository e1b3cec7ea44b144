package inkwell.model;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The sampler's plain-Java step computes what the ND4J paths compute: teacher-forced (both fed the same inputs),
 * the outputs y, the attention phi and the window offsets kappa agree at every step with the sampler's ND4J step
 * and with the training pass (also its attention read back per sequence), for one line (its own pass, bfloat16 weights)
 * and for several (eight-line passes, padded).
 */
class InferenceKernelTest {
    /** Float arithmetic in a different order (fused multiply-adds, other exp and tanh) over 60 recurrent steps. */
    private static final double TOLERANCE = 1e-4;
    private static final NetworkConfig CONFIG = new NetworkConfig(3, 37, 4, 5, new Alphabet("abcdefgh "), true, -1.0);

    @Test
    void oneLineMatchesTheNd4jStep() {
        compareWithSamplerStep(CONFIG, DataType.FLOAT, new int[][]{{0, 1, 2, 8, 3, 4}});
    }

    @Test
    void twoLinesInOneEightLinePassMatchTheNd4jStep() {
        compareWithSamplerStep(CONFIG, DataType.FLOAT, new int[][]{{0, 1, 2, 8, 3, 4}, {5, 5, 6}});
    }

    @Test
    void nineLinesInEightLinePassesMatchTheNd4jStep() {
        SplittableRandom rng = new SplittableRandom(5);
        int[][] codes = new int[9][];
        for (int b = 0; b < codes.length; b++) {
            codes[b] = new int[1 + rng.nextInt(9)];
            for (int u = 0; u < codes[b].length; u++) {
                codes[b][u] = rng.nextInt(CONFIG.windowWidth());
            }
        }
        compareWithSamplerStep(CONFIG, DataType.FLOAT, codes);
    }

    @Test
    void productsSplitOverTwoThreadsMatchTheNd4jStep() {
        ComputeThreads.use(2);
        try {
            compareWithSamplerStep(CONFIG, DataType.FLOAT, new int[][]{{0, 1, 2, 8, 3, 4}});
            compareWithSamplerStep(CONFIG, DataType.FLOAT, new int[][]{{0, 1}, {2, 8}, {3, 4, 5}});
        } finally {
            ComputeThreads.use(1);
        }
    }

    @Test
    void hiddenSizeOfWholeVectorsAndOneLayerAndADoubleModelMatchTheNd4jStep() {
        NetworkConfig whole = new NetworkConfig(1, 2 * PackedMatrix.LANES, 2, 3, new Alphabet("xyz"), true, -0.5);
        compareWithSamplerStep(whole, DataType.DOUBLE, new int[][]{{0, 1, 2, 0}, {2, 2}, {1}});
    }

    @Test
    void matchesTheTrainingPass() {
        SynthesisNetwork net = network(CONFIG, DataType.FLOAT);
        int[][] chars = {{0, 1, 2, 3}, {4, 8, 5}, {6, 7, 0, 1, 2}};
        int[] lengths = {30, 25, 30};
        Batch batch = GradientCheckTest.batch(CONFIG, lengths, chars, 3);
        TrainingPass pass = new TrainingPass(net, 3, 30, 5);
        double reference = pass.loss(batch);
        SoftWindow.State trained = pass.windowState();
        float[][][] attention = {pass.attention(batch, 0), pass.attention(batch, 1), pass.attention(batch, 2)};
        assertEquals(25, attention[1].length, "the real steps of the shorter sequence");
        assertEquals(4, attention[1][0].length, "its three characters and the position after them");

        InferenceKernel.Lines kernel = new InferenceKernel(net).start(3, 5);
        kernel.window().setCharacters(chars);
        int width = CONFIG.outputWidth(), steps = batch.steps();
        double[] kappa = new double[3 * CONFIG.windowMixtures()];
        double[] y = new double[steps * 3 * width], yStep = new double[3 * width];
        float[] x = new float[9];
        for (int t = 0; t < steps; t++) {
            System.arraycopy(batch.inputs(), 9 * t, x, 0, 9);
            kernel.step(x, kappa, yStep);
            System.arraycopy(yStep, 0, y, t * 3 * width, 3 * width);
            for (int b = 0; b < 3; b++) {
                for (int u = 0; u < trained.charCount; u++) {
                    assertClose(trained.phi(t, b, u), kernel.window().phi(0, b, u), 1.0,
                            "phi step " + t + " line " + b);
                }
                for (int u = 0; t < lengths[b] && u <= chars[b].length; u++) {
                    assertClose(attention[b][t][u], kernel.window().phi(0, b, u), 1.0,
                            "attention (with the end position) step " + t + " line " + b);
                }
            }
        }
        double[] mask = new double[batch.mask().length], targets = new double[batch.targets().length];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = batch.mask()[i];
        }
        for (int i = 0; i < targets.length; i++) {
            targets[i] = batch.targets()[i];
        }
        double loss = MixtureDensityHead.lossAndGradient(y, new double[y.length], targets, mask, steps * 3,
                CONFIG.outputMixtures(), 0);
        assertClose(reference, loss, Math.abs(reference), "loss");
    }

    /** Runs both steps on the same inputs and compares everything the sampler reads. */
    private static void compareWithSamplerStep(NetworkConfig cfg, DataType dtype, int[][] codes) {
        SynthesisNetwork net = network(cfg, dtype);
        int lines = codes.length, maxChars = 0;
        for (int[] c : codes) {
            maxChars = Math.max(maxChars, c.length);
        }
        Sampler.Stepper reference = new Sampler.Buffers(net, lines, maxChars);
        Sampler.Stepper kernel = new InferenceKernel(net).start(lines, maxChars);
        reference.window().setCharacters(codes);
        kernel.window().setCharacters(codes);
        int width = cfg.outputWidth(), k = cfg.windowMixtures();
        double[] kappaRef = new double[lines * k], kappa = new double[lines * k];
        double[] yRef = new double[lines * width], y = new double[lines * width];
        float[] x = new float[3 * lines];
        SplittableRandom rng = new SplittableRandom(7);
        for (int t = 0; t < 60; t++) {
            reference.step(x, kappaRef, yRef);
            kernel.step(x, kappa, y);
            for (int b = 0; b < lines; b++) {
                String at = " step " + t + " line " + b;
                compareRow(yRef, y, b * width, width, "y" + at);
                compareRow(kappaRef, kappa, b * k, k, "kappa" + at);
                double phiScale = 0;
                for (int u = 0; u <= codes[b].length; u++) {
                    phiScale = Math.max(phiScale, Math.abs(reference.window().phi(0, b, u)));
                }
                for (int u = 0; u <= codes[b].length; u++) {
                    assertClose(reference.window().phi(0, b, u), kernel.window().phi(0, b, u), phiScale, "phi" + at);
                }
                assertClose(reference.window().position(0, b, k), kernel.window().position(0, b, k), 1.0,
                        "position" + at);
            }
            for (int i = 0; i < x.length; i++) {
                x[i] = i % 3 == 2 ? (rng.nextInt(4) == 0 ? 1f : 0f) : (float) rng.nextGaussian();
            }
        }
    }

    /** Compares a row of values, each relative to the row's largest magnitude. */
    private static void compareRow(double[] expected, double[] actual, int from, int n, String what) {
        double scale = 0;
        for (int i = from; i < from + n; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
        }
        for (int i = from; i < from + n; i++) {
            assertClose(expected[i], actual[i], scale, what + " [" + (i - from) + "]");
        }
    }

    private static void assertClose(double expected, double actual, double scale, String what) {
        assertEquals(expected, actual, TOLERANCE * Math.max(scale, 1e-30), what);
    }

    /** A random network with weights large enough to drive every gate and the window away from their linear range. */
    /**
     * Random weights that bfloat16 holds exactly, so that the one-line products (bfloat16 weights, see
     * {@link PackedMatrix#multiply}) compute what ND4J computes and the comparison stays at float precision;
     * PackedMatrixTest checks the rounding itself.
     */
    private static SynthesisNetwork network(NetworkConfig cfg, DataType dtype) {
        SynthesisNetwork net = SynthesisNetwork.initialise(cfg, dtype, 11);
        INDArray flat = net.parameters().flat();
        SplittableRandom rng = new SplittableRandom(13);
        for (long i = 0; i < flat.length(); i++) {
            float w = (float) (flat.getDouble(i) + 0.15 * rng.nextGaussian());
            flat.putScalar(i, PackedMatrixTest.fromBfloat16(PackedMatrix.bfloat16(w)));
        }
        return net;
    }
}
