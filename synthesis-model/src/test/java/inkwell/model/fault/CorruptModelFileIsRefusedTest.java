package inkwell.model.fault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.model.HandwritingModel;
import inkwell.model.ModelFile;
import inkwell.model.ModelFile.ModelFileException;
import inkwell.model.Trainer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged model or checkpoint file is refused with ModelFileException, never loaded as a different model. Entries
 * are altered inside a well-formed zip (so the zip's own CRCs pass and only the SHA256 entry can catch it): a
 * flipped byte in model.json, extra.json or an optimiser array, a dropped, added or rewritten entry. Raw damage to
 * the file (every truncation length, random byte flips) is refused or, where the zip format ignores the damaged
 * byte, reads back bit for bit the same model.
 */
class CorruptModelFileIsRefusedTest {
    private static byte[] checkpoint;
    private static ModelFile.Contents original;

    /** A real checkpoint: model, optimiser state (extra/*.bin) and trainer state (extra.json). */
    @BeforeAll
    static void writeCheckpoint(@TempDir Path runDir) throws IOException {
        Trainer trainer = TinyTraining.trainer(TinyTraining.newModel(5), TinyTraining.settings(2, 1),
                TinyTraining.shapes(), runDir, TinyTraining.quiet());
        trainer.run(Duration.ofSeconds(60));
        checkpoint = Files.readAllBytes(Trainer.checkpointPath(runDir));
        original = read(checkpoint);
    }

    private static ModelFile.Contents read(byte[] file) throws IOException {
        return ModelFile.readContents(new ByteArrayInputStream(file), "damaged.iwm");
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] withEntries(UnaryOperator<Map<String, byte[]>> change) throws IOException {
        return zip(change.apply(entries(checkpoint)));
    }

    private static byte[] flipped(byte[] bytes, int index) {
        byte[] copy = bytes.clone();
        copy[index] ^= 0x01;
        return copy;
    }

    private static void assertRefusedByChecksum(byte[] file, String what) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> read(file), what);
        assertTrue(e.getMessage().contains("checksum") || e.getMessage().contains("lacks"), what + ": "
                + e.getMessage());
        assertTrue(e.getMessage().contains("damaged.iwm"), e.getMessage());
    }

    private static void assertSameAsOriginal(ModelFile.Contents read, String what) {
        assertEquals(original.model().config(), read.model().config(), what);
        assertEquals(original.model().stats(), read.model().stats(), what);
        assertEquals(original.model().provenance(), read.model().provenance(), what);
        assertArrayEquals(original.model().network().parameters().flat().toFloatVector(),
                read.model().network().parameters().flat().toFloatVector(), what);
        assertEquals(original.extraArrays().keySet(), read.extraArrays().keySet(), what);
        original.extraArrays().forEach((k, v) -> assertArrayEquals(v, read.extraArrays().get(k), what + " " + k));
        assertEquals(original.extraJson(), read.extraJson(), what);
    }

    @Test
    void rezippedUnchangedEntriesStillRead() throws IOException {
        assertSameAsOriginal(read(withEntries(e -> e)), "re-zipped");
        assertTrue(original.extraArrays().containsKey("optimizer.m"), original.extraArrays().keySet().toString());
    }

    @Test
    void flippedByteInAnyEntryIsCaughtByTheChecksum() throws IOException {
        for (String name : entries(checkpoint).keySet()) {
            int size = entries(checkpoint).get(name).length;
            for (int index : new int[] {0, size / 2, size - 1}) {
                byte[] damaged = withEntries(e -> {
                    e.put(name, flipped(e.get(name), index));
                    return e;
                });
                assertRefusedByChecksum(damaged, name + " byte " + index);
            }
        }
    }

    /**
     * The checksum covers the entries' bytes, not their names, so a damaged name must be caught another way: a
     * checkpoint with any one name altered by a flipped bit is refused by ModelFile or, where the name still fits
     * the format (another optimiser array's name), by Trainer.restore with an IOException; never half-restored.
     */
    @Test
    void flippedBitInAnEntryNameIsRefused(@TempDir Path runDir) throws IOException {
        Trainer trainer = TinyTraining.trainer(TinyTraining.newModel(5), TinyTraining.settings(2, 1),
                TinyTraining.shapes(), runDir, TinyTraining.quiet());
        for (String name : entries(checkpoint).keySet()) {
            for (int index = 0; index < name.length(); index++) {
                for (int bit : new int[] {0, 5}) {
                    char[] chars = name.toCharArray();
                    chars[index] ^= (char) (1 << bit);
                    String renamed = new String(chars);
                    if (entries(checkpoint).containsKey(renamed)) {
                        continue;
                    }
                    byte[] damaged = withEntries(e -> {
                        Map<String, byte[]> copy = new LinkedHashMap<>();
                        e.forEach((k, v) -> copy.put(k.equals(name) ? renamed : k, v));
                        return copy;
                    });
                    Files.write(Trainer.checkpointPath(runDir), damaged);
                    assertThrows(IOException.class, trainer::restore, name + " renamed " + renamed);
                }
            }
        }
    }

    @Test
    void semanticallyHarmlessEditOfModelJsonIsStillRefused() throws IOException {
        // same JSON value, one more space: a reader that re-serialised before hashing would miss it
        byte[] damaged = withEntries(e -> {
            e.put("model.json", (new String(e.get("model.json"), StandardCharsets.UTF_8) + " ")
                    .getBytes(StandardCharsets.UTF_8));
            return e;
        });
        assertRefusedByChecksum(damaged, "model.json with a trailing space");
    }

    @Test
    void droppedAddedReorderedOrRewrittenEntriesAreRefused() throws IOException {
        for (String name : entries(checkpoint).keySet()) {
            assertRefusedByChecksum(withEntries(e -> {
                e.remove(name);
                return e;
            }), "without " + name);
        }
        assertRefusedByChecksum(withEntries(e -> {
            e.put("extra/optimizer.evil.bin", new byte[] {1, 2, 3, 4});
            return e;
        }), "with an added entry");
        assertRefusedByChecksum(withEntries(e -> {
            Map<String, byte[]> reordered = new LinkedHashMap<>();
            reordered.put("weights.bin", e.remove("weights.bin"));
            reordered.putAll(e);
            return reordered;
        }), "weights.bin moved first");
        assertRefusedByChecksum(withEntries(e -> {
            e.put("SHA256", "0".repeat(64).getBytes(StandardCharsets.US_ASCII));
            return e;
        }), "rewritten checksum");
    }

    /**
     * A cut anywhere in the entries is refused. A cut in the zip's central directory (the index at the end, which a
     * streaming reader does not need) leaves every entry and its checksum intact: it reads, as the same model.
     */
    @Test
    void everyTruncationOfTheEntriesIsRefused() throws IOException {
        java.nio.ByteBuffer end = java.nio.ByteBuffer.wrap(checkpoint, checkpoint.length - 22, 22)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x06054b50, end.getInt(checkpoint.length - 22), "a zip without comment ends in its EOCD record");
        int centralDirectory = end.getInt(checkpoint.length - 22 + 16);
        // every length near the end of the entries (the checksum entry is last), a spread of the others
        java.util.SortedSet<Integer> lengths = new java.util.TreeSet<>();
        for (int length = 0; length < checkpoint.length; length += Math.max(1, checkpoint.length / 500)) {
            lengths.add(length);
        }
        for (int length = Math.max(0, centralDirectory - 300); length < checkpoint.length; length++) {
            lengths.add(length);
        }
        for (int length : lengths) {
            byte[] cut = Arrays.copyOf(checkpoint, length);
            String what = "cut to " + length + " of " + checkpoint.length + " (central directory at "
                    + centralDirectory + ")";
            if (length < centralDirectory) {
                assertThrows(ModelFileException.class, () -> read(cut), what);
            } else {
                try {
                    assertSameAsOriginal(read(cut), what);
                } catch (ModelFileException refused) {
                    // refusing is fine too
                }
            }
        }
    }

    /** Raw flips anywhere in the file: refused, or (central directory, padding) ignored with no effect at all. */
    @Test
    void randomByteFlipsAreRefusedOrChangeNothing() throws IOException {
        Random rng = new Random(Long.getLong("fault.seed", 42L));
        int refused = 0;
        for (int i = 0; i < 300; i++) {
            byte[] damaged = checkpoint.clone();
            int flips = 1 + rng.nextInt(3);
            for (int f = 0; f < flips; f++) {
                damaged[rng.nextInt(damaged.length)] ^= (byte) (1 << rng.nextInt(8));
            }
            ModelFile.Contents read;
            try {
                read = read(damaged);
            } catch (ModelFileException e) {
                refused++;
                continue;
            }
            assertSameAsOriginal(read, "case " + i);
        }
        assertTrue(refused > 0, "no flip was refused");
    }

    @Test
    void damagedCheckpointIsRefusedByTrainerRestore(@TempDir Path runDir) throws IOException {
        Files.write(Trainer.checkpointPath(runDir), withEntries(e -> {
            e.put("extra.json", flipped(e.get("extra.json"), 5));
            return e;
        }));
        HandwritingModel model = TinyTraining.newModel(5);
        Trainer trainer = TinyTraining.trainer(model, TinyTraining.settings(2, 1), TinyTraining.shapes(), runDir,
                TinyTraining.quiet());
        assertThrows(ModelFileException.class, trainer::restore);
        assertEquals(0, trainer.step());
    }
}
