package inkwell.ink.unipen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Expands one data file with its {@code .INCLUDE}s (nested, paths relative to {@code include/}) and turns the
 * result into numbered components and segment lines.
 *
 * <p>Numbering follows what the data shows: every pen block holding at least one point line is a component,
 * {@code .PEN_DOWN} or {@code .PEN_UP} (hover), {@code 0 0} placeholders included; an empty block is only a
 * separator. Counting empty pen-up blocks shifts every delineation of several contributors; not counting hover
 * blocks leaves the delineations of cea, ceb, cec, hpp, lex, pri and sta pointing past the end of their files;
 * counting empty pen-down blocks misaligns lex (checked against the segment comments its include files carry).
 */
final class UnipenFileParser {
    static final int MAX_INCLUDE_DEPTH = 8;
    /**
     * Includes one data file may expand, and their bytes in all. The depth limit alone lets a file that names
     * itself ten times expand 10^8 times (an include bomb); train_r01_v07 needs at most 3 includes and 3 MB.
     */
    static final int MAX_INCLUDES_PER_FILE = 1000;
    static final long MAX_INCLUDED_BYTES_PER_FILE = 64L << 20;

    record ParsedFile(List<Component> components, List<SegmentLine> segments, boolean missingInclude,
                      boolean resolutionKnown) {
    }

    private final UnipenSource source;
    private final UnipenReadReport report;

    private final List<Component> components = new ArrayList<>();
    private final List<SegmentLine> segments = new ArrayList<>();
    private boolean missingInclude;
    private int includes;
    private long includedBytes;

    // header state, as the expanded file sets it
    private double xPerInch = Double.NaN;
    private double yPerInch = Double.NaN;
    private double pointsPerSecond = Double.NaN;
    private int xChannel = 0;
    private int yChannel = 1;
    private int pressureChannel = -1;
    private String writer = "";
    private boolean resolutionKnown = true;

    // the open pen block, if any
    private BlockBuilder block;
    private long samples;
    private double gapSeconds;

    private UnipenFileParser(UnipenSource source, UnipenReadReport report) {
        this.source = source;
        this.report = report;
    }

    static ParsedFile parse(UnipenSource source, byte[] dataFile, UnipenReadReport report) throws IOException {
        UnipenFileParser parser = new UnipenFileParser(source, report);
        parser.readLines(dataFile, 0);
        parser.closeBlock();
        return new ParsedFile(parser.components, parser.segments, parser.missingInclude, parser.resolutionKnown);
    }

    private void readLines(byte[] bytes, int depth) throws IOException {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        double[] numbers = new double[8];
        int start = 0;
        int n = text.length();
        while (start < n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(start, end);
            start = end + 1;
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.charAt(0) == '.') {
                keyword(trimmed, depth);
            } else if (block != null) {
                int count = NumberRow.parse(trimmed, numbers);
                if (count >= 2) {
                    block.add(numbers, count);
                } else {
                    report.skip(SkipReason.MALFORMED_POINT);
                }
            }
            // a line outside a pen block continues a multi-line keyword such as .COMMENT or a lexicon: ignored
        }
    }

    private void keyword(String line, int depth) throws IOException {
        int space = indexOfWhitespace(line);
        String key = (space < 0 ? line : line.substring(0, space)).toUpperCase(Locale.ROOT);
        String args = space < 0 ? "" : line.substring(space).strip();
        switch (key) {
            case ".PEN_DOWN", ".PEN_UP" -> {
                closeBlock();
                block = new BlockBuilder(key.equals(".PEN_DOWN"));
            }
            case ".DT" -> {
                closeBlock();
                header(args, v -> gapSeconds += v / 1000.0);
            }
            case ".INCLUDE" -> {
                closeBlock();
                include(args, depth);
            }
            case ".SEGMENT" -> {
                closeBlock();
                try {
                    segments.add(SegmentLine.parse(args));
                } catch (IllegalArgumentException e) {
                    report.skip(SkipReason.MALFORMED_SEGMENT);
                }
            }
            case ".X_POINTS_PER_INCH" -> header(args, v -> xPerInch = v);
            case ".Y_POINTS_PER_INCH" -> header(args, v -> yPerInch = v);
            case ".X_POINTS_PER_MM" -> header(args, v -> xPerInch = v * 25.4);
            case ".Y_POINTS_PER_MM" -> header(args, v -> yPerInch = v * 25.4);
            case ".POINTS_PER_SECOND" -> header(args, v -> pointsPerSecond = v);
            case ".COORD" -> coord(args);
            case ".WRITER_ID" -> writer = args;
            default -> closeBlock();
        }
    }

    private void include(String args, int depth) throws IOException {
        String name = args.isEmpty() ? "" : args.split("\\s+")[0];
        if (depth + 1 > MAX_INCLUDE_DEPTH) {
            report.skip(SkipReason.INCLUDE_TOO_DEEP);
            return;
        }
        if (includes >= MAX_INCLUDES_PER_FILE) {
            report.skip(SkipReason.INCLUDE_BUDGET_EXCEEDED);
            missingInclude = true;
            return;
        }
        Optional<byte[]> bytes = name.isEmpty() ? Optional.empty() : source.read("include/" + name);
        if (bytes.isEmpty()) {
            report.skip(SkipReason.MISSING_INCLUDE);
            missingInclude = true;
            return;
        }
        if (includedBytes + bytes.get().length > MAX_INCLUDED_BYTES_PER_FILE) {
            report.skip(SkipReason.INCLUDE_BUDGET_EXCEEDED);
            missingInclude = true;
            return;
        }
        includes++;
        includedBytes += bytes.get().length;
        readLines(bytes.get(), depth + 1);
    }

    /** {@code .COORD} names the channels of a point line, e.g. {@code X Y}, {@code X Y P} or {@code X Y T P}. */
    private void coord(String args) {
        List<String> channels = Arrays.asList(args.toUpperCase(Locale.ROOT).split("\\s+"));
        int x = channels.indexOf("X");
        int y = channels.indexOf("Y");
        if (x < 0 || y < 0) {
            report.skip(SkipReason.MALFORMED_HEADER);
            return;
        }
        xChannel = x;
        yChannel = y;
        pressureChannel = channels.indexOf("P");
    }

    private void header(String args, java.util.function.DoubleConsumer setter) {
        try {
            setter.accept(Double.parseDouble(args.split("\\s+")[0]));
        } catch (NumberFormatException e) {
            report.skip(SkipReason.MALFORMED_HEADER);
        }
    }

    private void closeBlock() {
        if (block == null) {
            return;
        }
        if (block.size > 0) {
            components.add(block.build());
        }
        block = null;
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Collects the points of one pen block, converting them to inches (y up) with the headers then in force. */
    private final class BlockBuilder {
        final boolean penDown;
        double[] x = new double[64];
        double[] y = new double[64];
        double[] t = new double[64];
        byte[] kind = new byte[64];
        int size;

        BlockBuilder(boolean penDown) {
            this.penDown = penDown;
        }

        void add(double[] row, int count) {
            int needed = Math.max(xChannel, yChannel) + 1;
            if (count < needed) {
                report.skip(SkipReason.MALFORMED_POINT);
                return;
            }
            double rawX = row[xChannel];
            double rawY = row[yChannel];
            boolean haveResolution = Double.isFinite(xPerInch) && Double.isFinite(yPerInch)
                    && xPerInch != 0 && yPerInch != 0;
            // A negative resolution is how a file would say that an axis runs the other way.
            double inchX = haveResolution ? rawX / xPerInch : rawX;
            double inchY = haveResolution ? rawY / yPerInch : rawY;
            if (!Double.isFinite(inchX) || !Double.isFinite(inchY)) {
                // a huge value over a tiny resolution: no pen goes there, and ink cannot hold it
                report.skip(SkipReason.MALFORMED_POINT);
                return;
            }
            if (size == x.length) {
                int grown = size * 2;
                x = Arrays.copyOf(x, grown);
                y = Arrays.copyOf(y, grown);
                t = Arrays.copyOf(t, grown);
                kind = Arrays.copyOf(kind, grown);
            }
            if (!haveResolution) {
                resolutionKnown = false;
            }
            x[size] = inchX;
            y[size] = inchY;
            t[size] = Double.isFinite(pointsPerSecond) && pointsPerSecond > 0
                    ? samples / pointsPerSecond + gapSeconds : Double.NaN;
            if (rawX == 0 && rawY == 0) {
                kind[size] = Component.PLACEHOLDER;
            } else if (pressureChannel >= 0 && pressureChannel < count && row[pressureChannel] <= 0) {
                kind[size] = Component.LIFT;
            } else {
                kind[size] = Component.INK;
            }
            size++;
            samples++;
        }

        Component build() {
            return new Component(penDown, Arrays.copyOf(x, size), Arrays.copyOf(y, size), Arrays.copyOf(t, size),
                    Arrays.copyOf(kind, size), writer);
        }
    }
}
