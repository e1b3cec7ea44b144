package inkwell.app.gallery;

import inkwell.app.writing.PageSynthesiser;
import inkwell.app.writing.StyleLibrary;
import inkwell.data.DefaultModel;
import inkwell.ink.format.SvgWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GalleryTest {
    @TempDir
    Path dir;

    @Test
    void everyPictureIsWhatWriteGivesAndTheIndexListsThemAll() throws IOException {
        PageSynthesiser writer = new PageSynthesiser(DefaultModel.load());
        StyleLibrary library = StyleLibrary.fromClasspath(GalleryTest.class.getClassLoader());
        Gallery.write(writer, Map.of("neat", library.prime("neat").orElseThrow()), dir);

        String index = Files.readString(dir.resolve("README.md"));
        Matcher link = Pattern.compile("\\]\\(([^)]+\\.svg)\\)").matcher(index);
        List<String> linked = link.results().map(m -> m.group(1)).toList();
        List<String> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".svg")).sorted().toList();
        }
        int expected = Gallery.BIASES.length * Gallery.SENTENCES.size() + Gallery.SENTENCES.size()
                + Gallery.STYLE_SENTENCES;
        assertEquals(expected, files.size(), files.toString());
        assertEquals(files, linked.stream().sorted().toList());
        assertTrue(index.contains("## Bias " + DefaultModel.WRITING_BIAS + " (the default)"), index);
        assertTrue(index.contains("## Style neat (bias " + DefaultModel.WRITING_BIAS + ")"), index);

        String sentence = Gallery.SENTENCES.get(1);
        String written = new SvgWriter(Gallery.DRAWING).toSvg(writer.write(
                new PageSynthesiser.Request(sentence, null, DefaultModel.WRITING_BIAS, Gallery.SEED,
                        Gallery.ONE_LINE, PageSynthesiser.DEFAULT_TAKES)).ink());
        String name = "bias-" + String.valueOf(DefaultModel.WRITING_BIAS).replace('.', '_') + "-2.svg";
        assertEquals(written, Files.readString(dir.resolve(name)));
        assertTrue(Files.readString(dir.resolve("attention-1.svg")).contains("<svg"));
    }
}
