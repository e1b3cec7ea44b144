package inkwell.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runnable jar's command line, in its own process: exit codes, error lines, files. */
class CommandLineE2ETest {
    @TempDir
    Path dir;

    @Test
    void writesSvgAndPngFiles() throws Exception {
        Path text = dir.resolve("note.txt");
        Files.writeString(text, "Dear Ann,\n\nthank you for the tea.\n");
        Path svg = dir.resolve("note.svg");
        InkwellJar.Result r = InkwellJar.run("write", "--file", text.toString(), "--out", svg.toString(),
                "--model", TinyModelFile.get().toString(), "--width", "12", "--align", "center");
        assertEquals(0, r.code(), r.err());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertTrue(doc.getElementsByTagName("path").getLength() > 0);
        Path png = dir.resolve("hi.png");
        r = InkwellJar.run("write", "Hi", "there", "--out", png.toString(), "--model", TinyModelFile.get().toString(),
                "--colour", "navy");
        assertEquals(0, r.code(), r.err());
        assertNotNull(ImageIO.read(png.toFile()));
    }

    @Test
    void badInputExitsWithTwoAndOneLine() throws IOException, InterruptedException {
        InkwellJar.Result r = InkwellJar.run("write", "snow ☃", "--out", dir.resolve("x.svg").toString(),
                "--model", TinyModelFile.get().toString());
        assertEquals(2, r.code(), r.err());
        // the JVM's own notice that the Vector API (an incubator module) is in use is not the application's output
        assertEquals(1, r.err().lines().filter(l -> !l.startsWith("WARNING: Using incubator modules")).count(),
                r.err());
        assertTrue(r.err().contains("'☃' (U+2603)"), r.err());
        assertFalse(Files.exists(dir.resolve("x.svg")));
    }

    @Test
    void helpAndVersion() throws IOException, InterruptedException {
        InkwellJar.Result help = InkwellJar.run("--help");
        assertEquals(0, help.code());
        for (String command : new String[]{"write", "serve", "styles", "inspect", "prepare", "train", "evaluate",
                "bench"}) {
            assertTrue(help.out().contains("  " + command + " "), command);
        }
        InkwellJar.Result version = InkwellJar.run("--version");
        assertTrue(version.out().startsWith("inkwell 0."), version.out());
    }
}
