package inkwell.ink.format;

import inkwell.ink.Ink;
import inkwell.ink.InkFormatException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Walks an unpacked IAM-OnDB corpus: {@code lineStrokes/} (one XML file per written line), {@code ascii/} (one
 * transcription per form) and, optionally, {@code original/} (whose {@code <Form writerID>} says who wrote each
 * form). Line file {@code a01-000u-02.xml} is line 2 of form {@code a01-000u}, whose text is the second non-empty
 * line after {@code CSR:} in {@code a01-000u.txt}. A bad file is counted under its {@link SkipReason} and the walk
 * goes on; only a tree without the two required directories is an error.
 */
public final class IamOnDbTree {

    /** Why a file contributed no line. */
    public enum SkipReason {
        UNRECOGNISED_NAME("line file name is not <form>-<NN>.xml"),
        MISSING_TRANSCRIPTION("no ascii/.../<form>.txt for the line's form"),
        MALFORMED_TRANSCRIPTION("the form's ascii file has no 'CSR:' line or cannot be read"),
        MISSING_LINE("the form's transcription has no line with the file's number"),
        MALFORMED_XML("line file is not well-formed XML or has missing or non-numeric point values"),
        EMPTY_INK("line file has no points"),
        UNREADABLE("line file cannot be read"),
        MALFORMED_WRITER_FILE("original-xml file cannot be read; its lines use the form id as writer");

        private final String description;

        SkipReason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** One transcribed line: its id (the line file's name without .xml) and its ink with text and writer. */
    public record Line(String id, Ink ink) {
    }

    /** What a walk did: lines delivered, files skipped per reason, and the first skipped file of each reason. */
    public record Summary(int linesRead, Map<SkipReason, Integer> skipped, Map<SkipReason, Path> firstSkipped) {
        public Summary {
            skipped = Collections.unmodifiableMap(new EnumMap<>(skipped));
            firstSkipped = Collections.unmodifiableMap(new EnumMap<>(firstSkipped));
        }

        public int skippedTotal() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final Pattern LINE_FILE = Pattern.compile("(.+)-(\\d+)\\.xml");

    private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
    private final Map<SkipReason, Path> firstSkipped = new EnumMap<>(SkipReason.class);
    private final Map<String, Path> asciiByForm = new HashMap<>();
    private final Map<String, String> writerByForm = new HashMap<>();
    private final Map<String, Transcription> transcriptions = new HashMap<>();
    private int linesRead;

    private IamOnDbTree() {
    }

    /**
     * Delivers every usable line under {@code root} to {@code sink}, in file-name order. The writer is the form's
     * writerID from original-xml when present, otherwise the form id (every form has a single writer).
     */
    public static Summary walk(Path root, Consumer<Line> sink) throws IOException {
        Path lineStrokes = requireDirectory(root, "lineStrokes");
        Path ascii = requireDirectory(root, "ascii");
        IamOnDbTree walk = new IamOnDbTree();
        for (Path file : filesEndingWith(ascii, ".txt")) {
            String name = file.getFileName().toString();
            walk.asciiByForm.put(name.substring(0, name.length() - ".txt".length()), file);
        }
        Path original = root.resolve("original");
        if (Files.isDirectory(original)) {
            walk.indexWriters(original);
        }
        for (Path file : filesEndingWith(lineStrokes, ".xml")) {
            walk.readLine(file, sink);
        }
        return new Summary(walk.linesRead, walk.skipped, walk.firstSkipped);
    }

    private void indexWriters(Path original) throws IOException {
        for (Path file : filesEndingWith(original, ".xml")) {
            try {
                Optional<IamOnDbReader.Form> form = IamOnDbReader.readForm(file);
                form.ifPresent(f -> writerByForm.put(f.id(), f.writerId()));
            } catch (IOException e) {
                skip(SkipReason.MALFORMED_WRITER_FILE, file);
            }
        }
    }

    private void readLine(Path file, Consumer<Line> sink) {
        Matcher name = LINE_FILE.matcher(file.getFileName().toString());
        if (!name.matches()) {
            skip(SkipReason.UNRECOGNISED_NAME, file);
            return;
        }
        String form = name.group(1);
        Transcription transcription = transcriptions.computeIfAbsent(form, this::loadTranscription);
        if (transcription.failure() != null) {
            skip(transcription.failure(), file);
            return;
        }
        int lineNumber = Integer.parseInt(name.group(2));
        if (lineNumber < 1 || lineNumber > transcription.lines().size()) {
            skip(SkipReason.MISSING_LINE, file);
            return;
        }
        Ink strokes;
        try {
            strokes = IamOnDbReader.readLineStrokes(file);
        } catch (InkFormatException e) {
            skip(SkipReason.MALFORMED_XML, file);
            return;
        } catch (IOException e) {
            skip(SkipReason.UNREADABLE, file);
            return;
        }
        if (strokes.isEmpty()) {
            skip(SkipReason.EMPTY_INK, file);
            return;
        }
        String writer = writerByForm.getOrDefault(form, form);
        String lineId = form + "-" + name.group(2);
        linesRead++;
        sink.accept(new Line(lineId, new Ink(strokes.strokes(), transcription.lines().get(lineNumber - 1), writer)));
    }

    private Transcription loadTranscription(String form) {
        Path file = asciiByForm.get(form);
        if (file == null) {
            return new Transcription(List.of(), SkipReason.MISSING_TRANSCRIPTION);
        }
        try {
            return new Transcription(IamOnDbReader.readTranscription(file), null);
        } catch (IOException e) {
            return new Transcription(List.of(), SkipReason.MALFORMED_TRANSCRIPTION);
        }
    }

    private void skip(SkipReason reason, Path file) {
        skipped.merge(reason, 1, Integer::sum);
        firstSkipped.putIfAbsent(reason, file);
    }

    /** A form's lines, or why it has none; kept so a bad ascii file is read once, not once per line. */
    private record Transcription(List<String> lines, SkipReason failure) {
    }

    private static Path requireDirectory(Path root, String name) throws InkFormatException {
        Path dir = root.resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new InkFormatException(root + ": no " + name + "/ directory; an IAM-OnDB tree has lineStrokes/"
                    + " and ascii/ (and optionally original/ for writer ids)");
        }
        return dir;
    }

    private static List<Path> filesEndingWith(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        }
    }
}
