package inkwell.app;

import inkwell.model.Alphabet;
import inkwell.model.HandwritingModel;
import inkwell.model.ModelFile;
import inkwell.model.NetworkConfig;
import inkwell.model.OffsetStats;
import inkwell.model.Provenance;
import inkwell.model.SynthesisNetwork;
import org.nd4j.linalg.api.buffer.DataType;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A small untrained model: it writes scribbles, but everything around the network (layout, formats, server,
 * page) behaves as with a trained one, and it samples fast.
 */
public final class TinyModel {
    private static HandwritingModel model;

    private TinyModel() {
    }

    public static synchronized HandwritingModel get() {
        if (model == null) {
            NetworkConfig config = new NetworkConfig(3, 32, 10, 20, Alphabet.printableAscii(), true, -3.0);
            model = new HandwritingModel(SynthesisNetwork.initialise(config, DataType.FLOAT, 7),
                    new OffsetStats(0.5, 0, 1, 1), Provenance.empty().with("training.steps", 0)
                    .with("command", "secret local path"));
        }
        return model;
    }

    public static Path write(Path dir) throws IOException {
        Path file = dir.resolve("tiny.iwm");
        ModelFile.write(file, get());
        return file;
    }
}
