package inkwell.model;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The proof that backpropagation is exact: every parameter block's analytic gradient against central finite
 * differences, in double precision, on a tiny network with a masked batch of unequal lengths.
 */
class GradientCheckTest {
    private static final double EPS = 1e-5;
    private static final double MAX_RELATIVE_ERROR = 1e-5;

    @Test
    void synthesisNetworkGradientsMatchFiniteDifferences() {
        check(new NetworkConfig(3, 5, 2, 3, new Alphabet("abcd "), true, -1.0));
    }

    @Test
    void synthesisNetworkWithPeepholesGradientsMatchFiniteDifferences() {
        check(new NetworkConfig(2, 4, 2, 2, new Alphabet("abc "), true, -1.0, true));
    }

    @Test
    void predictionNetworkGradientsMatchFiniteDifferences() {
        check(new NetworkConfig(2, 4, 1, 2, new Alphabet("ab"), false, 0.0));
    }

    @Test
    void singleLayerSynthesisNetworkGradientsMatchFiniteDifferences() {
        check(new NetworkConfig(1, 3, 2, 2, new Alphabet("xyz"), true, -0.5));
    }

    static Batch batch(NetworkConfig cfg, int[] lengths, int[][] chars, long seed) {
        Random r = new Random(seed);
        int size = lengths.length, steps = 0;
        for (int n : lengths) {
            steps = Math.max(steps, n);
        }
        float[] in = new float[3 * size * steps], out = new float[3 * size * steps], mask = new float[size * steps];
        for (int b = 0; b < size; b++) {
            float[] dx = new float[lengths[b] + 1], dy = new float[lengths[b] + 1], up = new float[lengths[b] + 1];
            for (int i = 0; i <= lengths[b]; i++) {
                dx[i] = (float) r.nextGaussian();
                dy[i] = (float) r.nextGaussian();
                up[i] = r.nextDouble() < 0.3 ? 1 : 0;
            }
            for (int t = 0; t < lengths[b]; t++) {
                int row = t * size + b;
                in[3 * row] = dx[t];
                in[3 * row + 1] = dy[t];
                in[3 * row + 2] = up[t];
                out[3 * row] = dx[t + 1];
                out[3 * row + 1] = dy[t + 1];
                out[3 * row + 2] = up[t + 1];
                mask[row] = 1;
            }
        }
        return new Batch(size, steps, in, out, mask, chars);
    }

    private static void check(NetworkConfig cfg) {
        SynthesisNetwork net = SynthesisNetwork.initialise(cfg, DataType.DOUBLE, 7);
        Random r = new Random(3);
        // larger weights than the initialisation so that every nonlinearity is exercised away from zero
        INDArray flat = net.parameters().flat();
        for (long i = 0; i < flat.length(); i++) {
            flat.putScalar(i, flat.getDouble(i) + 0.3 * r.nextGaussian());
        }
        int a = cfg.alphabet().size();
        int[][] chars = {{0, 1 % a, 2 % a}, {1 % a}, {a - 1, 0, 0, 1 % a}};
        Batch batch = batch(cfg, new int[]{6, 9, 4}, chars, 11);
        TrainingPass pass = new TrainingPass(net, 3, 10, 5);
        ParameterSet grads = net.parameters().zerosLike();
        pass.lossAndGradient(batch, grads, TrainingPass.Clipping.NONE);

        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, INDArray> block : net.parameters().blocks().entrySet()) {
            INDArray values = block.getValue();
            INDArray grad = grads.get(block.getKey());
            long n = values.length();
            double worst = 0;
            String detail = "";
            for (long i = 0; i < n; i++) {
                double original = values.getDouble(i);
                values.putScalar(i, original + EPS);
                double up = pass.loss(batch);
                values.putScalar(i, original - EPS);
                double down = pass.loss(batch);
                values.putScalar(i, original);
                double numeric = (up - down) / (2 * EPS);
                double analytic = grad.getDouble(i);
                double scale = Math.max(Math.abs(numeric), Math.abs(analytic));
                double error = Math.abs(numeric - analytic) / Math.max(scale, 1e-7);
                if (error > worst) {
                    worst = error;
                    detail = " at " + i + " analytic " + analytic + " numeric " + numeric;
                }
                checked++;
            }
            if (worst > MAX_RELATIVE_ERROR) {
                failures.add(block.getKey() + " relative error " + worst + detail);
            }
        }
        if (!failures.isEmpty()) {
            fail("gradient check failed: " + failures);
        }
        assertTrue(checked == net.parameters().size());
    }
}
