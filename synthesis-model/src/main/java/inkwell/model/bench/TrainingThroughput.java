package inkwell.model.bench;

import inkwell.ink.OffsetSequence;
import inkwell.model.Alphabet;
import inkwell.model.BatchMaker;
import inkwell.model.ComputeThreads;
import inkwell.model.NetworkConfig;
import inkwell.model.OffsetStats;
import inkwell.model.ParallelTrainingPass;
import inkwell.model.ParameterSet;
import inkwell.model.SynthesisNetwork;
import inkwell.model.TrainingExample;
import inkwell.model.TrainingPass;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Training sample-steps per second on random well-formed data (forward and backward, no optimiser), with each
 * batch split over {@code threads} cores as the trainer does ({@link ParallelTrainingPass}).
 */
public final class TrainingThroughput {
    private TrainingThroughput() {
    }

    /**
     * Median sample-steps per second over {@code repeats} timed batches after one warm-up batch. Sets
     * {@link ComputeThreads} to one thread, as training does.
     */
    public static double measure(int hidden, int batch, int steps, int chars, int repeats, int threads) {
        NetworkConfig cfg = NetworkConfig.paper(Alphabet.printableAscii()).withHidden(hidden);
        SynthesisNetwork net = SynthesisNetwork.initialise(cfg, DataType.FLOAT, 1);
        ComputeThreads.use(1);
        BatchMaker examples = new BatchMaker(randomExamples(cfg, batch, steps, chars, 5), new OffsetStats(0, 0, 1, 1),
                cfg.alphabet(), batch, steps);
        int[] group = IntStream.range(0, batch).toArray();
        ParameterSet grads = net.parameters().zerosLike();
        try (ParallelTrainingPass pass = new ParallelTrainingPass(net, batch, threads, steps, chars)) {
            pass.lossAndGradient(examples, group, grads, TrainingPass.Clipping.PAPER);
            double[] rates = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                pass.lossAndGradient(examples, group, grads, TrainingPass.Clipping.PAPER);
                rates[r] = (double) batch * steps / ((System.nanoTime() - t0) / 1e9);
            }
            Arrays.sort(rates);
            return rates[repeats / 2];
        }
    }

    /**
     * {@code count} sequences of {@code steps} training steps: offsets from a standard normal, the pen lifting
     * after 5% of the points, texts of {@code chars} random characters of the alphabet.
     */
    public static List<TrainingExample> randomExamples(NetworkConfig cfg, int count, int steps, int chars, long seed) {
        Random r = new Random(seed);
        List<TrainingExample> examples = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            float[] dx = new float[steps + 1], dy = new float[steps + 1];
            boolean[] up = new boolean[steps + 1];
            for (int i = 0; i <= steps; i++) {
                dx[i] = (float) r.nextGaussian();
                dy[i] = (float) r.nextGaussian();
                up[i] = r.nextDouble() < 0.05;
            }
            String letters = cfg.alphabet().characters();
            StringBuilder text = new StringBuilder();
            for (int u = 0; u < chars; u++) {
                text.append(letters.charAt(r.nextInt(letters.length())));
            }
            examples.add(new TrainingExample(new OffsetSequence(dx, dy, up), text.toString(), "random"));
        }
        return examples;
    }

    public static void main(String[] args) {
        int hidden = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        System.out.printf("hidden %d, batch 32, %d steps: %.0f training sample-steps/s%n", hidden, steps,
                measure(hidden, 32, steps, 40, repeats, threads));
    }
}
