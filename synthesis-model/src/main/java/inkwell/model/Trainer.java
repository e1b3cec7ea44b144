package inkwell.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.GaussianDistribution;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs training: length-bucketed batches, the optimiser, validation every N steps, atomic checkpoints with the
 * optimiser state and the position in the epoch (so a resumed run continues exactly), a NaN guard (the batch
 * is skipped and logged; a non-finite model is never saved), a progress line and a loss-curve picture.
 * Files in the run directory: {@code checkpoint.iwm}, {@code best.iwm} (lowest validation loss, weights only),
 * {@code history.csv}, {@code loss.png}, and with {@link TrainingSettings#keepSnapshots()}
 * {@code snapshots/step-N.iwm} (weights only, written at each validation with that step's validation loss). A file
 * named {@code STOP} there, or SIGTERM, ends the run at the next step with a checkpoint.
 */
public final class Trainer {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long SIGTERM waits for the step in progress and the checkpoint after it. */
    private static final long SHUTDOWN_WAIT_SECONDS = 120;
    /** Held by the running trainer (see {@link #run}); the file itself stays, empty. */
    static final String LOCK_FILE = "lock";
    private final HandwritingModel model;
    private final TrainingSettings settings;
    private final BatchMaker train;
    private final BatchMaker validation;
    private final Path runDir;
    private final PrintStream log;
    private final Optimizer optimizer;
    private final ParameterSet grads;
    /**
     * With weight noise: the weights without it during a batch's pass, the noise itself, and the generator it is
     * drawn from (the run's own, so that reseeding it per step leaves ND4J's global one alone); else null.
     */
    private final INDArray cleanWeights;
    private final INDArray noise;
    private final org.nd4j.linalg.api.rng.Random noiseRandom;
    private final ParallelTrainingPass pass;
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final List<double[]> trainHistory = new ArrayList<>();
    private final List<double[]> validationHistory = new ArrayList<>();
    private long step;
    private int epoch;
    private int batchInEpoch;
    private long skipped;
    private double bestValidation = Double.POSITIVE_INFINITY;
    private double elapsedSeconds;

    /** A trainer on one core. */
    public Trainer(HandwritingModel model, TrainingSettings settings, BatchMaker train, BatchMaker validation,
                   Path runDir, PrintStream log) {
        this(model, settings, train, validation, runDir, log, 1);
    }

    /**
     * @param cores how many parts each batch is split into, one per core ({@link ParallelTrainingPass}); above one,
     *              {@link ComputeThreads} must be at one thread
     */
    public Trainer(HandwritingModel model, TrainingSettings settings, BatchMaker train, BatchMaker validation,
                   Path runDir, PrintStream log, int cores) {
        this.model = model;
        this.settings = settings;
        this.train = train;
        this.validation = validation;
        this.runDir = runDir;
        this.log = log;
        this.optimizer = Optimizer.named(settings.optimizer(), model.network().parameters());
        this.grads = model.network().parameters().zerosLike();
        INDArray flat = model.network().parameters().flat();
        this.cleanWeights = settings.weightNoise() > 0 ? flat.dup() : null;
        this.noise = settings.weightNoise() > 0 ? flat.ulike() : null;
        this.noiseRandom = settings.weightNoise() > 0
                ? Nd4j.getRandomFactory().getNewRandomInstance(settings.seed()) : null;
        this.pass = new ParallelTrainingPass(model.network(), settings.batchSize(), cores, settings.maxSteps(),
                maxChars(train, validation));
    }

    private static int maxChars(BatchMaker a, BatchMaker b) {
        return Math.max(a.maxChars(), b.maxChars());
    }

    public static Path checkpointPath(Path runDir) {
        return runDir.resolve("checkpoint.iwm");
    }

    /** Continues from the run directory's checkpoint: weights, optimiser state, position and history. */
    public void restore() throws IOException {
        ModelFile.Contents c = ModelFile.readContents(checkpointPath(runDir));
        model.network().parameters().flat().assign(c.model().network().parameters().flat());
        for (Map.Entry<String, org.nd4j.linalg.api.ndarray.INDArray> e : optimizer.state().entrySet()) {
            float[] saved = c.extraArrays().get("optimizer." + e.getKey());
            if (saved == null || saved.length != e.getValue().length()) {
                throw new IOException("the checkpoint's optimiser state '" + e.getKey()
                        + "' is missing or the wrong size"
                        + " (was it written by another optimiser than " + optimizer.name() + "?)");
            }
            e.getValue().assign(Nd4j.createFromArray(saved).reshape(e.getValue().shape()));
        }
        JsonNode s = c.extraJson();
        step = s.path("step").asLong();
        epoch = s.path("epoch").asInt();
        batchInEpoch = s.path("batchInEpoch").asInt();
        skipped = s.path("skipped").asLong();
        bestValidation = s.path("bestValidation").asDouble(Double.POSITIVE_INFINITY);
        elapsedSeconds = s.path("elapsedSeconds").asDouble();
        readHistory();
        log.printf("resumed at step %d (epoch %d, batch %d), best validation %.4f%n", step, epoch, batchInEpoch,
                bestValidation);
    }

    /** Asks the loop to stop after the current step (it writes a checkpoint first). */
    public void requestStop() {
        stopRequested.set(true);
    }

    public long step() {
        return step;
    }

    public double bestValidation() {
        return bestValidation;
    }

    /**
     * Trains until the step total, the time limit, or a stop request; returns the best validation loss. Holds the
     * run folder's lock file meanwhile, so a second trainer started on the same folder stops at once instead of
     * writing over this one's checkpoints.
     */
    public double run(Duration timeLimit) throws IOException {
        Files.createDirectories(runDir);
        try (FileChannel file = FileChannel.open(runDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockOf(file)) {
            return train(timeLimit);
        }
    }

    private FileLock lockOf(FileChannel file) throws IOException {
        FileLock lock;
        try {
            lock = file.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            throw new IOException(runDir + " is in use by another training run; two runs in one folder would write over"
                    + " each other's checkpoints. Wait for it to end (a file named STOP in the folder ends it at its"
                    + " next checkpoint) or train in another --run folder");
        }
        return lock;
    }

    private double train(Duration timeLimit) throws IOException {
        // The JVM halts as soon as its shutdown hooks return, so the hook waits for the loop's last checkpoint.
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            requestStop();
            try {
                finished.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        int skippedInARow = 0;
        long start = System.nanoTime();
        double startElapsed = elapsedSeconds;
        long windowSteps = 0, windowStart = System.nanoTime();
        double windowLoss = 0;
        long windowPoints = 0;
        try {
            while (step < settings.totalSteps()) {
                List<int[]> batches = train.epoch(settings.seed() * 1_000_003L + epoch);
                while (batchInEpoch < batches.size() && step < settings.totalSteps()) {
                    int[] group = batches.get(batchInEpoch);
                    grads.flat().assign(0);
                    double loss = noisyLossAndGradient(group);
                    double norm = grads.flat().norm2Number().doubleValue();
                    batchInEpoch++;
                    if (!Double.isFinite(loss) || !Double.isFinite(norm)) {
                        skipped++;
                        log.printf("step %d: skipped a batch with a non-finite %s (%d skipped so far)%n",
                                step, Double.isFinite(loss) ? "gradient" : "loss", skipped);
                        if (++skippedInARow >= batches.size()) {
                            // nothing can change any more: the loop would spin for ever without a step
                            throw new IllegalStateException("the last " + skippedInARow + " batches, an epoch's"
                                    + " worth, all had a non-finite loss or gradient: the data or the model is broken;"
                                    + " stopped at step " + step + ", the last checkpoint is left as it was");
                        }
                        continue;
                    }
                    skippedInARow = 0;
                    if (settings.maxGradientNorm() > 0 && norm > settings.maxGradientNorm()) {
                        grads.flat().muli(settings.maxGradientNorm() / norm);
                    }
                    optimizer.step(model.network().parameters(), grads, settings.learningRateAt(step));
                    step++;
                    long points = train.steps(group);
                    windowLoss += loss;
                    windowPoints += points;
                    windowSteps += points;
                    elapsedSeconds = startElapsed + (System.nanoTime() - start) / 1e9;
                    if (step % 10 == 0) {
                        double secs = (System.nanoTime() - windowStart) / 1e9;
                        trainHistory.add(new double[]{step, windowLoss / windowPoints});
                        log.printf("step %d  epoch %d  batch %d/%d  loss %.4f nats/point  %.0f sample-steps/s"
                                + "  lr %.2e  |g| %.1f%n",
                                step, epoch, batchInEpoch, batches.size(), windowLoss / windowPoints,
                                windowSteps / secs, settings.learningRateAt(step), norm);
                        windowLoss = 0;
                        windowPoints = 0;
                        windowSteps = 0;
                        windowStart = System.nanoTime();
                    }
                    if (step % settings.validateEvery() == 0) {
                        validate();
                    }
                    boolean timeUp = timeLimit != null && System.nanoTime() - start > timeLimit.toNanos();
                    boolean stop = stopRequested.get() || Files.exists(runDir.resolve("STOP")) || timeUp;
                    if (step % settings.checkpointEvery() == 0 || stop) {
                        checkpoint();
                    }
                    if (stop) {
                        log.printf("stopped at step %d (%s)%n", step, timeUp ? "time limit" : "stop requested");
                        return bestValidation;
                    }
                }
                epoch++;
                batchInEpoch = 0;
            }
            if (validationHistory.isEmpty() || validationHistory.get(validationHistory.size() - 1)[0] != step) {
                validate();
            }
            checkpoint();
            return bestValidation;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting: the hook has done its job
            }
        }
    }

    /**
     * The batch's loss and gradient, with weight noise at the weights plus N(0, sigma^2) noise, drawn from a seed
     * of the run's seed and the step (so a resumed run draws the same); the clean weights are back in place after.
     */
    private double noisyLossAndGradient(int[] group) {
        if (noise == null) {
            return pass.lossAndGradient(train, group, grads, settings.clipping());
        }
        INDArray weights = model.network().parameters().flat();
        cleanWeights.assign(weights);
        noiseRandom.setSeed(settings.seed() * 1_000_003L + step);
        Nd4j.getExecutioner().exec(new GaussianDistribution(noise, 0, settings.weightNoise()), noiseRandom);
        weights.addi(noise);
        try {
            return pass.lossAndGradient(train, group, grads, settings.clipping());
        } finally {
            weights.assign(cleanWeights);
        }
    }

    /** Mean loss per point over the validation batches (a fixed selection). */
    public double validate() throws IOException {
        double perPoint = pass.loss(validation).perPoint();
        validationHistory.add(new double[]{step, perPoint});
        log.printf("step %d  validation loss %.4f nats/point%s%n", step, perPoint,
                perPoint < bestValidation ? " (best so far)" : "");
        if (settings.keepSnapshots() && Double.isFinite(perPoint) && isFinite()) {
            Path snapshot = runDir.resolve("snapshots").resolve("step-" + step + ".iwm");
            Files.createDirectories(snapshot.getParent());
            ModelFile.write(snapshot, model.withProvenance(provenance(perPoint)));
        }
        if (Double.isFinite(perPoint) && perPoint < bestValidation) {
            bestValidation = perPoint;
            if (isFinite()) {
                ModelFile.write(runDir.resolve("best.iwm"), model.withProvenance(provenance(perPoint)));
            }
        }
        return perPoint;
    }

    private boolean isFinite() {
        return Double.isFinite(model.network().parameters().flat().sumNumber().doubleValue());
    }

    private Provenance provenance(double validationLoss) {
        Provenance p = settings.weightNoise() > 0
                ? model.provenance().with("training.weightNoise", settings.weightNoise()) : model.provenance();
        return p
                .with("training.steps", step)
                .with("training.epochs", String.format("%.2f",
                        epoch + (double) batchInEpoch / Math.max(1, train.size() / settings.batchSize())))
                .with("training.wallSeconds", String.format("%.0f", elapsedSeconds))
                .with("training.validationLoss", String.format("%.4f", validationLoss))
                .with("training.trainLoss", trainHistory.isEmpty() ? ""
                        : String.format("%.4f", trainHistory.get(trainHistory.size() - 1)[1]))
                .with("training.optimizer", settings.optimizer())
                .with("training.batchSize", settings.batchSize())
                .with("training.skippedBatches", skipped);
    }

    private void checkpoint() throws IOException {
        if (!isFinite()) {
            log.printf("step %d: the weights are not finite; checkpoint NOT written%n", step);
            return;
        }
        Map<String, org.nd4j.linalg.api.ndarray.INDArray> extra = new LinkedHashMap<>();
        optimizer.state().forEach((k, v) -> extra.put("optimizer." + k, v));
        ObjectNode s = JSON.createObjectNode();
        s.put("step", step);
        s.put("epoch", epoch);
        s.put("batchInEpoch", batchInEpoch);
        s.put("skipped", skipped);
        s.put("bestValidation", Double.isFinite(bestValidation) ? bestValidation : 1e300);
        s.put("elapsedSeconds", elapsedSeconds);
        s.put("optimizer", optimizer.name());
        writeHistory();
        ModelFile.write(checkpointPath(runDir), model.withProvenance(provenance(bestValidation)), extra, s);
        LossPlot.write(runDir.resolve("loss.png"), trainHistory, validationHistory);
    }

    private void writeHistory() throws IOException {
        StringBuilder sb = new StringBuilder("kind,step,loss\n");
        trainHistory.forEach(p -> sb.append("train,").append((long) p[0]).append(',').append(p[1]).append('\n'));
        validationHistory.forEach(p -> sb.append("validation,").append((long) p[0]).append(',').append(p[1])
                .append('\n'));
        Path tmp = runDir.resolve("history.csv.tmp");
        Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, runDir.resolve("history.csv"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private void readHistory() throws IOException {
        Path file = runDir.resolve("history.csv");
        if (!Files.exists(file)) {
            return;
        }
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split(",");
            if (f.length != 3 || f[0].equals("kind") || Long.parseLong(f[1]) > step) {
                continue;
            }
            double[] p = {Long.parseLong(f[1]), Double.parseDouble(f[2])};
            (f[0].equals("train") ? trainHistory : validationHistory).add(p);
        }
    }
}
