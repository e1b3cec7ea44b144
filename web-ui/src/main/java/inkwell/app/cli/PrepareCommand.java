package inkwell.app.cli;

import inkwell.data.BuildReport;
import inkwell.data.FilterSettings;
import inkwell.data.TrainingSetBuilder;
import inkwell.ink.InkFormatException;
import inkwell.ink.prep.Preprocessor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code inkwell prepare}: corpora to a training-set file. */
@Command(name = "prepare", mixinStandardHelpOptions = true,
        description = {"Build a training-set file from handwriting corpora: read, preprocess (size per contributor,"
                + " smoothing, resampling), filter, split by writer into training and validation, and write.",
                "Prints what was read, skipped and filtered."},
        footer = {"", "Example:", "  inkwell prepare --corpus train_r01_v07.tar.gz --categories 8 --out lines.iwset"})
public final class PrepareCommand implements Callable<Integer> {
    @Option(names = "--corpus", paramLabel = "PATH", required = true,
            description = "A UNIPEN archive (.tar.gz) or folder, or an IAM-OnDB folder; repeat for several.")
    List<Path> corpora;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
            description = "The training-set file to write (written whole, or not at all).")
    Path out;

    @Option(names = "--categories", paramLabel = "N,...", split = ",",
            description = "UNIPEN categories to keep: 8 for text lines, 6,7 for words. Default: all.")
    Set<Integer> categories = Set.of();

    @Option(names = "--min-label", paramLabel = "N",
            description = "Fewest characters in a label. Default: the builder's (1).")
    Integer minLabel;

    @Option(names = "--max-label", paramLabel = "N",
            description = "Most characters in a label. Default: the builder's (100).")
    Integer maxLabel;

    @Option(names = "--step", paramLabel = "UNITS",
            description = "Resampling distance in the normalised ink space, where a character holds 10 units of pen"
                    + " path; smaller means more points per character. Default: 0.75.")
    Double step;

    @Option(names = "--validation-fraction", paramLabel = "F", defaultValue = "0.05",
            description = "Share of writers held out for validation. Default: ${DEFAULT-VALUE}.")
    double validationFraction;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "20130804",
            description = "Seed of the writer split. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--charset", paramLabel = "CHARACTERS",
            description = "Keep only labels made of these characters. Default: printable ASCII.")
    String charset;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        for (Path corpus : corpora) {
            if (!Files.exists(corpus)) {
                throw new UserInputException("--corpus " + corpus + ": no such file or folder");
            }
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new UserInputException("--validation-fraction must be at least 0 and below 1");
        }
        Preprocessor.Settings d = Preprocessor.Settings.defaults();
        double resample = step == null ? d.step() : step;
        if (!(resample > 0 && resample < d.inkPerCharacter())) {
            throw new UserInputException("--step must be above 0 and below " + d.inkPerCharacter());
        }
        Preprocessor.Settings prep = new Preprocessor.Settings(d.inkPerCharacter(), resample, d.maxJump(),
                d.smoothingHalfWidth());
        FilterSettings filters = FilterSettings.defaults(prep);
        filters = filters.withLabelLength(minLabel == null ? filters.minLabelLength() : minLabel,
                maxLabel == null ? filters.maxLabelLength() : maxLabel);
        if (charset != null) {
            Set<Integer> allowed = charset.codePoints().boxed().collect(Collectors.toSet());
            filters = filters.withAllowedCharacters(allowed::contains);
        }
        BuildReport report;
        try {
            report = TrainingSetBuilder.build(new TrainingSetBuilder.Options(corpora, categories, prep, filters,
                    validationFraction, seed));
        } catch (InkFormatException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        PrintWriter printed = spec.commandLine().getOut();
        printed.print(report.render());
        if (report.set().size() == 0) {
            throw new UserInputException("no sample passed the filters; nothing written to " + out);
        }
        report.set().write(out);
        printed.println("written: " + out);
        printed.flush();
        return ExitCode.OK;
    }
}
