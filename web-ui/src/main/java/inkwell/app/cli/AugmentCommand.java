package inkwell.app.cli;

import inkwell.data.TrainingSample;
import inkwell.data.TrainingSet;
import inkwell.data.TrainingSetFormatException;
import inkwell.data.WriterAugmentation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code inkwell augment}: a training-set file whose training writers get a random slant and width each. */
@Command(name = "augment", mixinStandardHelpOptions = true,
        description = {"Write a copy of a training-set file in which every training writer's lines get one random"
                + " slant and width (then are resampled as 'prepare' does); validation writers are left as they are.",
                "Train on it instead of the original to regularise against new writers."},
        footer = {"", "Example:",
                "  inkwell augment --data lines.iwset --out lines-aug.iwset --slant 0.15 --width 0.1"})
public final class AugmentCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "FILE", required = true, description = "The training-set file to read.")
    Path data;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
            description = "The training-set file to write (written whole, or not at all).")
    Path out;

    @Option(names = "--slant", paramLabel = "SD", defaultValue = "0.15",
            description = "Standard deviation of the slant k in x += k y (0.15: about 8.5 degrees)."
                    + " Default: ${DEFAULT-VALUE}.")
    double slant;

    @Option(names = "--width", paramLabel = "SD", defaultValue = "0.1",
            description = "Standard deviation of the log of the width factor. Default: ${DEFAULT-VALUE}.")
    double width;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "11",
            description = "Seed of the writers' draws. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(data)) {
            throw new UserInputException("--data " + data + ": no such file");
        }
        WriterAugmentation.Settings settings;
        try {
            settings = new WriterAugmentation.Settings(slant, width, seed);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--slant and --width must be from 0 to below 1", e);
        }
        TrainingSet augmented;
        try {
            augmented = WriterAugmentation.apply(TrainingSet.read(data), settings);
        } catch (TrainingSetFormatException | IllegalArgumentException e) {
            throw new UserInputException("--data " + data + ": " + e.getMessage(), e);
        }
        augmented.write(out);
        spec.commandLine().getOut().printf("%d training lines of %d writers transformed, %d validation lines kept;"
                        + " written: %s%n", augmented.train().size(),
                augmented.train().stream().map(TrainingSample::writer).distinct().count(),
                augmented.validation().size(), out);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
