package inkwell.data;

import inkwell.model.BatchMaker;
import inkwell.model.HandwritingModel;
import inkwell.model.Sampler;
import inkwell.model.TrainingExample;
import inkwell.model.TrainingPass;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How good a model is: its negative log-likelihood on real handwriting (per point and per sequence), and the
 * alignment success rate on sentences it writes (see {@link AlignmentCheck}).
 */
public final class Evaluation {
    private static final int BATCH = 16;
    private static final int MAX_STEPS = 2000;

    private Evaluation() {
    }

    /**
     * Likelihood of real lines, and how their attention fares under the alignment check when the model reads them
     * (teacher forced): the reference for the sentence check's rate, since it is people's own writing.
     * {@code readInOrder} and {@code readStrictly} are -1 for a model without attention.
     */
    public record Likelihood(int sequences, long points, double nllPerPoint, double nllPerSequence, int leftOut,
                             int readInOrder, int readStrictly) {
        public String render() {
            String nll = String.format(
                    "%d sequences, %d points: %.4f nats per point, %.1f nats per sequence (%d left out:"
                    + " too long or characters outside the alphabet)", sequences, points, nllPerPoint,
                    nllPerSequence, leftOut);
            return readInOrder < 0 ? nll : nll + String.format("%nthe same lines as the model reads them: %d of %d"
                    + " (%.1f%%) pass the alignment check, strictly %d (%.1f%%)", readInOrder, sequences,
                    100.0 * readInOrder / sequences, readStrictly, 100.0 * readStrictly / sequences);
        }
    }

    public record Alignment(int lines, int successes, int strictSuccesses, int stoppedByBudget, int skipping,
                            int revisiting, double bias, List<Failure> failures) {
        public Alignment {
            failures = List.copyOf(failures);
        }

        public double rate() {
            return lines == 0 ? 0 : (double) successes / lines;
        }

        public String render() {
            return String.format(
                    "alignment at bias %.2f: %d of %d lines (%.1f%%) ended by the stop rule with the attention"
                    + " passing every character in order; %d ran out of steps, %d skipped and %d revisited characters"
                    + " (went back for more than %d steps); strictly, never going back at all: %d (%.1f%%)",
                    bias, successes, lines, 100 * rate(), stoppedByBudget, skipping, revisiting,
                    AlignmentCheck.MAX_RETURN_STEPS, strictSuccesses, lines == 0 ? 0 : 100.0 * strictSuccesses / lines);
        }
    }

    /**
     * A sentence that failed the strict check (skipped, went back at all, or did not finish), and what its
     * attention did; whether it also failed the check itself is in {@code check.success()}.
     */
    public record Failure(String text, AlignmentCheck check) {
        public String render() {
            return "\"" + text + "\": " + check.describeFailure(text);
        }
    }

    /** Which part of a training set to score: its held-out writers are the honest measure of a model trained on it. */
    public enum Split { ALL, TRAIN, VALIDATION }

    /** Samples from a training-set file or a corpus (UNIPEN tree or archive, IAM-OnDB tree; all of it). */
    public static List<TrainingExample> examples(Path source, Split split) throws IOException {
        TrainingSet set = source.toString().endsWith(".iwset") ? TrainingSet.read(source)
                : TrainingSetBuilder.build(TrainingSetBuilder.Options.defaults(List.of(source))).set();
        List<TrainingExample> out = new ArrayList<>();
        if (split != Split.VALIDATION) {
            set.train().forEach(s -> out.add(new TrainingExample(s.offsets(), s.text(), s.writer())));
        }
        if (split != Split.TRAIN) {
            set.validation().forEach(s -> out.add(new TrainingExample(s.offsets(), s.text(), s.writer())));
        }
        return out;
    }

    public static Likelihood likelihood(HandwritingModel model, List<TrainingExample> examples) {
        BatchMaker batches = new BatchMaker(examples, model.stats(), model.alphabet(), BATCH, MAX_STEPS);
        TrainingPass pass = new TrainingPass(model.network(), BATCH, MAX_STEPS, batches.maxChars());
        boolean attends = model.config().conditional();
        int[] read = new int[2];
        TrainingPass.LossTotal total = pass.loss(batches, (group, batch) -> {
            for (int i = 0; attends && i < group.length; i++) {
                AlignmentCheck check = AlignmentCheck.of(pass.attention(batch, i), true);
                read[0] += check.success() ? 1 : 0;
                read[1] += check.strictSuccess() ? 1 : 0;
            }
        });
        return new Likelihood(batches.size(), total.points(), total.perPoint(), total.loss() / batches.size(),
                examples.size() - batches.size(), attends ? read[0] : -1, attends ? read[1] : -1);
    }

    /**
     * The alignment of the sentences written at a bias and seed, in a style (a prime) or, with null, the model's own.
     */
    public static Alignment alignment(HandwritingModel model, List<String> sentences, double bias, long seed,
                                      Sampler.Prime style) {
        Sampler sampler = new Sampler(model);
        int ok = 0, strict = 0, budget = 0, skipping = 0, revisiting = 0;
        List<Failure> failures = new ArrayList<>();
        for (int from = 0; from < sentences.size(); from += 8) {
            List<String> group = sentences.subList(from, Math.min(sentences.size(), from + 8));
            for (Sampler.Line line : sampler.sample(new Sampler.Request(group, bias, seed + from, style, 40))) {
                AlignmentCheck check = AlignmentCheck.of(line);
                ok += check.success() ? 1 : 0;
                strict += check.strictSuccess() ? 1 : 0;
                budget += check.stoppedByRule() ? 0 : 1;
                skipping += check.skipped() > 0 ? 1 : 0;
                revisiting += check.revisits() > 0 ? 1 : 0;
                if (!check.strictSuccess()) {
                    failures.add(new Failure(line.text(), check));
                }
            }
        }
        return new Alignment(sentences.size(), ok, strict, budget, skipping, revisiting, bias, failures);
    }

    /** The sentences the README's alignment figure is measured on (written for this project). */
    public static List<String> defaultSentences() throws IOException {
        try (var in = Evaluation.class.getResourceAsStream("/inkwell/data/eval-sentences.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
