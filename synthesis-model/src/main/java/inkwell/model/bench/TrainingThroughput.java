package inkwell.model.bench;

import inkwell.model.Alphabet;
import inkwell.model.Batch;
import inkwell.model.NetworkConfig;
import inkwell.model.ParameterSet;
import inkwell.model.SynthesisNetwork;
import inkwell.model.TrainingPass;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.Arrays;
import java.util.Random;

/** Training sample-steps per second on random well-formed data (forward and backward, no optimiser). */
public final class TrainingThroughput {
    private TrainingThroughput() {
    }

    /** Median sample-steps per second over {@code repeats} timed batches after one warm-up batch. */
    public static double measure(int hidden, int batch, int steps, int chars, int repeats) {
        NetworkConfig cfg = NetworkConfig.paper(Alphabet.printableAscii()).withHidden(hidden);
        SynthesisNetwork net = SynthesisNetwork.initialise(cfg, DataType.FLOAT, 1);
        TrainingPass pass = new TrainingPass(net, batch, steps, chars);
        ParameterSet grads = net.parameters().zerosLike();
        Batch b = randomBatch(cfg, batch, steps, chars, 5);
        pass.lossAndGradient(b, grads, TrainingPass.Clipping.PAPER);
        double[] rates = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            pass.lossAndGradient(b, grads, TrainingPass.Clipping.PAPER);
            rates[r] = (double) batch * steps / ((System.nanoTime() - t0) / 1e9);
        }
        Arrays.sort(rates);
        return rates[repeats / 2];
    }

    public static Batch randomBatch(NetworkConfig cfg, int batch, int steps, int chars, long seed) {
        Random r = new Random(seed);
        float[] in = new float[3 * batch * steps], out = new float[3 * batch * steps], mask = new float[batch * steps];
        for (int i = 0; i < batch * steps; i++) {
            for (int j = 0; j < 2; j++) {
                in[3 * i + j] = (float) r.nextGaussian();
                out[3 * i + j] = (float) r.nextGaussian();
            }
            in[3 * i + 2] = r.nextDouble() < 0.05 ? 1 : 0;
            out[3 * i + 2] = r.nextDouble() < 0.05 ? 1 : 0;
            mask[i] = 1;
        }
        int[][] text = new int[batch][chars];
        for (int[] t : text) {
            for (int u = 0; u < chars; u++) {
                t[u] = r.nextInt(cfg.alphabet().size());
            }
        }
        return new Batch(batch, steps, in, out, mask, text);
    }

    public static void main(String[] args) {
        int hidden = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        inkwell.model.ComputeThreads.use(args.length > 3 ? Integer.parseInt(args[3]) : 1);
        System.out.printf("hidden %d, batch 32, %d steps: %.0f training sample-steps/s%n", hidden, steps,
                measure(hidden, 32, steps, 40, repeats));
    }
}
