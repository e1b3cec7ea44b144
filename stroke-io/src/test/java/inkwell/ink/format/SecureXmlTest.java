package inkwell.ink.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.ink.InkFormatException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SecureXmlTest {

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesOrdinaryXml() throws Exception {
        Document d = SecureXml.parse(utf8("<a x=\"1\"><b/></a>"), "ok.xml");
        assertEquals("a", d.getDocumentElement().getLocalName());
    }

    @Test
    void refusesExternalEntity() {
        InkFormatException e = assertThrows(InkFormatException.class,
                () -> SecureXml.parse(utf8(Fixtures.XXE), "xxe.xml"));
        assertTrue(e.getMessage().contains("xxe.xml"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "must not leak file content: " + e.getMessage());
    }

    @Test
    void refusesBillionLaughsQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(InkFormatException.class,
                () -> SecureXml.parse(utf8(Fixtures.BILLION_LAUGHS), "lol.xml")));
    }

    @Test
    void streamReaderRefusesDoctype() throws Exception {
        XMLStreamReader reader = SecureXml.newStreamReader(utf8(Fixtures.XXE), "xxe.xml");
        Exception e = assertThrows(Exception.class, () -> {
            while (reader.hasNext()) {
                reader.next();
            }
        });
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void truncatedXmlSaysWhere() {
        InkFormatException e = assertThrows(InkFormatException.class,
                () -> SecureXml.parse(utf8("<a><b></a"), "cut.xml"));
        assertTrue(e.getMessage().startsWith("cut.xml: malformed or refused XML at line 1"), e.getMessage());
    }
}
