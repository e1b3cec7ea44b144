package inkwell.ink.unipen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the reader over the hand-written tree in src/test/resources/unipen/tree (see its files for the layout). */
class UnipenReaderTest {
    private static Path tree;
    private static UnipenReadReport report;
    private static Map<String, UnipenSegment> byLabel;

    @BeforeAll
    static void readFixture() throws Exception {
        tree = fixtureTree();
        List<UnipenSegment> segments = new ArrayList<>();
        report = new UnipenReader(UnipenSource.open(tree), UnipenReader.Options.lines()).read(segments::add);
        byLabel = segments.stream().collect(Collectors.toMap(s -> s.ink().text(), Function.identity()));
    }

    static Path fixtureTree() throws URISyntaxException {
        return Path.of(UnipenReaderTest.class.getResource("/unipen/tree").toURI());
    }

    @Test
    void readsTheSegmentsThatCanBeRead() {
        assertEquals(Set.of("ab", "say \"hi\" \\o/", "range", "xy"), byLabel.keySet());
        assertEquals(3, report.files());
        assertEquals(4, report.segments());
    }

    @Test
    void emptyPenUpBlocksSeparateAndHoverBlocksCountAsComponents() {
        // components: 0 pen-down, (empty pen-up), 1 pen-down, 2 hover pen-up, 3 pen-down
        assertEquals(List.of(List.of(p(1, 1), p(2, 2)), List.of(p(3, 3), p(4, 4))), xy(byLabel.get("ab").ink()));
        assertEquals(List.of(List.of(p(5, 5), p(6, 6))), xy(byLabel.get("say \"hi\" \\o/").ink()));
    }

    @Test
    void pointRangesCountRawPointsAndSkipHover() {
        // 1:1-3:0 = point 1 of component 1 (the 0 0 placeholder after it is dropped), hover skipped, point 0 of 3
        assertEquals(List.of(List.of(p(4, 4)), List.of(p(5, 5))), xy(byLabel.get("range").ink()));
    }

    @Test
    void timeFollowsSamplingRateAndGaps() {
        List<Stroke> strokes = byLabel.get("range").ink().strokes();
        assertEquals(0.0, strokes.get(0).get(0).t(), 1e-9);
        // from sample 3 to sample 6 at 100 per second, plus .DT 250 ms
        assertEquals(0.03 + 0.25, strokes.get(1).get(0).t(), 1e-9);
    }

    @Test
    void writerIsContributorAndWriterIdOrFile() {
        UnipenSegment ab = byLabel.get("ab");
        assertEquals("xyz/w1", ab.ink().writer());
        assertEquals("xyz", ab.contributor());
        assertEquals(8, ab.category());
        assertEquals("OK", ab.quality());
        assertEquals("data/8/xyz/sample.dat", ab.file());
        assertEquals("prs/pressure.dat", byLabel.get("xy").ink().writer());
    }

    @Test
    void zeroPressureLiftsThePenAndNegativeResolutionFlipsTheAxis() {
        assertEquals(List.of(List.of(p(1, -1), p(2, -1)), List.of(p(5, -1), p(6, -1))), xy(byLabel.get("xy").ink()));
    }

    @Test
    void countsWhatItSkips() {
        assertEquals(1, report.skipped(SkipReason.MALFORMED_POINT));
        assertEquals(2, report.skipped(SkipReason.MALFORMED_SEGMENT));
        assertEquals(2, report.skipped(SkipReason.DELINEATION_OUT_OF_RANGE));
        assertEquals(1, report.skipped(SkipReason.EMPTY_INK));
        assertEquals(1, report.skipped(SkipReason.MISSING_INCLUDE));
        assertEquals(1, report.skipped(SkipReason.INK_IN_MISSING_INCLUDE));
        assertEquals(6, report.segmentsSkipped());
        assertEquals(1, report.segmentsAtOtherLevels());
    }

    @Test
    void wordCategoriesWhenAsked() throws IOException {
        List<UnipenSegment> words = new UnipenReader(UnipenSource.open(tree), UnipenReader.Options.words()).readAll();
        assertEquals(1, words.size());
        assertEquals("w", words.get(0).ink().text());
        assertEquals(6, words.get(0).category());
        assertEquals("xyz/word.dat", words.get(0).ink().writer());
    }

    @Test
    void archiveReadsLikeTheTree() throws IOException {
        byte[] tarGz = tarGz(tree, "train_r01_v07/");
        UnipenSource archive = UnipenArchive.load("fixture.tar.gz", new ByteArrayInputStream(tarGz), true);
        List<UnipenSegment> fromArchive = new UnipenReader(archive, UnipenReader.Options.lines()).readAll();
        List<UnipenSegment> fromTree =
                new UnipenReader(UnipenSource.open(tree), UnipenReader.Options.lines()).readAll();
        assertEquals(fromTree, fromArchive);
    }

    @Test
    void directoryAboveTheRootIsFound() throws IOException {
        Path above = tree.getParent();
        assertTrue(UnipenSource.open(above).dataFiles().contains("data/8/xyz/sample.dat"));
    }

    private static byte[] tarGz(Path root, String prefix) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes));
             Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                TarArchiveEntry entry =
                        new TarArchiveEntry(prefix + root.relativize(file).toString().replace('\\', '/'));
                byte[] content = Files.readAllBytes(file);
                entry.setSize(content.length);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<Double> p(double x, double y) {
        return List.of(x, y);
    }

    private static List<List<List<Double>>> xy(Ink ink) {
        List<List<List<Double>>> strokes = new ArrayList<>();
        for (Stroke s : ink.strokes()) {
            List<List<Double>> points = new ArrayList<>();
            for (InkPoint q : s.points()) {
                points.add(List.of(q.x(), q.y()));
            }
            strokes.add(points);
        }
        return strokes;
    }
}
