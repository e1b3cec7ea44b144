package inkwell.e2e;

import inkwell.model.Alphabet;
import inkwell.model.HandwritingModel;
import inkwell.model.ModelFile;
import inkwell.model.NetworkConfig;
import inkwell.model.OffsetStats;
import inkwell.model.Provenance;
import inkwell.model.SynthesisNetwork;
import org.nd4j.linalg.api.buffer.DataType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small untrained model file, written once per test run: it writes scribbles, fast. */
final class TinyModelFile {
    private static Path file;

    private TinyModelFile() {
    }

    static synchronized Path get() {
        if (file == null) {
            try {
                Path dir = Files.createTempDirectory("inkwell-e2e-model");
                file = dir.resolve("tiny.iwm");
                NetworkConfig config = new NetworkConfig(3, 32, 10, 20, Alphabet.printableAscii(), true, -3.0);
                ModelFile.write(file, new HandwritingModel(SynthesisNetwork.initialise(config, DataType.FLOAT, 11),
                        new OffsetStats(0.5, 0, 1, 1), Provenance.empty().with("training.steps", 0)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }
}
