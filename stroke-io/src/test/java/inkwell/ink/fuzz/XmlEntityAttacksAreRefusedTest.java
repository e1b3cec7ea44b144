package inkwell.ink.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.ink.InkFormatException;
import inkwell.ink.format.IamOnDbReader;
import inkwell.ink.format.InkMlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every XML ink reader (IAM-OnDB line strokes, IAM-OnDB form, InkML) refuses external entities (XXE), external
 * DTDs, parameter entities and entity expansion bombs with InkFormatException, quickly, without the content of a
 * local file reaching the result or the error message. A local file with a marker stands in for /etc/passwd.
 * XInclude and entity references without a DOCTYPE cannot fetch anything; they may be read or refused.
 */
class XmlEntityAttacksAreRefusedTest {
    private static final String MARKER = "SECRET-7f3a9c-MUST-NOT-LEAK";

    private interface XmlReader {
        Object read(byte[] xml) throws IOException;
    }

    private static final Map<String, XmlReader> READERS = Map.of(
            "IamOnDbReader.readLineStrokes",
            xml -> IamOnDbReader.readLineStrokes(new ByteArrayInputStream(xml), "attack.xml"),
            "IamOnDbReader.readForm", xml -> IamOnDbReader.readForm(new ByteArrayInputStream(xml), "attack.xml"),
            "InkMlReader.read", xml -> InkMlReader.read(new ByteArrayInputStream(xml), "attack.xml"));

    /** Attacks aimed at each reader's text-carrying places; {@code %s} is the entity reference or nothing. */
    private static List<String> bodies(String reference) {
        return List.of(
                "<WhiteboardCaptureSession><General><Form id=\"" + reference + "\" writerID=\"" + reference
                        + "\"/></General><StrokeSet><Stroke><Point x=\"1\" y=\"2\" time=\"" + reference
                        + "\"/></Stroke></StrokeSet></WhiteboardCaptureSession>",
                "<ink xmlns=\"http://www.w3.org/2003/InkML\"><annotation type=\"truth\">" + reference
                        + "</annotation><trace>1 2, 3 4</trace></ink>");
    }

    private static List<String> attacks(Path secret) {
        String uri = secret.toUri().toString();
        List<String> docs = new ArrayList<>();
        for (String body : bodies("&xxe;")) {
            docs.add("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + uri + "\">]>" + body);
            docs.add("<!DOCTYPE r [<!ENTITY xxe PUBLIC \"-//A//B\" \"" + uri + "\">]>" + body);
            docs.add("<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + uri + "\"> %p; <!ENTITY xxe \"x\">]>" + body);
            docs.add("<!DOCTYPE r [<!ENTITY xxe \"" + "lol".repeat(3) + "\">]>" + body);
        }
        for (String body : bodies("&lol9;")) {
            StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY lol0 \"lol\">");
            for (int i = 1; i <= 9; i++) {
                dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                        .append("\">");
            }
            docs.add(dtd.append("]>").append(body).toString());
            // quadratic blowup: one big entity referenced many times
            docs.add("<!DOCTYPE r [<!ENTITY lol9 \"" + "x".repeat(50_000) + "\">]>"
                    + body.replace("&lol9;", "&lol9;".repeat(5_000)));
        }
        for (String body : bodies("")) {
            docs.add("<!DOCTYPE r SYSTEM \"" + uri + "\">" + body);
            docs.add("<!DOCTYPE r PUBLIC \"-//A//B\" \"http://127.0.0.1:9/evil.dtd\">" + body);
            // an XInclude must stay an unknown element, never pull the file in
            String xinclude = "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + uri
                    + "\" parse=\"text\"/>";
            docs.add(body.replace("<trace>", "<trace>" + xinclude).replace("<Stroke>", "<Stroke>" + xinclude)
                    .replace("<General>", "<General>" + xinclude));
        }
        for (String body : bodies("&xxe;")) {
            // without a DOCTYPE an entity reference can name nothing: refused, or left unexpanded
            docs.add(body);
        }
        return docs;
    }

    @Test
    void entityAndDtdAttacksAreRefusedQuicklyWithoutLeaking(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("passwd");
        Files.writeString(secret, MARKER + "\n", StandardCharsets.UTF_8);
        for (String attack : attacks(secret)) {
            boolean harmless = attack.contains("XInclude") || !attack.contains("<!DOCTYPE");
            for (Map.Entry<String, XmlReader> reader : READERS.entrySet()) {
                byte[] xml = attack.getBytes(StandardCharsets.UTF_8);
                String what = reader.getKey() + " on " + FuzzRun.show(xml);
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                    if (harmless) {
                        Object result;
                        try {
                            result = reader.getValue().read(xml);
                        } catch (InkFormatException e) {
                            assertFalse(e.getMessage().contains(MARKER), what);
                            return;
                        }
                        assertFalse(String.valueOf(result).contains(MARKER), what);
                    } else {
                        InkFormatException e = assertThrows(InkFormatException.class,
                                () -> reader.getValue().read(xml), what);
                        assertFalse(e.getMessage().contains(MARKER), what + ": " + e.getMessage());
                        assertTrue(e.getMessage().contains("attack.xml"), e.getMessage());
                    }
                }, what);
            }
        }
    }
}
