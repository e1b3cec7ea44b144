package inkwell.app.cli;

import inkwell.app.Main;
import inkwell.app.TinyModel;
import inkwell.data.DefaultModel;
import inkwell.ink.Ink;
import inkwell.ink.format.InkJson;
import inkwell.ink.format.InkMlReader;
import inkwell.ink.format.SecureXml;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The command line in-process: exit codes, messages, and the files it writes. */
class MainTest {
    @TempDir
    static Path dir;
    private static Path model;

    @BeforeAll
    static void model() throws IOException {
        model = TinyModel.write(dir);
    }

    record Run(int code, String out, String err) {
        /** An error is one line, with no stack trace. */
        void assertOneLineError(int expected, String contains) {
            assertEquals(expected, code, err);
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.startsWith("inkwell: ") && err.contains(contains), err);
            assertFalse(err.contains("\tat "), err);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static Run write(String... args) {
        List<String> all = new ArrayList<>(List.of("write", "--model", model.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    @Test
    void writesSvg() throws IOException {
        Path out = dir.resolve("hello.svg");
        Run r = write("Hello,", "world", "--out", out.toString(), "--seed", "3", "--align", "right",
                "--colour", "#003366", "--stroke-width", "2");
        assertEquals(0, r.code(), r.err());
        Document doc;
        try (InputStream in = Files.newInputStream(out)) {
            doc = SecureXml.parse(in, out.toString());
        }
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertTrue(doc.getElementsByTagNameNS("*", "path").getLength() > 0);
        assertTrue(Files.readString(out).contains("stroke=\"#003366\""));
    }

    @Test
    void writesPngInkMlAndJsonByExtensionOrFormat() throws IOException {
        Path text = dir.resolve("letter.txt");
        Files.writeString(text, "Dear Ann,\n\nthanks a lot\nfor the tea.\n");
        Path png = dir.resolve("letter.png");
        assertEquals(0, write("--file", text.toString(), "--out", png.toString(), "--width", "12").code());
        assertNotNull(ImageIO.read(png.toFile()));
        Path inkml = dir.resolve("letter.inkml");
        assertEquals(0, write("--file", text.toString(), "--out", inkml.toString()).code());
        assertEquals("Dear Ann,\nthanks a lot\nfor the tea.", InkMlReader.read(inkml).text());
        Path json = dir.resolve("letter.data");
        assertEquals(0, write("Hi", "--out", json.toString(), "--format", "json").code());
        Ink ink = new InkJson().read(json);
        assertEquals("Hi", ink.text());
    }

    @Test
    void writesInAShippedStyle() {
        assertEquals(0, write("lil", "--style", "test-hand", "--out", dir.resolve("style.svg").toString()).code());
    }

    @Test
    void badInputIsExitTwoWithOneLine() {
        Path out = dir.resolve("x.svg");
        write("snow ☃", "--out", out.toString()).assertOneLineError(2, "'☃' (U+2603)");
        write("--out", out.toString()).assertOneLineError(2, "either as arguments or with --file");
        write("a", "--file", "x.txt", "--out", out.toString()).assertOneLineError(2, "not both");
        write("a", "--file", dir.resolve("missing.txt").toString(), "--out", out.toString())
                .assertOneLineError(2, "not both");
        write("--file", dir.resolve("missing.txt").toString(), "--out", out.toString())
                .assertOneLineError(2, "no such file");
        write("a", "--out", out.toString(), "--bias", "11").assertOneLineError(2, "--bias");
        write("a", "--out", out.toString(), "--bias", "lots").assertOneLineError(2, "--bias");
        write("a", "--out", out.toString(), "--takes", "0").assertOneLineError(2, "--takes must be from 1 to 8");
        write("a", "--out", out.toString(), "--takes", "9").assertOneLineError(2, "--takes must be from 1 to 8");
        write("a", "--out", out.toString(), "--width", "2").assertOneLineError(2, "width");
        write("a", "--out", out.toString(), "--align", "justify").assertOneLineError(2, "align");
        write("a", "--out", out.toString(), "--colour", "red\"/><script>").assertOneLineError(2, "colour");
        write("a", "--out", out.toString(), "--style", "../../etc/passwd").assertOneLineError(2, "style");
        write("a", "--out", out.toString(), "--style", "gothic").assertOneLineError(2, "available: none, ");
        write("a", "--out", dir.resolve("x.gif").toString()).assertOneLineError(2, "extension");
        write("a", "--out", dir.resolve("no/such/dir/x.svg").toString()).assertOneLineError(2, "does not exist");
        write("a", "--out", out.toString(), "--frobnicate").assertOneLineError(2, "--frobnicate");
        run("write", "a", "--out", out.toString(), "--model", dir.resolve("none.iwm").toString())
                .assertOneLineError(2, "no such file");
    }

    @Test
    void aDamagedModelFileIsBadInput() throws IOException {
        Path broken = dir.resolve("broken.iwm");
        Files.write(broken, new byte[]{'P', 'K', 3, 4, 0, 0});
        run("write", "a", "--out", dir.resolve("y.svg").toString(), "--model", broken.toString())
                .assertOneLineError(2, "broken.iwm");
    }

    @Test
    void withoutAnEmbeddedModelTheMessageSaysWhatToDo() {
        assumeTrue(DefaultModel.class.getResource(DefaultModel.RESOURCE) == null, "this build embeds a model");
        run("write", "a", "--out", dir.resolve("z.svg").toString()).assertOneLineError(1, "--model");
    }

    @Test
    void verboseShowsTheStackTrace() {
        Run r = write("☃", "--out", dir.resolve("v.svg").toString(), "--verbose");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void listsStyles() {
        Run r = run("styles");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("none\t(no style: the model's own)", lines.get(0));
        assertTrue(lines.contains("test-hand\til") && lines.contains("neat\ta quick note to say hello"), r.out());
    }

    @Test
    void helpExplainsEveryOption() {
        Run r = run("write", "--help");
        assertEquals(0, r.code());
        for (String option : List.of("--bias", "--style", "--seed", "--width", "--line-height", "--colour",
                "--stroke-width", "--align", "--model", "--format", "--out", "--file", "--takes")) {
            assertTrue(r.out().contains(option), option);
        }
        assertTrue(run("--help").out().contains("serve"));
        assertTrue(run("serve", "--help").out().contains("--port"));
        assertEquals(2, run("fly").code());
    }
}
