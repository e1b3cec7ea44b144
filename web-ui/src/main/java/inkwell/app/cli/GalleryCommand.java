package inkwell.app.cli;

import inkwell.app.gallery.Gallery;
import inkwell.app.writing.PageSynthesiser;
import inkwell.app.writing.StyleLibrary;
import inkwell.data.DefaultModel;
import inkwell.model.Sampler;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code inkwell gallery}: regenerates the pictures of docs/gallery from a model and the built-in styles. */
@Command(name = "gallery", mixinStandardHelpOptions = true,
        description = {"Write the gallery: a few sentences at biases 0, 0.5, 1, 2 and the default"
                + " (" + DefaultModel.WRITING_BIAS + "), in every built-in style at the default, as 'write' writes"
                + " them, and the attention of each sentence, with an index page (README.md). Fixed seeds: the same"
                + " model gives the same gallery."})
public final class GalleryCommand implements Callable<Integer> {
    @Mixin
    ModelOption modelOption;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs/gallery",
            description = "Folder to write into. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Map<String, Sampler.Prime> styles = new LinkedHashMap<>();
        for (StyleLibrary.Style s : StyleLibrary.fromClasspath(GalleryCommand.class.getClassLoader()).styles()) {
            styles.put(s.name(), s.prime());
        }
        Gallery.write(new PageSynthesiser(modelOption.load()), styles, out);
        spec.commandLine().getOut().println("wrote the gallery to " + out.resolve("README.md"));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
