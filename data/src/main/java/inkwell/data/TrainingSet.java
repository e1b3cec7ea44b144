package inkwell.data;

import inkwell.ink.OffsetSequence;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * A training set split by writer into training and validation samples, with free-form metadata (provenance,
 * preprocessing settings). Stored as one binary file, big-endian:
 *
 * <pre>
 * magic "IWTSET" 0x0D 0x0A, int version (1)
 * int metadata count, then (string key, string value) pairs
 * int training count, int validation count
 * samples, training first: string text, string writer, byte category, int length,
 *                          then length times (float dx, float dy, byte pen-up)
 * int CRC32 of every byte before it
 * </pre>
 *
 * A string is an int byte length and UTF-8 bytes. The file is written to a temporary sibling and moved into
 * place, so a reader never sees half a file.
 */
public final class TrainingSet {
    static final byte[] MAGIC = {'I', 'W', 'T', 'S', 'E', 'T', 0x0D, 0x0A};
    static final int VERSION = 1;

    private final Map<String, String> metadata;
    private final List<TrainingSample> train;
    private final List<TrainingSample> validation;

    public TrainingSet(Map<String, String> metadata, List<TrainingSample> train, List<TrainingSample> validation) {
        this.metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        this.train = List.copyOf(train);
        this.validation = List.copyOf(validation);
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    public List<TrainingSample> train() {
        return train;
    }

    public List<TrainingSample> validation() {
        return validation;
    }

    public int size() {
        return train.size() + validation.size();
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = parent.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(temp)) {
                CRC32 crc = new CRC32();
                DataOutputStream out = new DataOutputStream(
                        new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc));
                writeBody(out);
                out.flush();
                new DataOutputStream(raw).writeInt((int) crc.getValue());
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void writeBody(DataOutputStream out) throws IOException {
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(metadata.size());
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
        out.writeInt(train.size());
        out.writeInt(validation.size());
        for (List<TrainingSample> part : List.of(train, validation)) {
            for (TrainingSample s : part) {
                writeString(out, s.text());
                writeString(out, s.writer());
                out.writeByte(s.category());
                OffsetSequence o = s.offsets();
                out.writeInt(o.length());
                for (int i = 0; i < o.length(); i++) {
                    out.writeFloat(o.dx(i));
                    out.writeFloat(o.dy(i));
                    out.writeByte(o.penUp(i) ? 1 : 0);
                }
            }
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /**
     * Reads and verifies a training-set file; a wrong magic, version or checksum is a
     * {@link TrainingSetFormatException}.
     */
    public static TrainingSet read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < MAGIC.length + 4 + 4 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new TrainingSetFormatException(file + ": not an Inkwell training-set file (bad magic)");
        }
        int bodyLength = bytes.length - 4;
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bodyLength);
        int stored = ByteBuffer.wrap(bytes, bodyLength, 4).getInt();
        if (stored != (int) crc.getValue()) {
            throw new TrainingSetFormatException(file + ": checksum mismatch, the file is damaged or truncated");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bodyLength);
        in.position(MAGIC.length);
        try {
            int version = in.getInt();
            if (version != VERSION) {
                throw new TrainingSetFormatException(file + ": format version " + version
                        + ", this build reads version " + VERSION);
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            int entries = count(in, file);
            for (int i = 0; i < entries; i++) {
                metadata.put(readString(in, file), readString(in, file));
            }
            int trainCount = count(in, file);
            int validationCount = count(in, file);
            List<TrainingSample> train = readSamples(in, trainCount, file);
            List<TrainingSample> validation = readSamples(in, validationCount, file);
            if (in.hasRemaining()) {
                throw new TrainingSetFormatException(file + ": " + in.remaining() + " bytes after the last sample");
            }
            return new TrainingSet(metadata, train, validation);
        } catch (BufferUnderflowException e) {
            throw new TrainingSetFormatException(file + ": ends inside a record");
        }
    }

    private static List<TrainingSample> readSamples(ByteBuffer in, int count, Path file) throws IOException {
        List<TrainingSample> samples = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String text = readString(in, file);
            String writer = readString(in, file);
            int category = in.get() & 0xFF;
            int n = count(in, file);
            if ((long) n * 9 > in.remaining()) {
                throw new TrainingSetFormatException(file + ": sample " + i + " claims " + n + " points");
            }
            float[] dx = new float[n];
            float[] dy = new float[n];
            boolean[] up = new boolean[n];
            for (int j = 0; j < n; j++) {
                dx[j] = in.getFloat();
                dy[j] = in.getFloat();
                up[j] = in.get() != 0;
            }
            samples.add(new TrainingSample(text, writer, category, new OffsetSequence(dx, dy, up)));
        }
        return samples;
    }

    private static int count(ByteBuffer in, Path file) throws TrainingSetFormatException {
        int n = in.getInt();
        if (n < 0) {
            throw new TrainingSetFormatException(file + ": negative count " + n);
        }
        return n;
    }

    private static String readString(ByteBuffer in, Path file) throws TrainingSetFormatException {
        int n = count(in, file);
        if (n > in.remaining()) {
            throw new TrainingSetFormatException(file + ": string of " + n + " bytes runs past the end");
        }
        byte[] b = new byte[n];
        in.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
