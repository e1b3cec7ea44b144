package inkwell.model.bench;

import inkwell.model.Alphabet;
import inkwell.model.ComputeThreads;
import inkwell.model.HandwritingModel;
import inkwell.model.NetworkConfig;
import inkwell.model.OffsetStats;
import inkwell.model.Provenance;
import inkwell.model.Sampler;
import inkwell.model.SynthesisNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The performance figures of issue 6 on this machine, as medians: the matrix-product rate (the limit), training
 * sample-steps per second (batch 32) and sampling steps per second at batch 1 and 8, each on random
 * well-formed data with the paper's window and mixture sizes.
 */
public final class Bench {
    /** One measurement: what, the median rate and its unit. */
    public record Result(String variant, int hidden, int threads, int batch, int steps, double medianPerSecond,
                         String unit, int iterations) {
        public String json() {
            return String.format("{\"impl\":\"java\",\"variant\":\"%s\",\"hidden\":%d,\"threads\":%d,\"batch\":%d,"
                    + "\"steps\":%d,\"median_per_s\":%.1f,\"unit\":\"%s\",\"iterations\":%d}",
                    variant, hidden, threads, batch, steps, medianPerSecond, unit, iterations);
        }

        public String text() {
            return String.format("%-8s hidden %4d  threads %d  batch %3d  steps %4d  %,12.1f %s (median of %d)",
                    variant, hidden, threads, batch, steps, medianPerSecond, unit, iterations);
        }
    }

    private Bench() {
    }


    public static Result gemm(int threads, int iterations) {
        int n = 1024;
        INDArray a = Nd4j.rand(DataType.FLOAT, n, n), b = Nd4j.rand(DataType.FLOAT, n, n),
                c = Nd4j.zeros(DataType.FLOAT, n, n);
        Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
        double[] rates = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
            rates[i] = 2.0 * n * n * n / ((System.nanoTime() - t0) / 1e9) / 1e9;
        }
        return new Result("gemm", 0, threads, n, 0, median(rates), "GFLOP/s", iterations);
    }

    public static Result training(int hidden, int threads, int steps, int iterations) {
        double rate = TrainingThroughput.measure(hidden, 32, steps, 40, iterations, threads);
        ComputeThreads.use(threads);
        return new Result("train", hidden, threads, 32, steps, rate, "sample-steps/s", iterations);
    }

    /** Steps per second writing {@code lines} lines of 40 characters at once, up to {@code steps} steps each. */
    public static Result sampling(int hidden, int threads, int lines, int steps, int iterations) {
        NetworkConfig cfg = NetworkConfig.paper(Alphabet.printableAscii()).withHidden(hidden);
        HandwritingModel model = new HandwritingModel(SynthesisNetwork.initialise(cfg, DataType.FLOAT, 1),
                new OffsetStats(0.3, 0, 1.4, 0.9), Provenance.empty());
        Sampler sampler = new Sampler(model);
        List<String> text = new ArrayList<>(Collections.nCopies(lines, "The quick brown fox jumps over the lazy do"));
        int perChar = Math.max(1, (steps - 20) / text.get(0).length());
        sampler.sample(new Sampler.Request(text, 0.5, 0, null, perChar));
        double[] rates = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            List<Sampler.Line> out = sampler.sample(new Sampler.Request(text, 0.5, i + 1, null, perChar));
            int written = out.stream().mapToInt(l -> l.offsets().length()).max().orElse(0);
            rates[i] = written / ((System.nanoTime() - t0) / 1e9);
        }
        return new Result("sample", hidden, threads, lines, steps, median(rates), "steps/s", iterations);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Runs what is asked ("train", "sample", "gemm" or "all") and prints each result as it comes. */
    public static void run(String what, int[] hiddens, int threads, int steps, int iterations, boolean json,
                           PrintStream out) {
        ComputeThreads.use(threads);
        boolean all = what.equals("all");
        if (all || what.equals("gemm")) {
            print(gemm(threads, Math.max(5, iterations)), json, out);
        }
        for (int hidden : hiddens) {
            if (all || what.equals("train")) {
                print(training(hidden, threads, steps, iterations), json, out);
            }
            if (all || what.equals("sample")) {
                print(sampling(hidden, threads, 1, steps, iterations), json, out);
                print(sampling(hidden, threads, 8, steps, iterations), json, out);
            }
        }
    }

    private static void print(Result r, boolean json, PrintStream out) {
        out.println(json ? r.json() : r.text());
        out.flush();
    }
}
