package inkwell.app.cli;

import inkwell.app.writing.Align;
import inkwell.app.writing.Layout;
import inkwell.app.writing.LayoutOptions;
import inkwell.app.writing.OutputFormat;
import inkwell.app.writing.Page;
import inkwell.app.writing.PageSynthesiser;
import inkwell.app.writing.StyleLibrary;
import inkwell.app.writing.UnwritableTextException;
import inkwell.data.DefaultModel;
import inkwell.ink.format.SvgStyle;
import inkwell.model.HandwritingModel;
import inkwell.model.Sampler;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code inkwell write}: text or a text file to an SVG, PNG, InkML or JSON file. */
@Command(name = "write", mixinStandardHelpOptions = true,
        description = {"Write text as handwriting into a file.",
                "The format follows the extension of --out (.svg, .png, .inkml, .json) unless --format says it.",
                "Lengths are in page units: the letters' body (x-height) is " + (int) Layout.X_HEIGHT + " units tall."},
        footer = {"", "Examples:",
                "  inkwell write \"Hello, world\" --out hello.svg",
                "  inkwell write --file letter.txt --out letter.png --bias 2 --seed 7 --align center"})
public final class WriteCommand implements Callable<Integer> {
    /** Longest text file read; a book would take hours to write and is surely a mistake. */
    static final long MAX_FILE_BYTES = 1 << 20;

    @Parameters(paramLabel = "TEXT", arity = "0..*",
            description = "The text to write (several words are joined by spaces). Or use --file.")
    List<String> words;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "Read the text from a UTF-8 file ('-' reads standard input). A blank line starts a new"
                    + " paragraph; a single line break is kept.")
    Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
            description = "Where to write the result; '-' writes to standard output (then --format is needed).")
    String out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "svg, png, inkml or json. Default: from the extension of --out.")
    String format;

    @Option(names = {"-b", "--bias"}, paramLabel = "B", defaultValue = "" + DefaultModel.WRITING_BIAS,
            description = "Legibility, 0 to 10: 0 samples freely (varied, sometimes illegible), higher values write"
                    + " tidier and more uniform letters. Default: ${DEFAULT-VALUE}.")
    double bias;

    @Option(names = {"-s", "--style"}, paramLabel = "NAME", defaultValue = StyleLibrary.NONE,
            description = "Handwriting style to imitate ('inkwell styles' lists them); 'none' lets the model choose."
                    + " Default: ${DEFAULT-VALUE}.")
    String style;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Random seed: the same text, style, bias and seed give the same handwriting; change it for"
                    + " another take. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--takes", paramLabel = "N", defaultValue = "" + PageSynthesiser.DEFAULT_TAKES,
            description = "Write each line N times (1 to " + PageSynthesiser.MAX_TAKES + ") and keep the take the model"
                    + " reads most clearly: fewer garbled words, N times the sampling and more for the reading."
                    + " Default: ${DEFAULT-VALUE}.")
    int takes;

    @Option(names = {"-w", "--width"}, paramLabel = "CHARS", defaultValue = "" + LayoutOptions.DEFAULT_WIDTH,
            description = "Page width in characters of text: lines wrap between words before this many."
                    + " Default: ${DEFAULT-VALUE}.")
    int width;

    @Option(names = "--line-height", paramLabel = "UNITS", defaultValue = "30",
            description = "Distance between baselines, in page units. Default: ${DEFAULT-VALUE}.")
    double lineHeight;

    @Option(names = "--align", paramLabel = "SIDE", defaultValue = "left",
            description = "left, center or right. Default: ${DEFAULT-VALUE}.")
    String align;

    @Option(names = {"--colour", "--color"}, paramLabel = "COLOUR", defaultValue = "black",
            description = "Ink colour: #rgb, #rrggbb or a name (black, blue, navy, darkblue, ...)."
                    + " Default: ${DEFAULT-VALUE}.")
    String colour;

    @Option(names = "--stroke-width", paramLabel = "UNITS", defaultValue = "1.5",
            description = "Pen width in page units. Default: ${DEFAULT-VALUE}.")
    double strokeWidth;

    @Mixin
    ModelOption modelOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String text = text();
        OutputFormat outputFormat = outputFormat();
        LayoutOptions layout;
        SvgStyle drawing;
        try {
            layout = new LayoutOptions(width, lineHeight, Align.parse(align));
            drawing = new SvgStyle(strokeWidth, colour, 2 * Layout.X_HEIGHT, true);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        if (!(bias >= 0 && bias <= 10)) {
            throw new UserInputException("--bias must be from 0 to 10, got " + bias);
        }
        if (takes < 1 || takes > PageSynthesiser.MAX_TAKES) {
            throw new UserInputException("--takes must be from 1 to " + PageSynthesiser.MAX_TAKES + ", got " + takes);
        }
        Path target = out.equals("-") ? null : Path.of(out);
        if (target != null && target.toAbsolutePath().getParent() != null
                && !Files.isDirectory(target.toAbsolutePath().getParent())) {
            throw new UserInputException("--out " + out + ": the folder " + target.toAbsolutePath().getParent()
                    + " does not exist");
        }
        Sampler.Prime prime;
        try {
            prime = StyleLibrary.fromClasspath(WriteCommand.class.getClassLoader()).prime(style).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--style: " + e.getMessage(), e);
        }
        HandwritingModel model = modelOption.load();
        Page page;
        try {
            page = new PageSynthesiser(model).write(new PageSynthesiser.Request(text, prime, bias, seed, layout, takes));
        } catch (UnwritableTextException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        byte[] bytes;
        try {
            bytes = outputFormat.render(page.ink(), drawing);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        if (target == null) {
            System.out.write(bytes);
            System.out.flush();
        } else {
            Files.write(target, bytes);
        }
        if (!page.unfinishedLines().isEmpty()) {
            spec.commandLine().getErr().println(
                    "inkwell: warning: the step budget ran out before the model finished line"
                    + (page.unfinishedLines().size() == 1 ? " " : "s ")
                    + page.unfinishedLines().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + "; the ink there may stop early or wander");
        }
        return ExitCode.OK;
    }

    private String text() throws IOException {
        boolean hasWords = words != null && !words.isEmpty();
        if (hasWords == (file != null)) {
            throw new UserInputException("give the text to write either as arguments or with --file, not "
                    + (hasWords ? "both" : "neither"));
        }
        String text = hasWords ? String.join(" ", words) : readFile();
        if (text.isBlank()) {
            throw new UserInputException("there is no text to write");
        }
        return text;
    }

    private String readFile() throws IOException {
        byte[] bytes;
        if (file.toString().equals("-")) {
            bytes = System.in.readNBytes((int) MAX_FILE_BYTES + 1);
        } else {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException("--file " + file + ": no such file");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new UserInputException("--file " + file + " is over " + (MAX_FILE_BYTES >> 20) + " MiB");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserInputException("--file " + file + " is not UTF-8 text", e);
        }
    }

    private OutputFormat outputFormat() {
        if (format != null) {
            try {
                return OutputFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--format: " + e.getMessage(), e);
            }
        }
        if (out.equals("-")) {
            throw new UserInputException("writing to standard output needs --format (" + OutputFormat.allowed() + ")");
        }
        return OutputFormat.ofFileName(out).orElseThrow(() -> new UserInputException("--out " + out
                + ": cannot tell the format from the extension; use ." + String.join(", .",
                OutputFormat.allowed().split(", ")) + " or --format"));
    }
}
