package inkwell.data;

import inkwell.model.Alphabet;
import inkwell.model.BatchMaker;
import inkwell.model.HandwritingModel;
import inkwell.model.ModelFile;
import inkwell.model.NetworkConfig;
import inkwell.model.OffsetStats;
import inkwell.model.Provenance;
import inkwell.model.SynthesisNetwork;
import inkwell.model.Trainer;
import inkwell.model.TrainingExample;
import inkwell.model.TrainingSettings;
import org.nd4j.linalg.api.buffer.DataType;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A training run from training-set files to a model: builds the alphabet (characters seen at least
 * {@code minCharCount} times) and the offset statistics from the training split, or takes both from the model it
 * starts from, then trains with checkpoints in the run directory, resuming from its checkpoint when there is one.
 */
public final class TrainModel {

    /**
     * A training-set file, optionally limited to a seeded random subset of {@code limit} training samples (and
     * the same fraction of its validation samples), written {@code path:limit}: e.g. many short words mixed
     * with fewer lines.
     */
    public record DataFile(Path path, int limit) {
        public static DataFile parse(String spec) {
            int colon = spec.lastIndexOf(':');
            if (colon > 0 && spec.substring(colon + 1).matches("\\d+")) {
                return new DataFile(Path.of(spec.substring(0, colon)), Integer.parseInt(spec.substring(colon + 1)));
            }
            return new DataFile(Path.of(spec), 0);
        }

        List<TrainingSample> subset(List<TrainingSample> all, int count) {
            if (limit <= 0 || count >= all.size()) {
                return all;
            }
            List<TrainingSample> shuffled = new ArrayList<>(all);
            java.util.Collections.shuffle(shuffled, new java.util.Random(limit));
            return shuffled.subList(0, count);
        }

        @Override
        public String toString() {
            return limit > 0 ? path + ":" + limit : path.toString();
        }
    }

    /**
     * What to train and how; {@code initFrom} continues from a model's weights (a new optimiser state);
     * {@code joinedLines} above 0 adds {@link LineJoiner#joinedRuns} of each file's lines, up to that many characters
     * and {@code joinedCount} lines;
     * {@code cores} splits each batch over that many cores (see {@link Trainer}).
     */
    public record Options(List<DataFile> data, Path runDir, int layers, int hidden, int windowMixtures,
                          int outputMixtures, boolean peepholes, int minCharCount, TrainingSettings settings,
                          Path initFrom, Duration timeLimit, int joinedLines, int joinedCount, int cores,
                          String command) {
    }

    private TrainModel() {
    }

    public static double run(Options o, PrintStream log) throws IOException {
        List<TrainingExample> train = new ArrayList<>(), validation = new ArrayList<>();
        List<String> checksums = new ArrayList<>();
        for (DataFile d : o.data()) {
            TrainingSet set = TrainingSet.read(d.path());
            List<TrainingSample> part = d.subset(set.train(), d.limit());
            List<TrainingSample> held = d.subset(set.validation(),
                    (int) Math.ceil((double) part.size() / set.train().size() * set.validation().size()));
            if (o.joinedLines() > 0) {
                // Joined in file order, where neighbours are consecutive lines; a subset's shuffle would lose that.
                List<TrainingSample> joinedTrain = LineJoiner.joinedRuns(set.train(), o.joinedLines(),
                        o.joinedCount());
                List<TrainingSample> joinedHeld = LineJoiner.joinedRuns(set.validation(), o.joinedLines(),
                        o.joinedCount());
                log.printf("%s: %d training, %d validation runs of 2 to %d lines joined (up to %d characters)%n",
                        d, joinedTrain.size(), joinedHeld.size(), o.joinedCount(), o.joinedLines());
                part = concat(part, joinedTrain);
                held = concat(held, joinedHeld);
            }
            part.forEach(s -> train.add(new TrainingExample(s.offsets(), s.text(), s.writer())));
            held.forEach(s -> validation.add(new TrainingExample(s.offsets(), s.text(), s.writer())));
            checksums.add(d + " sha256:" + sha256(d.path()));
            log.printf("%s: %d training, %d validation samples%n", d, part.size(), held.size());
        }
        HandwritingModel model;
        Path checkpoint = Trainer.checkpointPath(o.runDir());
        if (Files.exists(checkpoint)) {
            model = ModelFile.read(checkpoint);
        } else if (o.initFrom() != null) {
            model = continuedFrom(ModelFile.read(o.initFrom()), o.initFrom());
            log.printf("starting from the weights of %s%n", o.initFrom());
        } else {
            Alphabet alphabet = alphabetOf(train, o.minCharCount());
            OffsetStats stats = OffsetStats.measure(train.stream().map(TrainingExample::offsets).toList());
            NetworkConfig cfg = new NetworkConfig(o.layers(), o.hidden(), o.windowMixtures(), o.outputMixtures(),
                    alphabet, true, -3.0, o.peepholes());
            model = new HandwritingModel(SynthesisNetwork.initialise(cfg, DataType.FLOAT, o.settings().seed()), stats,
                    Provenance.empty());
            log.printf("new model: %s, alphabet of %d: %s%n", cfg, alphabet.size(), alphabet);
        }
        model = model.withProvenance(model.provenance()
                .with("data", String.join("; ", checksums))
                .with("data.credit",
                        "UNIPEN train_r01_v07 (Unipen consortium, 1999, doi:10.5281/zenodo.1195803), CC BY 4.0;"
                        + " Guyon et al., UNIPEN project of on-line data exchange and recognizer benchmarks, ICPR 1994")
                .with("command", o.command()));
        BatchMaker trainBatches = new BatchMaker(train, model.stats(), model.alphabet(), o.settings().batchSize(),
                o.settings().maxSteps());
        BatchMaker validationBatches = new BatchMaker(validation, model.stats(), model.alphabet(),
                o.settings().batchSize(), o.settings().maxSteps());
        log.printf("training on %d sequences (%d steps; %d too long, %d with other characters left out),"
                + " validating on %d%n",
                trainBatches.size(), trainBatches.totalSteps(), trainBatches.droppedTooLong(),
                trainBatches.droppedCharacters(), validationBatches.size());
        Trainer trainer = new Trainer(model, o.settings(), trainBatches, validationBatches, o.runDir(), log, o.cores());
        if (Files.exists(checkpoint)) {
            trainer.restore();
        }
        return trainer.run(o.timeLimit());
    }

    /** The model to continue from, its own provenance kept under "init." so the chain of runs stays readable. */
    static HandwritingModel continuedFrom(HandwritingModel start, Path file) {
        Provenance p = Provenance.empty().with("init.file", file.getFileName());
        for (Map.Entry<String, String> e : start.provenance().entries().entrySet()) {
            p = p.with("init." + e.getKey(), e.getValue());
        }
        return start.withProvenance(p);
    }

    private static List<TrainingSample> concat(List<TrainingSample> a, List<TrainingSample> b) {
        List<TrainingSample> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static Alphabet alphabetOf(List<TrainingExample> examples, int minCount) {
        Map<Character, Integer> counts = new TreeMap<>();
        for (TrainingExample e : examples) {
            for (char c : e.text().toCharArray()) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((c, n) -> {
            if (n >= minCount) {
                sb.append(c);
            }
        });
        return new Alphabet(sb.toString());
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
