package inkwell.ink.unipen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A UNIPEN corpus laid out as the train_r01_v07 distribution is: {@code data/<category>/<contributor>/...} files
 * holding {@code .SEGMENT} lines, and {@code include/...} files they name. Paths are relative to the corpus root
 * and use '/'.
 */
public interface UnipenSource {

    /** Where the corpus came from, for reports. */
    String name();

    /** Root-relative paths of every file under {@code data/}, sorted. */
    List<String> dataFiles();

    /** The bytes of the root-relative file, or empty when the corpus does not hold it. */
    Optional<byte[]> read(String path) throws IOException;

    /** Opens an unpacked tree (any directory at or just above the one holding {@code data/}) or a .tar.gz. */
    static UnipenSource open(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return UnipenDirectory.open(path);
        }
        if (Files.isRegularFile(path)) {
            return UnipenArchive.load(path);
        }
        throw new java.nio.file.NoSuchFileException(path.toString());
    }
}
