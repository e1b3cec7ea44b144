package inkwell.app.cli;

import inkwell.data.DefaultModel;
import inkwell.model.HandwritingModel;
import inkwell.model.ModelFile;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --model} option shared by the commands that write: a model file, or the one built into the jar. */
public final class ModelOption {
    @Option(names = "--model", paramLabel = "FILE",
            description = "Model file to write with (made by training). Default: the model built into inkwell.")
    Path model;

    public HandwritingModel load() throws IOException {
        if (model == null) {
            return DefaultModel.load();
        }
        if (!Files.isRegularFile(model)) {
            throw new UserInputException("--model " + model + ": no such file");
        }
        try {
            return ModelFile.read(model);
        } catch (ModelFile.ModelFileException e) {
            throw new UserInputException("--model " + model + ": " + e.getMessage(), e);
        }
    }
}
