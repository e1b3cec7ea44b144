package inkwell.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelFileTest {

    private static HandwritingModel model() {
        return model(false);
    }

    private static HandwritingModel model(boolean peepholes) {
        NetworkConfig cfg = new NetworkConfig(2, 8, 2, 3, new Alphabet("abc ."), true, -2, peepholes);
        return new HandwritingModel(SynthesisNetwork.initialise(cfg, DataType.FLOAT, 5),
                new OffsetStats(0.1, -0.2, 1.5, 2.5), Provenance.empty().with("data", "test").with("steps", 12));
    }

    @Test
    void saveAndLoadGiveTheSameOutputsBitForBit(@TempDir Path dir) throws IOException {
        sameOutputsAfterSaveAndLoad(model(false), dir);
    }

    @Test
    void aModelWithPeepholesKeepsThemThroughSaveAndLoad(@TempDir Path dir) throws IOException {
        HandwritingModel m = model(true);
        m.network().parameters().get("lstm1.P").assign(0.5);
        sameOutputsAfterSaveAndLoad(m, dir);
    }

    private static void sameOutputsAfterSaveAndLoad(HandwritingModel original, Path dir) throws IOException {
        Path file = dir.resolve("m.iwm");
        ModelFile.write(file, original);
        HandwritingModel loaded = ModelFile.read(file);
        assertEquals(original.config(), loaded.config());
        assertEquals(original.stats(), loaded.stats());
        assertEquals(original.provenance(), loaded.provenance());
        Sampler.Request req = new Sampler.Request(List.of("abc", "cab."), 0.5, 9, null, 10);
        List<Sampler.Line> a = new Sampler(original).sample(req), b = new Sampler(loaded).sample(req);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).offsets(), b.get(i).offsets());
        }
        assertArrayEquals(original.network().parameters().flat().toFloatVector(),
                loaded.network().parameters().flat().toFloatVector());
    }

    @Test
    void truncatedFileIsRefusedClearly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.iwm");
        ModelFile.write(file, model());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        IOException e = assertThrows(IOException.class, () -> ModelFile.read(file));
        assertTrue(e.getMessage().contains("m.iwm"), e.getMessage());
    }

    @Test
    void alteredWeightIsCaughtByTheChecksum(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.iwm");
        ModelFile.write(file, model());
        Path altered = dir.resolve("altered.iwm");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(altered))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("weights.bin")) {
                    bytes[17] ^= 1;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        IOException e = assertThrows(IOException.class, () -> ModelFile.read(altered));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }
}
