package inkwell.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Training on several cores by data parallelism: a batch's sequences are dealt out to {@code parts}
 * {@link TrainingPass} workspaces that run forward and backward at once, one per thread, against the same weights.
 * The loss is a sum over sequences, so the parts' losses and gradients add up to the whole batch's. Sequence i
 * goes to part i mod parts: a batch holds sequences of similar length in sorted order, so every part gets its share
 * of the long ones. On this project's machine (3 x 400, 600 steps) two parts of 16 sequences ran 1.9 times as fast
 * as one pass of 32 on one core, where splitting each product of one pass over two cores gained 1.0 to 1.3 times:
 * half of a step's work (element-wise operations, the window, the mixture head) does not split by columns.
 * Each part runs on one core, so {@link ComputeThreads} must be at one thread while the passes are made and used.
 */
public final class ParallelTrainingPass implements AutoCloseable {
    private final TrainingPass[] passes;
    /** The gradients of parts 1 and up; part 0 adds into the caller's. */
    private final ParameterSet[] partGrads;
    /** Threads for parts 1 and up; part 0 runs on the caller's thread. Null for one part. */
    private final ExecutorService helpers;
    private final int partSize;

    public ParallelTrainingPass(SynthesisNetwork net, int batch, int parts, int maxSteps, int maxChars) {
        if (parts < 1 || parts > batch) {
            throw new IllegalArgumentException("parts must be 1 to the batch size (" + batch + "), not " + parts);
        }
        if (parts > 1 && ComputeThreads.count() != 1) {
            throw new IllegalStateException("data-parallel training runs each part on one core, but the numerics are"
                    + " set to " + ComputeThreads.count() + " threads: call ComputeThreads.use(1) first");
        }
        partSize = (batch + parts - 1) / parts;
        passes = new TrainingPass[parts];
        partGrads = new ParameterSet[parts];
        for (int i = 0; i < parts; i++) {
            passes[i] = new TrainingPass(net, partSize, maxSteps, maxChars);
            partGrads[i] = i == 0 ? null : net.parameters().zerosLike();
        }
        helpers = parts == 1 ? null : Executors.newFixedThreadPool(parts - 1, runnable -> {
            Thread t = new Thread(runnable, "training-part");
            t.setDaemon(true);
            return t;
        });
    }

    public int parts() {
        return passes.length;
    }

    /**
     * Forward and backward over the examples {@code group} (indices into {@code maker}): returns the loss summed over
     * the real steps and adds its gradient into {@code grads} (which the caller zeroes).
     */
    public double lossAndGradient(BatchMaker maker, int[] group, ParameterSet grads, TrainingPass.Clipping clipping) {
        int[][] shares = deal(group, passes.length);
        double[] losses = inParallel(i -> {
            if (shares[i].length == 0) {
                return 0.0;
            }
            ParameterSet into = i == 0 ? grads : partGrads[i];
            if (i > 0) {
                into.flat().assign(0);
            }
            return passes[i].lossAndGradient(maker.make(shares[i], partSize), into, clipping);
        });
        double loss = 0;
        for (int i = 0; i < passes.length; i++) {
            loss += losses[i];
            if (i > 0 && shares[i].length > 0) {
                grads.flat().addi(partGrads[i].flat());
            }
        }
        return loss;
    }

    /** The loss of a whole set, batch by batch in its fixed order (epoch 0), with the real steps it covered. */
    public TrainingPass.LossTotal loss(BatchMaker batches) {
        double loss = 0;
        long points = 0;
        for (int[] group : batches.epoch(0)) {
            int[][] shares = deal(group, passes.length);
            long[] partPoints = new long[passes.length];
            double[] losses = inParallel(i -> {
                if (shares[i].length == 0) {
                    return 0.0;
                }
                Batch b = batches.make(shares[i], partSize);
                partPoints[i] = b.realSteps();
                return passes[i].loss(b);
            });
            for (int i = 0; i < passes.length; i++) {
                loss += losses[i];
                points += partPoints[i];
            }
        }
        return new TrainingPass.LossTotal(loss, points);
    }

    /** Element i of the group to share i mod parts. */
    static int[][] deal(int[] group, int parts) {
        int[][] shares = new int[parts][];
        for (int p = 0; p < parts; p++) {
            shares[p] = new int[Math.max(0, (group.length - p + parts - 1) / parts)];
        }
        for (int i = 0; i < group.length; i++) {
            shares[i % parts][i / parts] = group[i];
        }
        return shares;
    }

    private interface Part {
        double run(int part);
    }

    /** Runs every part and waits for all of them, so that no part is still at work when one's failure is thrown. */
    private double[] inParallel(Part part) {
        double[] results = new double[passes.length];
        List<Future<Double>> running = new ArrayList<>();
        for (int i = 1; i < passes.length; i++) {
            int p = i;
            running.add(helpers.submit(() -> part.run(p)));
        }
        RuntimeException failure = null;
        try {
            results[0] = part.run(0);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (int i = 1; i < passes.length; i++) {
            try {
                results[i] = running.get(i - 1).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure != null ? failure
                        : new IllegalStateException("interrupted while waiting for a training part", e);
            } catch (ExecutionException e) {
                failure = failure != null ? failure : e.getCause() instanceof RuntimeException r ? r
                        : new IllegalStateException("a training part failed", e.getCause());
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    @Override
    public void close() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
