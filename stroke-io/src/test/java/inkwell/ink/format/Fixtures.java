package inkwell.ink.format;

import inkwell.ink.Ink;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Small inks and paths shared by the format tests. */
final class Fixtures {
    /** Reads /etc/passwd through an external entity if a parser lets it. */
    static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <WhiteboardCaptureSession><StrokeSet><Stroke><Point x="1" y="2" time="&xxe;"/></Stroke></StrokeSet>
            </WhiteboardCaptureSession>
            """;

    /** Expands to a billion "lol"s if a parser expands entities. */
    static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <ink xmlns="http://www.w3.org/2003/InkML"><annotation type="truth">&lol9;</annotation></ink>
            """;

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/format/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource /format/" + name + " is missing", e);
        }
    }

    /** Two strokes with times, a one-point stroke, awkward text; y = 0 on purpose (negative zero traps). */
    static Ink timedInk() {
        return new Ink(List.of(
                new Stroke(List.of(new InkPoint(0, 0, 0), new InkPoint(1.5, 2.25, 0.01), new InkPoint(3, -1, 0.02))),
                new Stroke(List.of(new InkPoint(10.125, 4, 0.5))),
                new Stroke(List.of(new InkPoint(12, 0.1, 0.6), new InkPoint(14, 0.3333333333333333, 0.7)))),
                "Tom & \"Jerry\" <b>", "writer-7");
    }

    static Ink untimedInk() {
        return new Ink(List.of(
                new Stroke(List.of(InkPoint.of(0, 0), InkPoint.of(20, 10), InkPoint.of(40, 0))),
                new Stroke(List.of(InkPoint.of(50, 5), InkPoint.of(50, -5)))),
                "hello", "");
    }
}
