package inkwell.app.cli;

import inkwell.data.TrainModel;
import inkwell.model.ComputeThreads;
import inkwell.model.TrainingPass;
import inkwell.model.TrainingSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code inkwell train}: training-set files to a model, with checkpoints and resume. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a synthesis network on training-set files made by 'inkwell prepare'.",
                "The run folder receives checkpoint.iwm (resumable), best.iwm (lowest validation loss: the model to"
                        + " use), history.csv and loss.png. Running the same command again resumes from the"
                        + " checkpoint. A file named STOP in the run folder, or Ctrl+C, ends the run after a"
                        + " checkpoint. Progress is printed every 10 steps."},
        footer = {"", "Example:",
                "  inkwell train --data lines.iwset --data words.iwset:40000 --run runs/mine --hidden 256"})
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "FILE[:N]", required = true,
            description = "A training-set file; ':N' uses a seeded random subset of N training samples. Repeat to"
                    + " mix several.")
    List<String> data;

    @Option(names = "--run", paramLabel = "DIR", required = true, description = "The run folder (created if needed).")
    Path runDir;

    @Option(names = "--hidden", paramLabel = "N", defaultValue = "400",
            description = "LSTM units per layer (the paper: 400). Default: ${DEFAULT-VALUE}.")
    int hidden;

    @Option(names = "--layers", paramLabel = "N", defaultValue = "3",
            description = "LSTM layers (the paper: 3). Default: ${DEFAULT-VALUE}.")
    int layers;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "100000",
            description = "Optimiser steps in all (counting those of a resumed run). Default: ${DEFAULT-VALUE}.")
    long totalSteps;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "32",
            description = "Sequences per batch. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--max-points", paramLabel = "N", defaultValue = "1000",
            description = "Longest sequence trained on, in pen points; longer ones are left out."
                    + " Default: ${DEFAULT-VALUE}.")
    int maxPoints;

    @Option(names = "--learning-rate", paramLabel = "R", defaultValue = "1e-3",
            description = "Adam's learning rate (after a 200-step warm-up). Default: ${DEFAULT-VALUE}.")
    double learningRate;

    @Option(names = "--peepholes",
            description = "LSTM cells with peephole connections, as in the paper (such a model samples on the slower"
                    + " ND4J path: the sampling kernel has none).")
    boolean peepholes;

    @Option(names = "--max-gradient-norm", paramLabel = "G", defaultValue = "0",
            description = "Scale the gradient (of the loss summed over a batch) down to this norm when larger, on top"
                    + " of the paper's clipping of derivatives; 0 for no limit. Default: ${DEFAULT-VALUE}.")
    double maxGradientNorm;

    @Option(names = "--time-limit", paramLabel = "MINUTES", defaultValue = "0",
            description = "Stop (with a checkpoint) after this long; 0 for no limit. Default: ${DEFAULT-VALUE}.")
    long minutes;

    @Option(names = "--init", paramLabel = "MODEL",
            description = "Start from this model's weights instead of random ones.")
    Path init;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Cores to train on: each batch is split into that many parts, trained at once, one per"
                    + " core. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--snapshots",
            description = "At every validation also keep that step's weights (snapshots/step-N.iwm in the run folder,"
                    + " its own validation loss in its provenance), to choose the model by writing quality afterwards"
                    + " (inkwell evaluate): that does not always follow the validation loss.")
    boolean snapshots;

    @Option(names = "--weight-noise", paramLabel = "SIGMA", defaultValue = "0",
            description = "Standard deviation of Gaussian noise added to every weight for each batch's forward and"
                    + " backward pass (the update goes to the clean weights): a regulariser against fitting the"
                    + " training writers; 0 for none. Default: ${DEFAULT-VALUE}.")
    double weightNoise;

    @Option(names = "--joined-lines", paramLabel = "CHARACTERS", defaultValue = "0",
            description = "Also train (and validate) on every two consecutive lines of one writer joined into one line,"
                    + " where the two hold at most this many characters with the space between them: the corpus's lines"
                    + " are shorter than the sentences people write; 0 for none. Default: ${DEFAULT-VALUE}.")
    int joinedLines;

    @Option(names = "--joined-count", paramLabel = "N", defaultValue = "2",
            description = "The most lines --joined-lines joins into one: from each line, it and as many of its"
                    + " writer's following lines as fit in --joined-lines characters, up to this many (2: every"
                    + " pair of neighbouring lines). Longer runs teach the model to keep its hand far into a"
                    + " sequence, as after a style's prime. Default: ${DEFAULT-VALUE}.")
    int joinedCount;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the initial weights and batch order. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() throws IOException {
        List<TrainModel.DataFile> files = data.stream().map(TrainModel.DataFile::parse).toList();
        for (TrainModel.DataFile f : files) {
            if (!Files.isRegularFile(f.path())) {
                throw new UserInputException("--data " + f.path() + ": no such file");
            }
        }
        if (init != null && !Files.isRegularFile(init)) {
            throw new UserInputException("--init " + init + ": no such file");
        }
        TrainingSettings settings;
        try {
            settings = new TrainingSettings(batch, maxPoints, "adam", learningRate, 200, 0, maxGradientNorm,
                    TrainingPass.Clipping.PAPER, 250, 100, totalSteps, seed, snapshots, weightNoise);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        if (hidden < 1 || layers < 1 || totalSteps < 1 || minutes < 0 || threads < 1 || threads > 256
                || joinedLines < 0 || joinedCount < 2) {
            throw new UserInputException("--hidden, --layers and --steps must be positive, --threads 1 to 256,"
                    + " --time-limit and --joined-lines 0 or more, --joined-count 2 or more");
        }
        // Each part of a batch trains on one core (ParallelTrainingPass), so the numerics stay single-threaded.
        ComputeThreads.use(1);
        String command = "inkwell train " + String.join(" ", data.stream().map(d -> "--data " + d).toList())
                + " --run " + runDir + " --hidden " + hidden + " --layers " + layers + " --steps " + totalSteps
                + " --batch " + batch + " --max-points " + maxPoints + " --learning-rate " + learningRate
                + " --max-gradient-norm " + maxGradientNorm + (peepholes ? " --peepholes" : "")
                + " --seed " + seed + (init == null ? "" : " --init " + init) + (snapshots ? " --snapshots" : "")
                + (weightNoise > 0 ? " --weight-noise " + weightNoise : "")
                + (joinedLines > 0 ? " --joined-lines " + joinedLines : "")
                + (joinedLines > 0 && joinedCount != 2 ? " --joined-count " + joinedCount : "");
        TrainModel.Options options = new TrainModel.Options(files, runDir, layers, hidden, 10, 20, peepholes, 20,
                settings, init, minutes == 0 ? null : Duration.ofMinutes(minutes), joinedLines, joinedCount, threads,
                command);
        try {
            double best = TrainModel.run(options, System.out);
            System.out.printf("best validation loss %.4f nats per point; the model to use: %s%n", best,
                    runDir.resolve("best.iwm"));
        } catch (IllegalArgumentException e) {
            // The data cannot be trained on as asked (no usable examples, every sequence too long, ...).
            throw new UserInputException(e.getMessage(), e);
        }
        return ExitCode.OK;
    }
}
