package inkwell.ink.unipen;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A corpus read straight from its .tar.gz (or .tar). Every entry is loaded into memory by path, because data
 * files name their includes in any order and a tar stream can only be read forward; the category-8 archive is
 * about 171 MB unpacked.
 */
public final class UnipenArchive implements UnipenSource {
    private static final Pattern DATA_ENTRY = Pattern.compile("^(.*?)data/\\d+/");

    private final String name;
    private final Map<String, byte[]> files;
    private final List<String> dataFiles;

    private UnipenArchive(String name, Map<String, byte[]> files) {
        this.name = name;
        this.files = files;
        this.dataFiles = files.keySet().stream().filter(p -> p.startsWith("data/")).sorted().toList();
    }

    public static UnipenArchive load(Path archive) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 1 << 16)) {
            return load(archive.toString(), raw, archive.getFileName().toString().endsWith("gz"));
        }
    }

    /** Loads an archive from a stream; {@code gzipped} says whether it is a .tar.gz or a plain .tar. */
    public static UnipenArchive load(String name, InputStream in, boolean gzipped) throws IOException {
        Map<String, byte[]> byPath = new HashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(gzipped ? new GZIPInputStream(in, 1 << 16) : in)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.isFile()) {
                    byPath.put(entry.getName(), tar.readAllBytes());
                }
            }
        }
        String prefix = byPath.keySet().stream()
                .map(DATA_ENTRY::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .min(java.util.Comparator.comparingInt(String::length))
                .orElseThrow(() -> new IOException(name + ": no data/<category>/ entries, not a UNIPEN archive"));
        Map<String, byte[]> rooted = new HashMap<>();
        byPath.forEach((path, bytes) -> {
            if (path.startsWith(prefix)) {
                rooted.put(path.substring(prefix.length()), bytes);
            }
        });
        return new UnipenArchive(name, rooted);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> dataFiles() {
        return dataFiles;
    }

    @Override
    public Optional<byte[]> read(String path) {
        return Optional.ofNullable(files.get(normalise(path)));
    }

    /** Resolves "." and ".." so that include names written either way find their entry. */
    private static String normalise(String path) {
        if (!path.contains("./") && !path.contains("//")) {
            return path;
        }
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
