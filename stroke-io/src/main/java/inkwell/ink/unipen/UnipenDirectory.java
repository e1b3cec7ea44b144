package inkwell.ink.unipen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A corpus unpacked on disk. */
public final class UnipenDirectory implements UnipenSource {
    private final Path root;
    private final List<String> dataFiles;

    private UnipenDirectory(Path root, List<String> dataFiles) {
        this.root = root;
        this.dataFiles = dataFiles;
    }

    /** Opens the corpus whose root is {@code path} or a directory at most two levels below it. */
    public static UnipenDirectory open(Path path) throws IOException {
        Path root = findRoot(path);
        List<String> files;
        try (Stream<Path> walk = Files.walk(root.resolve("data"))) {
            files = walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        return new UnipenDirectory(root, files);
    }

    private static Path findRoot(Path path) throws IOException {
        if (Files.isDirectory(path.resolve("data"))) {
            return path;
        }
        try (Stream<Path> walk = Files.walk(path, 2)) {
            return walk.filter(p -> Files.isDirectory(p.resolve("data")) && Files.isDirectory(p.resolve("include")))
                    .sorted()
                    .findFirst()
                    .orElseThrow(() -> new NoSuchFileException(path + ": no UNIPEN tree (data/ and include/) here"));
        }
    }

    @Override
    public String name() {
        return root.toString();
    }

    @Override
    public List<String> dataFiles() {
        return dataFiles;
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(file));
    }
}
