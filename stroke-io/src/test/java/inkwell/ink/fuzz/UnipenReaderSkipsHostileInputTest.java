package inkwell.ink.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import inkwell.ink.unipen.SkipReason;
import inkwell.ink.unipen.UnipenReadReport;
import inkwell.ink.unipen.UnipenReader;
import inkwell.ink.unipen.UnipenSegment;
import inkwell.ink.unipen.UnipenSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The UNIPEN reader never stops on bad content: whatever a data or include file holds, reading the corpus throws
 * nothing, ends quickly, hands out only finite ink, and counts what it passed over. Mutated copies of the
 * hand-written corpus in {@link UnipenFixture} are read through {@link inkwell.ink.unipen.UnipenArchive}.
 */
class UnipenReaderSkipsHostileInputTest {
    private static final UnipenReader.Options LINES_AND_WORDS =
            new UnipenReader.Options(Set.of(8), Set.of("TEXT", "WORD"));

    /** A read that must not throw: the report and what reached the sink. */
    private record Read(UnipenReadReport report, List<UnipenSegment> segments) {
        long skippedInAll() {
            return report.skippedByReason().values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static Read read(Map<String, byte[]> files) throws IOException {
        UnipenSource source = UnipenFixture.archive(files);
        List<UnipenSegment> segments = new ArrayList<>();
        UnipenReadReport report = new UnipenReader(source, LINES_AND_WORDS).read(segments::add);
        assertEquals(report.segments(), segments.size(), "the report counts what reached the sink");
        for (UnipenSegment s : segments) {
            assertTrue(s.ink().pointCount() > 0, "a segment with no ink reached the sink");
            for (Stroke stroke : s.ink().strokes()) {
                for (InkPoint p : stroke.points()) {
                    assertTrue(Double.isFinite(p.x()) && Double.isFinite(p.y()), "non-finite point " + p);
                }
            }
        }
        return new Read(report, segments);
    }

    private static Map<String, byte[]> withDataFile(String text) {
        Map<String, byte[]> files = UnipenFixture.handWritten();
        files.put("data/8/abc/w1.dat", text.getBytes(StandardCharsets.ISO_8859_1));
        return files;
    }

    @Test
    void handWrittenCorpusReadsWithoutSkips() throws IOException {
        Read read = read(UnipenFixture.handWritten());
        assertEquals(List.of("hi", "say \"hi\" \\o/", "h", "more"),
                read.segments().stream().map(s -> s.ink().text()).toList());
        assertEquals(0, read.skippedInAll(), read.report().skippedByReason().toString());
    }

    @Test
    void randomlyMutatedCorporaNeverThrowAndEndQuickly() {
        Map<String, byte[]> valid = UnipenFixture.handWritten();
        List<String> paths = List.copyOf(valid.keySet());
        FuzzRun.Tally tally = assertTimeoutPreemptively(FuzzRun.BUDGET.plusSeconds(30), () ->
                FuzzRun.run("UNIPEN corpus", 20_000, rng -> {
                    // the mutated file travels as bytes: its path, a NUL, its content
                    String path = paths.get(rng.nextInt(paths.size()));
                    byte[] mutated = new Mutator(rng, UnipenFixture.TOKENS, ".PEN_DOWN\n", ".PEN_UP\n")
                            .mutate(valid.get(path));
                    return Mutator.insert(mutated, 0, (path + "\0").getBytes(StandardCharsets.ISO_8859_1));
                }, input -> {
                    String text = Mutator.latin1(input);
                    int nul = text.indexOf('\0');
                    Map<String, byte[]> files = new TreeMap<>(valid);
                    files.put(text.substring(0, nul), text.substring(nul + 1).getBytes(StandardCharsets.ISO_8859_1));
                    return read(files).skippedInAll() == 0 ? FuzzRun.Outcome.ACCEPTED : FuzzRun.Outcome.REFUSED;
                }));
        assertTrue(tally.accepted() > 0 && tally.refused() > 0, "the mutants should reach both outcomes: " + tally);
    }

    /** Replaces one random point line of the data file with {@code bad}; the reader must count it, not throw. */
    @Test
    void badPointLinesAreCountedAsMalformedPoints() throws IOException {
        List<String> bad = List.of("NaN 1 1", "1 Infinity 1", "1e309 5 5", "-1e400 5 5", "x y", "1", "0x10 5 5",
                "1,5 2,5 3", "12abc 4 4", "\u00ff\u00fe 1", "- 1 1", "1e 2e 3");
        String[] lines = UnipenFixture.DATA_FILE.split("\n");
        List<Integer> pointLines = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isEmpty() && Character.isDigit(lines[i].charAt(0))) {
                pointLines.add(i);
            }
        }
        Random rng = new Random(FuzzRun.SEED);
        for (int k = 0; k < 60; k++) {
            String[] copy = lines.clone();
            copy[pointLines.get(rng.nextInt(pointLines.size()))] = bad.get(k % bad.size());
            Read read = read(withDataFile(String.join("\n", copy) + "\n"));
            assertEquals(1, read.report().skipped(SkipReason.MALFORMED_POINT), String.join("\n", copy));
        }
    }

    @Test
    void coordinatesTooLargeForTheResolutionAreCountedNotThrown() throws IOException {
        // 1e308 points per inch: finite; divided by a subnormal resolution it is not.
        for (String header : List.of(".X_POINTS_PER_INCH 1e-300", ".Y_POINTS_PER_INCH 4.9e-324",
                ".X_POINTS_PER_INCH -1e-310")) {
            Read read = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(withDataFile(
                    UnipenFixture.DATA_FILE.replace(".COORD X Y P", header + "\n.COORD X Y P")
                            .replace("300 200 60", "1e308 1e308 60"))));
            assertTrue(read.report().skipped(SkipReason.MALFORMED_POINT) >= 1, header + ": "
                    + read.report().skippedByReason());
        }
    }

    @Test
    void badSegmentLinesAreCountedAsMalformedSegments() throws IOException {
        List<String> bad = List.of(".SEGMENT", ".SEGMENT TEXT", ".SEGMENT TEXT 0-1 OK", ".SEGMENT TEXT 0-1 OK \"open",
                ".SEGMENT TEXT 1-0 OK \"backwards\"", ".SEGMENT TEXT -1 OK \"neg\"",
                ".SEGMENT TEXT 2147483648 OK \"too big\"", ".SEGMENT TEXT 0:-1 OK \"neg point\"",
                ".SEGMENT TEXT a-b OK \"words\"", ".SEGMENT TEXT 0-1-2 OK \"three\"", ".SEGMENT TEXT , OK \"comma\"",
                ".SEGMENT TEXT 0:1:2 OK \"colons\"", ".SEGMENT \"label only\"");
        for (String line : bad) {
            Read read = read(withDataFile(UnipenFixture.DATA_FILE + line + "\n"));
            assertEquals(1, read.report().skipped(SkipReason.MALFORMED_SEGMENT), line);
        }
    }

    @Test
    void segmentsNamingAbsentInkAreCountedOutOfRange() throws IOException {
        for (String line : List.of(".SEGMENT TEXT 4 OK \"past the end\"", ".SEGMENT TEXT 0:4 OK \"past a stroke\"",
                ".SEGMENT TEXT 1:0-3:99 OK \"past the last\"", ".SEGMENT TEXT 2147483647 OK \"max\"")) {
            Read read = read(withDataFile(UnipenFixture.DATA_FILE + line + "\n"));
            assertEquals(1, read.report().skipped(SkipReason.DELINEATION_OUT_OF_RANGE), line);
        }
    }

    @Test
    void unreadableHeadersAreCountedAsMalformedHeaders() throws IOException {
        for (String line : List.of(".X_POINTS_PER_INCH abc", ".POINTS_PER_SECOND", ".DT 1,5", ".COORD A B",
                ".Y_POINTS_PER_MM 0x", ".DT --1")) {
            Read read = read(withDataFile(line + "\n" + UnipenFixture.DATA_FILE));
            assertEquals(1, read.report().skipped(SkipReason.MALFORMED_HEADER), line);
        }
    }

    @Test
    void includeCyclesAndMissingOrEscapingIncludesAreCounted() throws IOException {
        Map<String, byte[]> cycle = UnipenFixture.handWritten();
        cycle.put("include/abc/more.inc", ".INCLUDE abc/more.inc\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(read(cycle).report().skipped(SkipReason.INCLUDE_TOO_DEEP) >= 1);

        for (String include : List.of(".INCLUDE abc/absent.inc", ".INCLUDE ../../../../etc/passwd",
                ".INCLUDE /etc/passwd", ".INCLUDE")) {
            Read read = read(withDataFile(UnipenFixture.DATA_FILE + include + "\n"));
            assertEquals(1, read.report().skipped(SkipReason.MISSING_INCLUDE), include);
        }
    }

    /**
     * An include that names itself ten times expands to 10^8 copies within the depth limit: the include
     * equivalent of billion laughs. The reader has to stop it by the amount it has expanded, not by depth.
     */
    @Test
    void includeBombEndsQuicklyAndIsCounted() {
        Map<String, byte[]> bomb = UnipenFixture.handWritten();
        bomb.put("include/abc/more.inc", ((".INCLUDE abc/more.inc\n").repeat(10) + UnipenFixture.INK_INCLUDE)
                .getBytes(StandardCharsets.ISO_8859_1));
        Read read = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(bomb));
        assertTrue(read.report().skipped(SkipReason.INCLUDE_BUDGET_EXCEEDED) >= 1,
                read.report().skippedByReason().toString());
    }
}
