package inkwell.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import inkwell.ink.OffsetSequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingSetTest {
    @TempDir
    Path dir;

    static TrainingSet sample() {
        OffsetSequence a = new OffsetSequence(new float[] {0, 1.5f, -2.25f}, new float[] {0, 0.5f, 3e-7f},
                new boolean[] {false, true, true});
        OffsetSequence b = new OffsetSequence(new float[] {0}, new float[] {0}, new boolean[] {true});
        return new TrainingSet(Map.of("prep.step", "0.75"),
                List.of(new TrainingSample("héllo “quotes”", "bbd/jws", 8, a)),
                List.of(new TrainingSample(".", "iam/w7", 0, b)));
    }

    @Test
    void roundTrip() throws IOException {
        Path file = dir.resolve("set.iwset");
        TrainingSet written = sample();
        written.write(file);
        TrainingSet read = TrainingSet.read(file);
        assertEquals(written.metadata(), read.metadata());
        assertEquals(written.train(), read.train());
        assertEquals(written.validation(), read.validation());
        assertEquals(2, read.size());
    }

    @Test
    void emptySetRoundTrips() throws IOException {
        Path file = dir.resolve("empty.iwset");
        new TrainingSet(Map.of(), List.of(), List.of()).write(file);
        assertEquals(0, TrainingSet.read(file).size());
    }

    @Test
    void aFlippedByteFailsTheChecksum() throws IOException {
        Path file = dir.resolve("set.iwset");
        sample().write(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
        TrainingSetFormatException e = assertThrows(TrainingSetFormatException.class, () -> TrainingSet.read(file));
        assertEquals(true, e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void aTruncatedFileIsRejected() throws IOException {
        Path file = dir.resolve("set.iwset");
        sample().write(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 7));
        assertThrows(TrainingSetFormatException.class, () -> TrainingSet.read(file));
    }

    @Test
    void anotherFileIsRejectedByItsMagic() throws IOException {
        Path file = dir.resolve("other.bin");
        Files.writeString(file, "PK\u0003\u0004 this is not a training set");
        TrainingSetFormatException e = assertThrows(TrainingSetFormatException.class, () -> TrainingSet.read(file));
        assertEquals(true, e.getMessage().contains("magic"), e.getMessage());
    }

    @Test
    void writingReplacesAnOlderFileWithoutLeavingTemporaries() throws IOException {
        Path file = dir.resolve("set.iwset");
        Files.writeString(file, "old");
        sample().write(file);
        assertEquals(sample().train(), TrainingSet.read(file).train());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
