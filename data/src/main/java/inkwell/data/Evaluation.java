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

    public record Likelihood(int sequences, long points, double nllPerPoint, double nllPerSequence, int leftOut) {
        public String render() {
            return String.format("%d sequences, %d points: %.4f nats per point, %.1f nats per sequence (%d left out:"
                    + " too long or characters outside the alphabet)", sequences, points, nllPerPoint, nllPerSequence, leftOut);
        }
    }

    public record Alignment(int lines, int successes, int stoppedByBudget, int outOfOrder, int onlyBriefReturns,
                            double bias, List<Failure> failures) {
        public Alignment {
            failures = List.copyOf(failures);
        }

        public double rate() {
            return lines == 0 ? 0 : (double) successes / lines;
        }

        public String render() {
            return String.format("alignment at bias %.2f: %d of %d lines (%.1f%%) ended by the stop rule with the attention"
                    + " passing every character in order; %d ran out of steps, %d skipped or revisited characters"
                    + " (%d of them only by going back for at most %d steps at a time)",
                    bias, successes, lines, 100 * rate(), stoppedByBudget, outOfOrder, onlyBriefReturns,
                    AlignmentCheck.BRIEF_STEPS);
        }
    }

    /** A sentence the model wrote out of order or did not finish, and what its attention did. */
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
        TrainingPass.LossTotal total = pass.loss(batches);
        return new Likelihood(batches.size(), total.points(), total.perPoint(), total.loss() / batches.size(),
                examples.size() - batches.size());
    }

    public static Alignment alignment(HandwritingModel model, List<String> sentences, double bias, long seed) {
        Sampler sampler = new Sampler(model);
        int ok = 0, budget = 0, order = 0, brief = 0;
        List<Failure> failures = new ArrayList<>();
        for (int from = 0; from < sentences.size(); from += 8) {
            List<String> group = sentences.subList(from, Math.min(sentences.size(), from + 8));
            for (Sampler.Line line : sampler.sample(new Sampler.Request(group, bias, seed + from, null, 40))) {
                AlignmentCheck check = AlignmentCheck.of(line);
                ok += check.success() ? 1 : 0;
                budget += check.stoppedByRule() ? 0 : 1;
                order += check.inOrder() ? 0 : 1;
                brief += check.failedOnlyByBriefReturns() ? 1 : 0;
                if (!check.success()) {
                    failures.add(new Failure(line.text(), check));
                }
            }
        }
        return new Alignment(sentences.size(), ok, budget, order, brief, bias, failures);
    }

    /** The sentences the README's alignment figure is measured on (written for this project). */
    public static List<String> defaultSentences() throws IOException {
        try (var in = Evaluation.class.getResourceAsStream("/inkwell/data/eval-sentences.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
