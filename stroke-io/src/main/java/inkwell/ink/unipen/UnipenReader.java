package inkwell.ink.unipen;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the {@code .SEGMENT}s of a UNIPEN corpus into labelled ink. Anything unreadable is skipped and counted in
 * the returned {@link UnipenReadReport}; the reader throws only when the corpus itself cannot be opened.
 */
public final class UnipenReader {

    /**
     * Which segments to read: the categories (the number after {@code data/}) and the segment levels, upper case.
     */
    public record Options(Set<Integer> categories, Set<String> levels) {
        public Options {
            categories = Set.copyOf(categories);
            levels = Set.copyOf(levels);
        }

        /** Category 8: free text, segmented in lines (level TEXT in train_r01_v07). */
        public static Options lines() {
            return new Options(Set.of(8), Set.of("TEXT", "LINE", "SENTENCE"));
        }

        /** Categories 6 and 7: isolated words (level WORD). */
        public static Options words() {
            return new Options(Set.of(6, 7), Set.of("WORD"));
        }
    }

    private final UnipenSource source;
    private final Options options;

    public UnipenReader(UnipenSource source, Options options) {
        this.source = source;
        this.options = options;
    }

    /** Reads every selected segment, in file order, handing each to {@code sink}. */
    public UnipenReadReport read(Consumer<UnipenSegment> sink) throws IOException {
        UnipenReadReport report = new UnipenReadReport();
        for (String path : source.dataFiles()) {
            String[] parts = path.split("/");
            if (parts.length < 4 || !isCategory(parts[1])) {
                continue;
            }
            int category = Integer.parseInt(parts[1]);
            if (!options.categories().contains(category)) {
                continue;
            }
            readFile(path, category, parts[2], report, sink);
        }
        return report;
    }

    /** Convenience for small corpora and tests: all segments in a list. */
    public List<UnipenSegment> readAll() throws IOException {
        List<UnipenSegment> all = new ArrayList<>();
        read(all::add);
        return all;
    }

    private static boolean isCategory(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private void readFile(String path, int category, String contributor, UnipenReadReport report,
                          Consumer<UnipenSegment> sink) throws IOException {
        Optional<byte[]> bytes = source.read(path);
        if (bytes.isEmpty()) {
            report.skip(SkipReason.UNREADABLE_FILE);
            return;
        }
        report.fileRead();
        UnipenFileParser.ParsedFile file = UnipenFileParser.parse(source, bytes.get(), report);
        if (!file.resolutionKnown()) {
            report.contributorWithoutResolution(contributor);
        }
        String fileId = path.substring(path.indexOf(contributor + "/") + contributor.length() + 1);
        for (SegmentLine segment : file.segments()) {
            if (!options.levels().contains(segment.level().toUpperCase(Locale.ROOT))) {
                report.segmentOtherLevel();
                continue;
            }
            if (segment.delineation().lastComponent() >= file.components().size()) {
                report.skip(file.missingInclude() ? SkipReason.INK_IN_MISSING_INCLUDE
                        : SkipReason.DELINEATION_OUT_OF_RANGE);
                continue;
            }
            List<Stroke> strokes = new ArrayList<>();
            String writerId = resolve(segment.delineation(), file.components(), strokes);
            if (writerId == null) {
                report.skip(SkipReason.DELINEATION_OUT_OF_RANGE);
                continue;
            }
            if (strokes.isEmpty()) {
                report.skip(SkipReason.EMPTY_INK);
                continue;
            }
            String writer = contributor + "/" + (writerId.isEmpty() ? fileId : writerId);
            Ink ink = new Ink(strokes, segment.label(), writer);
            report.segmentRead();
            sink.accept(new UnipenSegment(ink, contributor, category, segment.quality(), path));
        }
    }

    /**
     * Collects the pen-down strokes the delineation names into {@code strokes}; returns the writer id of its first
     * component, or null when a point index lies outside its component.
     */
    private static String resolve(Delineation delineation, List<Component> components, List<Stroke> strokes) {
        String writer = null;
        double t0 = Double.NaN;
        for (Delineation.Range range : delineation.ranges()) {
            for (int c = range.fromComponent(); c <= range.toComponent(); c++) {
                Component component = components.get(c);
                int from = c == range.fromComponent() ? range.fromPoint() : 0;
                int to = c == range.toComponent() && range.toPoint() != Delineation.LAST_POINT
                        ? range.toPoint() : component.size() - 1;
                if (to >= component.size() || (from > 0 && from >= component.size())) {
                    return null;
                }
                if (writer == null) {
                    writer = component.writer();
                }
                if (!component.penDown()) {
                    continue; // hover: numbered, but not ink
                }
                List<InkPoint> points = new ArrayList<>();
                for (int i = from; i <= to; i++) {
                    byte kind = component.kind()[i];
                    if (kind == Component.INK) {
                        if (Double.isNaN(t0)) {
                            t0 = component.t()[i];
                        }
                        points.add(new InkPoint(component.x()[i], component.y()[i], component.t()[i] - t0));
                    } else if (kind == Component.LIFT && !points.isEmpty()) {
                        strokes.add(new Stroke(points));
                        points = new ArrayList<>();
                    }
                }
                if (!points.isEmpty()) {
                    strokes.add(new Stroke(points));
                }
            }
        }
        return writer == null ? "" : writer;
    }
}
