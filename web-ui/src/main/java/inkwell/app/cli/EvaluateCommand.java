package inkwell.app.cli;

import inkwell.app.writing.StyleLibrary;
import inkwell.data.DefaultModel;
import inkwell.data.Evaluation;
import inkwell.model.HandwritingModel;
import inkwell.model.ModelFile;
import inkwell.model.Sampler;
import inkwell.model.TrainingExample;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** {@code inkwell evaluate}: how good a model is. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measure a model: its negative log-likelihood on real handwriting (with --data), and how"
                + " often it writes sentences to the end with its attention passing every character in order."})
public final class EvaluateCommand implements Callable<Integer> {
    private static final Pattern STEP_FILE = Pattern.compile("step-(\\d+)\\.iwm");

    @Mixin
    ModelOption modelOption;

    @Option(names = "--data", paramLabel = "PATH",
            description = "Handwriting to score: a training-set file (.iwset) or a corpus (UNIPEN, IAM-OnDB).")
    Path data;

    @Option(names = "--split", paramLabel = "PART", defaultValue = "ALL",
            description = "With a training-set file: ALL, TRAIN or VALIDATION (the held-out writers). A corpus is"
                    + " scored whole. Default: ${DEFAULT-VALUE}.")
    Evaluation.Split split;

    @Option(names = "--sentences", paramLabel = "FILE",
            description = "Sentences to write, one per line. Default: the project's evaluation sentences.")
    Path sentences;

    @Option(names = {"-b", "--bias"}, paramLabel = "B", defaultValue = "" + DefaultModel.WRITING_BIAS,
            description = "Bias of the sentences' sampling. Default: ${DEFAULT-VALUE}.")
    double bias;

    @Option(names = "--seed", paramLabel = "N[,N...]", defaultValue = "1", split = ",",
            description = "Seed of the sentences' sampling; several (comma separated) write the sentences once per"
                    + " seed and add up the successes. Default: ${DEFAULT-VALUE}.")
    long[] seeds;

    @Option(names = {"-s", "--style"}, paramLabel = "NAME[,NAME...]", defaultValue = StyleLibrary.NONE, split = ",",
            description = "Write the sentences in these styles ('inkwell styles' lists them; 'all' for every one);"
                    + " 'none' lets the model choose. Default: ${DEFAULT-VALUE}.")
    List<String> styles;

    @Option(names = "--snapshots", paramLabel = "DIR",
            description = "Instead of one model, every model file in this folder (a run's snapshots/, kept by"
                    + " 'train --snapshots'), in the order of their steps: one line each with its totals, to choose"
                    + " among them.")
    Path snapshots;

    @Option(names = "--failures",
            description = "List each sentence whose attention skipped a character, went back at all or did not"
                    + " finish, with every return: where, for how long, and the window's weight.")
    boolean failures;

    @Spec
    CommandSpec spec;

    /** The model files in the --snapshots folder, by step ("step-N.iwm"; other names after them, by name). */
    private List<Path> snapshotFiles() throws IOException {
        if (!Files.isDirectory(snapshots)) {
            throw new UserInputException("--snapshots " + snapshots + ": no such folder");
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(snapshots)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".iwm"))
                    .sorted(Comparator.comparingLong(EvaluateCommand::stepOf).thenComparing(Path::getFileName))
                    .toList();
        }
        if (files.isEmpty()) {
            throw new UserInputException("--snapshots " + snapshots + " holds no model files (.iwm)");
        }
        return files;
    }

    private static long stepOf(Path file) {
        Matcher m = STEP_FILE.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }

    /**
     * Scores one model: the likelihood of {@code examples} (when given) and the alignment of the sentences in each
     * style at each seed. Prints every part to {@code detail} when it is not null; returns the totals in one line.
     */
    private String evaluate(HandwritingModel model, List<TrainingExample> examples, List<String> lines,
                            Map<String, Sampler.Prime> primes, PrintWriter detail) {
        List<String> summary = new ArrayList<>();
        if (examples != null) {
            Evaluation.Likelihood likelihood;
            try {
                likelihood = Evaluation.likelihood(model, examples);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--data " + data + ": " + e.getMessage(), e);
            }
            summary.add(String.format("likelihood %.4f nats per point", likelihood.nllPerPoint())
                    + (likelihood.readInOrder() < 0 ? "" : String.format(", read in order %d of %d",
                    likelihood.readInOrder(), likelihood.sequences())));
            if (detail != null) {
                detail.println("likelihood: " + likelihood.render());
                detail.flush();
            }
        }
        int successes = 0, strictly = 0, runs = 0;
        for (Map.Entry<String, Sampler.Prime> style : primes.entrySet()) {
            for (long seed : seeds) {
                Evaluation.Alignment alignment;
                try {
                    alignment = Evaluation.alignment(model, lines, bias, seed, style.getValue());
                } catch (IllegalArgumentException e) {
                    throw new UserInputException("the sentences: " + e.getMessage(), e);
                }
                successes += alignment.successes();
                strictly += alignment.strictSuccesses();
                runs++;
                if (detail != null) {
                    List<String> label = new ArrayList<>();
                    if (primes.size() > 1 || style.getValue() != null) {
                        label.add("style " + style.getKey());
                    }
                    if (seeds.length > 1) {
                        label.add("seed " + seed);
                    }
                    detail.println((label.isEmpty() ? "" : String.join(", ", label) + ": ") + alignment.render());
                    if (failures) {
                        alignment.failures().forEach(f -> detail.println("  " + f.render()));
                    }
                    detail.flush();
                }
            }
        }
        int total = runs * lines.size();
        String totals = String.format("%d of %d lines (%.1f%%); strictly %d (%.1f%%)", successes, total,
                100.0 * successes / total, strictly, 100.0 * strictly / total);
        if (detail != null && runs > 1) {
            detail.printf("over %d %s: %s%n", runs, primes.size() > 1 ? "styles and seeds" : "seeds", totals);
        }
        summary.add("alignment at bias " + bias + ": " + totals);
        return String.join("; ", summary);
    }

    /** The styles asked for, by name, in order; "none" maps to null (no prime). */
    private Map<String, Sampler.Prime> primes() throws IOException {
        StyleLibrary library = StyleLibrary.fromClasspath(EvaluateCommand.class.getClassLoader());
        List<String> names = styles.equals(List.of("all"))
                ? library.styles().stream().map(StyleLibrary.Style::name).toList() : styles;
        Map<String, Sampler.Prime> primes = new LinkedHashMap<>();
        for (String name : names) {
            try {
                primes.put(name, library.prime(name).orElse(null));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--style: " + e.getMessage(), e);
            }
        }
        return primes;
    }

    @Override
    public Integer call() throws IOException {
        if (data != null && !Files.exists(data)) {
            throw new UserInputException("--data " + data + ": no such file or folder");
        }
        if (sentences != null && !Files.isRegularFile(sentences)) {
            throw new UserInputException("--sentences " + sentences + ": no such file");
        }
        if (!(bias >= 0 && bias <= 10)) {
            throw new UserInputException("--bias must be from 0 to 10, got " + bias);
        }
        if (snapshots != null && modelOption.model != null) {
            throw new UserInputException("--model and --snapshots: give one of them");
        }
        List<String> lines = sentences == null ? Evaluation.defaultSentences()
                : Files.readAllLines(sentences, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new UserInputException("--sentences " + sentences + " has no sentences");
        }
        Map<String, Sampler.Prime> primes = primes();
        List<TrainingExample> examples = data == null ? null : Evaluation.examples(data, split);
        PrintWriter out = spec.commandLine().getOut();
        if (snapshots == null) {
            evaluate(modelOption.load(), examples, lines, primes, out);
        } else {
            for (Path file : snapshotFiles()) {
                HandwritingModel model;
                try {
                    model = ModelFile.read(file);
                } catch (ModelFile.ModelFileException e) {
                    throw new UserInputException("--snapshots: " + file + ": " + e.getMessage(), e);
                }
                out.println(file.getFileName() + ": " + evaluate(model, examples, lines, primes, null));
                out.flush();
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
