package inkwell.model.fault;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.OffsetSequence;
import inkwell.ink.Stroke;
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
import inkwell.model.TrainingPass;
import inkwell.model.TrainingSettings;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A model and data small enough to train many steps a second, for the training and fault tests and their child
 * process.
 */
final class TinyTraining {
    static final Alphabet ALPHABET = new Alphabet("lo");

    private TinyTraining() {
    }

    static TrainingExample circle(String text) {
        List<InkPoint> points = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            double a = Math.PI / 2 + 2 * Math.PI * i / 12;
            points.add(InkPoint.of(Math.cos(a), 1 + Math.sin(a)));
        }
        return new TrainingExample(OffsetSequence.fromInk(new Ink(List.of(new Stroke(points)), text, "w")), text, "w");
    }

    static TrainingExample bar(String text) {
        List<InkPoint> points = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            points.add(InkPoint.of(0.1 * i, 3 - 0.3 * i));
        }
        return new TrainingExample(OffsetSequence.fromInk(new Ink(List.of(new Stroke(points)), text, "w")), text, "w");
    }

    /** {@code clean} with {@code value} (NaN or an infinity) put into its offsets at step {@code at}. */
    static TrainingExample poisoned(TrainingExample clean, int at, float value) {
        float[] dx = clean.offsets().dxArray();
        float[] dy = clean.offsets().dyArray();
        dx[at] = value;
        dy[at + 1] = value;
        return new TrainingExample(new OffsetSequence(dx, dy, clean.offsets().penUpArray()), clean.text(), "poison");
    }

    static List<TrainingExample> shapes() {
        return List.of(circle("o"), bar("l"), circle("lo"), bar("ol"));
    }

    static OffsetStats stats() {
        return OffsetStats.measure(shapes().stream().map(TrainingExample::offsets).toList());
    }

    static HandwritingModel newModel(long seed) {
        NetworkConfig config = new NetworkConfig(1, 24, 2, 3, ALPHABET, true, -1.5);
        return new HandwritingModel(SynthesisNetwork.initialise(config, DataType.FLOAT, seed), stats(),
                Provenance.empty().with("data", "tiny hand-made shapes"));
    }

    /** Batch size 1, Adam, no validation until the end; checkpoints every {@code checkpointEvery} steps. */
    static TrainingSettings settings(long totalSteps, int checkpointEvery) {
        return new TrainingSettings(1, 64, "adam", 1e-2, 0, 0, 10, TrainingPass.Clipping.PAPER, 1_000_000,
                checkpointEvery, totalSteps, 3, false, 0);
    }

    static Trainer trainer(HandwritingModel model, TrainingSettings settings, List<TrainingExample> train,
                           Path runDir, PrintStream log) {
        BatchMaker trainBatches = new BatchMaker(train, model.stats(), model.alphabet(), settings.batchSize(), 64);
        BatchMaker validation = new BatchMaker(List.of(circle("o")), model.stats(), model.alphabet(),
                settings.batchSize(), 64);
        return new Trainer(model, settings, trainBatches, validation, runDir, log);
    }

    /** As the training command does: the checkpoint's model when there is one (then restored), else a new one. */
    static Trainer resumeOrStart(Path runDir, TrainingSettings settings, PrintStream log) throws IOException {
        Path checkpoint = Trainer.checkpointPath(runDir);
        boolean resume = Files.exists(checkpoint);
        HandwritingModel model = resume ? ModelFile.read(checkpoint) : newModel(11);
        Trainer trainer = trainer(model, settings, shapes(), runDir, log);
        if (resume) {
            trainer.restore();
        }
        return trainer;
    }

    static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
