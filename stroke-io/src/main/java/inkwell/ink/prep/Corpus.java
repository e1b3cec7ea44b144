package inkwell.ink.prep;

import inkwell.ink.unipen.UnipenSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** A collection of labelled handwriting that can be read through, possibly more than once. */
public interface Corpus {

    String name();

    /** Hands every readable sample to {@code sink}; skips and counts the rest. */
    CorpusReport read(Consumer<CorpusSample> sink) throws IOException;

    /**
     * Opens an IAM-OnDB tree (a directory holding {@code lineStrokes/} and {@code ascii/}) or a UNIPEN tree or
     * .tar.gz; from UNIPEN, line segments of category 8 and word segments of categories 6 and 7.
     */
    static Corpus open(Path path) throws IOException {
        if (Files.isDirectory(path.resolve("lineStrokes")) && Files.isDirectory(path.resolve("ascii"))) {
            return new IamOnDbCorpus(path);
        }
        return new UnipenCorpus(UnipenSource.open(path), UnipenCorpus.LINES_AND_WORDS);
    }
}
