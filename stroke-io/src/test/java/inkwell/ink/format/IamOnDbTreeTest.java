package inkwell.ink.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.ink.InkFormatException;
import inkwell.ink.format.IamOnDbTree.SkipReason;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IamOnDbTreeTest {

    @Test
    void readsBothLinesWithTextAndWriter() throws Exception {
        List<IamOnDbTree.Line> lines = new ArrayList<>();
        IamOnDbTree.Summary summary = IamOnDbTree.walk(Fixtures.resource("iamondb"), lines::add);
        assertEquals(2, summary.linesRead());
        assertEquals(0, summary.skippedTotal());
        assertEquals("a01-000u-01", lines.get(0).id());
        assertEquals("Quiet rivers hum below", lines.get(0).ink().text());
        assertEquals("the painted hills at dusk", lines.get(1).ink().text());
        assertEquals("90001", lines.get(0).ink().writer());
        assertEquals(2, lines.get(0).ink().strokes().size());
    }

    @Test
    void countsBadFilesAndCarriesOn(@TempDir Path root) throws Exception {
        copyTree(Fixtures.resource("iamondb"), root);
        Path form = root.resolve("lineStrokes/a01/a01-000");
        Path good = form.resolve("a01-000u-01.xml");
        String goodXml = Files.readString(good, StandardCharsets.ISO_8859_1);
        Files.writeString(form.resolve("a01-000u-02.xml"), goodXml.substring(0, goodXml.length() / 2),
                StandardCharsets.ISO_8859_1);
        Files.writeString(form.resolve("a01-000u-03.xml"), goodXml, StandardCharsets.ISO_8859_1);
        Files.writeString(form.resolve("a01-000v-01.xml"), goodXml, StandardCharsets.ISO_8859_1);
        Files.writeString(form.resolve("notes.xml"), goodXml, StandardCharsets.ISO_8859_1);
        Files.writeString(form.resolve("a01-000w-01.xml"), goodXml.replace("x=\"1010\"", "x=\"ten\""),
                StandardCharsets.ISO_8859_1);
        Files.writeString(root.resolve("ascii/a01/a01-000/a01-000w.txt"), "CSR:\n\nsome words\n");
        Files.writeString(root.resolve("original/a01/a01-000/strokesw.xml"), "<WhiteboardCaptureSession><Gen");

        List<IamOnDbTree.Line> lines = new ArrayList<>();
        IamOnDbTree.Summary summary = IamOnDbTree.walk(root, lines::add);

        assertEquals(1, summary.linesRead());
        assertEquals("a01-000u-01", lines.get(0).id());
        assertEquals(Map.of(
                SkipReason.MALFORMED_XML, 2,
                SkipReason.MISSING_LINE, 1,
                SkipReason.MISSING_TRANSCRIPTION, 1,
                SkipReason.UNRECOGNISED_NAME, 1,
                SkipReason.MALFORMED_WRITER_FILE, 1), summary.skipped());
        assertEquals(form.resolve("a01-000u-03.xml"), summary.firstSkipped().get(SkipReason.MISSING_LINE));
    }

    @Test
    void writerFallsBackToFormIdWithoutOriginalXml(@TempDir Path root) throws Exception {
        copyTree(Fixtures.resource("iamondb"), root);
        deleteTree(root.resolve("original"));
        List<IamOnDbTree.Line> lines = new ArrayList<>();
        IamOnDbTree.walk(root, lines::add);
        assertEquals("a01-000u", lines.get(0).ink().writer());
    }

    @Test
    void treeWithoutAsciiIsAnError(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("lineStrokes"));
        InkFormatException e = assertThrows(InkFormatException.class, () -> IamOnDbTree.walk(root, line -> { }));
        assertTrue(e.getMessage().contains("no ascii/ directory"), e.getMessage());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(f);
            }
        }
    }
}
