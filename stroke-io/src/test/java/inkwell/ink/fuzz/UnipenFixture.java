package inkwell.ink.fuzz;

import inkwell.ink.unipen.UnipenArchive;
import inkwell.ink.unipen.UnipenSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A small valid UNIPEN corpus written by hand for the fuzzers ({@link #HAND_WRITTEN}), and a way to hand the
 * reader thousands of mutated corpora without touching the disk.
 */
final class UnipenFixture {

    /** A category-8 data file using most of what the reader understands. */
    static final String DATA_FILE = """
            .VERSION 1.0
            .DATA_SOURCE fuzz fixture, written by hand
            .COMMENT a comment that runs
               over two lines
            .X_POINTS_PER_INCH 1000
            .Y_POINTS_PER_INCH -1000
            .POINTS_PER_SECOND 100
            .COORD X Y P
            .INCLUDE abc/setup.inc
            .WRITER_ID w1
            .SEGMENT TEXT 0-1 OK "hi"
            .SEGMENT TEXT 2:1-3:0 ? "say \\"hi\\" \\\\o/"
            .SEGMENT WORD 0 OK "h"
            .PEN_DOWN
            100 200 50
            110 210 50
            120 215 0
            125 220 50
            .PEN_UP
            .PEN_DOWN
            300 200 60
            305 190 60
            .PEN_UP
            .DT 250
            .PEN_DOWN
            400 300 70
            0 0 0
            410 310 70
            .PEN_UP
            .INCLUDE abc/more.inc
            .SEGMENT TEXT 3 OK "more"
            """;

    /** Header settings an include sets for the data file that names it. */
    static final String SETUP_INCLUDE = """
            .HIERARCHY PAGE TEXT WORD
            .COMMENT included setup
            """;

    /** Ink held in an include, as some contributors did. */
    static final String INK_INCLUDE = """
            .PEN_DOWN
            500 500 80
            510 505 80
            .PEN_UP
            """;

    /** Data file and includes by corpus path. */
    static final Map<String, String> HAND_WRITTEN = Map.of(
            "data/8/abc/w1.dat", DATA_FILE,
            "include/abc/setup.inc", SETUP_INCLUDE,
            "include/abc/more.inc", INK_INCLUDE);

    /** Tokens of UNIPEN to insert at random places. */
    static final List<String> TOKENS = List.of("\n", ".PEN_DOWN\n", ".PEN_UP\n", "\n.PEN_DOWN\n1 2 3\n",
            ".SEGMENT TEXT 0-3:1 OK \"x\"\n", ".SEGMENT TEXT 99 OK \"far\"\n", ".SEGMENT TEXT 0:99999 OK \"p\"\n",
            ".SEGMENT TEXT 0-0:0,1 \"a\"\n", ".SEGMENT TEXT 3-1 OK \"back\"\n", ".SEGMENT TEXT 2147483648 OK \"big\"\n",
            ".SEGMENT TEXT -1 OK \"neg\"\n", ".SEGMENT\n", ".SEGMENT TEXT 0 OK \"open\n", ".INCLUDE\n",
            ".INCLUDE abc/more.inc\n", ".INCLUDE ../../data/8/abc/w1.dat\n", ".INCLUDE /etc/passwd\n",
            ".INCLUDE abc/missing.inc\n", ".COORD Y X\n", ".COORD X\n", ".COORD A B C D E F G H I X Y P\n",
            ".COORD P T X Y\n", ".X_POINTS_PER_INCH 0\n", ".X_POINTS_PER_INCH 1e-300\n",
            ".Y_POINTS_PER_INCH 4.9e-324\n", ".X_POINTS_PER_MM NaN\n", ".Y_POINTS_PER_MM Infinity\n",
            ".X_POINTS_PER_INCH abc\n", ".POINTS_PER_SECOND 0\n", ".POINTS_PER_SECOND -5\n",
            ".POINTS_PER_SECOND 1e-320\n", ".DT NaN\n", ".DT 1e308\n", ".DT -Infinity\n", ".WRITER_ID \u00e9\u0000\n",
            "1e308 1e308 1\n", "-1.7976931348623157e308 1 1\n", "99999999999999999999 1 1\n", "1 2 3 4 5 6 7 8 9 10\n",
            "x y\n", "1\n", "\t", " ", ".", "\r", "\r\n", "\u0000", "\u00ff");

    private UnipenFixture() {
    }

    /** The hand-written corpus, as bytes by path. */
    static Map<String, byte[]> handWritten() {
        Map<String, byte[]> bytes = new TreeMap<>();
        HAND_WRITTEN.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.ISO_8859_1)));
        return bytes;
    }

    /**
     * The files packed into an in-memory tar under a top directory and opened with {@link UnipenArchive}, the
     * reader's own path for the distributed .tar.gz (include paths with "." and ".." are resolved there).
     */
    static UnipenSource archive(Map<String, byte[]> files) {
        try {
            ByteArrayOutputStream tar = new ByteArrayOutputStream();
            try (TarArchiveOutputStream out = new TarArchiveOutputStream(tar)) {
                out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                for (Map.Entry<String, byte[]> e : files.entrySet()) {
                    TarArchiveEntry entry = new TarArchiveEntry("train_r01_v07/" + e.getKey());
                    entry.setSize(e.getValue().length);
                    out.putArchiveEntry(entry);
                    out.write(e.getValue());
                    out.closeArchiveEntry();
                }
            }
            return UnipenArchive.load("fuzz.tar", new ByteArrayInputStream(tar.toByteArray()), false);
        } catch (IOException e) {
            throw new UncheckedIOException("packing an in-memory tar cannot fail", e);
        }
    }
}
