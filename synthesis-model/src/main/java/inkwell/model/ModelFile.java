package inkwell.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The model archive (a zip): {@code model.json} (format version, architecture, alphabet, offset statistics,
 * parameter layout, provenance), {@code weights.bin} (float32, little-endian, the flat parameter vector),
 * optional extra entries (a checkpoint's optimiser and trainer state), and {@code SHA256}, the digest of every
 * other entry in order. Written to a temporary file and renamed, so a crash never leaves a half-written model;
 * a truncated or altered file fails its checksum and is refused.
 */
public final class ModelFile {
    public static final String FORMAT = "inkwell-model";
    public static final int VERSION = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_ENTRY_BYTES = 512L << 20;

    private ModelFile() {
    }

    /** What a model file holds besides the model: named float arrays and a JSON document (checkpoints). */
    public record Contents(HandwritingModel model, Map<String, float[]> extraArrays, JsonNode extraJson) {
    }

    public static void write(Path path, HandwritingModel model) throws IOException {
        write(path, model, Map.of(), null);
    }

    public static void write(Path path, HandwritingModel model, Map<String, INDArray> extraArrays, JsonNode extraJson)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("model.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(describe(model)));
        entries.put("weights.bin", toBytes(model.network().parameters().flat()));
        for (Map.Entry<String, INDArray> e : extraArrays.entrySet()) {
            entries.put("extra/" + e.getKey() + ".bin", toBytes(e.getValue()));
        }
        if (extraJson != null) {
            entries.put("extra.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(extraJson));
        }
        MessageDigest digest = digestOf(entries);
        entries.put("SHA256", HexFormat.of().formatHex(digest.digest()).getBytes(StandardCharsets.US_ASCII));

        Path dir = path.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static HandwritingModel read(Path path) throws IOException {
        return readContents(path).model();
    }

    public static Contents readContents(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return readContents(in, path.toString());
        }
    }

    /** Reads a model from a stream (e.g. the one embedded in the jar); {@code name} appears in errors. */
    public static Contents readContents(InputStream in, String name) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries.put(e.getName(), readBounded(zip, name));
            }
        } catch (IOException | IllegalArgumentException ex) {
            // ZipInputStream throws IllegalArgumentException for an entry name that is not valid UTF-8
            throw new ModelFileException(name + " is not a readable model file (truncated or corrupt): "
                    + ex.getMessage());
        }
        byte[] expected = entries.remove("SHA256");
        if (expected == null || !entries.containsKey("model.json") || !entries.containsKey("weights.bin")) {
            throw new ModelFileException(name + " is not a complete model file: it lacks "
                    + (expected == null ? "its SHA256 checksum" : "model.json or weights.bin") + " (truncated?)");
        }
        MessageDigest digest = digestOf(entries);
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(new String(expected, StandardCharsets.US_ASCII).trim())) {
            throw new ModelFileException(name + " fails its checksum: the file was altered or damaged");
        }
        for (String entry : entries.keySet()) {
            // a writer that is not this class could have added entries; only the known ones are read
            boolean known = entry.equals("model.json") || entry.equals("weights.bin") || entry.equals("extra.json")
                    || entry.startsWith("extra/") && entry.endsWith(".bin");
            if (!known) {
                throw new ModelFileException(name + " has an entry named '" + entry + "', which no model file has:"
                        + " the file was altered or damaged");
            }
        }
        JsonNode meta = JSON.readTree(entries.get("model.json"));
        if (!FORMAT.equals(meta.path("format").asText()) || meta.path("version").asInt() != VERSION) {
            throw new ModelFileException(name + " is format '" + meta.path("format").asText() + "' version "
                    + meta.path("version").asInt() + "; this build reads " + FORMAT + " version " + VERSION);
        }
        NetworkConfig config = configFrom(meta.path("config"));
        ParameterSet params = ParameterSet.zeros(SynthesisNetwork.layout(config), DataType.FLOAT);
        float[] weights = toFloats(entries.get("weights.bin"));
        if (weights.length != params.size()) {
            throw new ModelFileException(name + " holds " + weights.length + " weights; its configuration needs "
                    + params.size());
        }
        params.flat().assign(Nd4j.createFromArray(weights));
        JsonNode st = meta.path("stats");
        OffsetStats stats = new OffsetStats(st.path("meanX").asDouble(), st.path("meanY").asDouble(),
                st.path("stdX").asDouble(), st.path("stdY").asDouble());
        Map<String, String> prov = new LinkedHashMap<>();
        meta.path("provenance").fields().forEachRemaining(f -> prov.put(f.getKey(), f.getValue().asText()));
        Map<String, float[]> extras = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().startsWith("extra/") && e.getKey().endsWith(".bin")) {
                extras.put(e.getKey().substring(6, e.getKey().length() - 4), toFloats(e.getValue()));
            }
        }
        JsonNode extraJson = entries.containsKey("extra.json") ? JSON.readTree(entries.get("extra.json")) : null;
        HandwritingModel model = new HandwritingModel(new SynthesisNetwork(config, params), stats,
                new Provenance(prov));
        return new Contents(model, extras, extraJson);
    }

    private static ObjectNode describe(HandwritingModel model) {
        NetworkConfig c = model.config();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode cfg = root.putObject("config");
        cfg.put("layers", c.layers());
        cfg.put("hidden", c.hidden());
        cfg.put("windowMixtures", c.windowMixtures());
        cfg.put("outputMixtures", c.outputMixtures());
        cfg.put("alphabet", c.alphabet().characters());
        cfg.put("conditional", c.conditional());
        cfg.put("kappaBias", c.kappaBias());
        cfg.put("peepholes", c.peepholes());
        ObjectNode st = root.putObject("stats");
        st.put("meanX", model.stats().meanX());
        st.put("meanY", model.stats().meanY());
        st.put("stdX", model.stats().stdX());
        st.put("stdY", model.stats().stdY());
        ArrayNode blocks = root.putArray("parameters");
        model.network().parameters().layout().forEach((k, v) ->
                blocks.addObject().put("name", k).put("rows", v[0]).put("cols", v[1]));
        ObjectNode prov = root.putObject("provenance");
        model.provenance().entries().forEach(prov::put);
        return root;
    }

    private static NetworkConfig configFrom(JsonNode c) throws ModelFileException {
        try {
            return new NetworkConfig(c.path("layers").asInt(), c.path("hidden").asInt(),
                    c.path("windowMixtures").asInt(), c.path("outputMixtures").asInt(),
                    new Alphabet(c.path("alphabet").asText()), c.path("conditional").asBoolean(),
                    c.path("kappaBias").asDouble(), c.path("peepholes").asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw new ModelFileException("the model's configuration is invalid: " + e.getMessage());
        }
    }

    private static byte[] readBounded(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > MAX_ENTRY_BYTES) {
                throw new ModelFileException(name + " has an entry over " + (MAX_ENTRY_BYTES >> 20) + " MB");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static byte[] toBytes(INDArray a) {
        float[] f = a.castTo(DataType.FLOAT).dup('c').data().asFloat();
        ByteBuffer bb = ByteBuffer.allocate(f.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bb.asFloatBuffer().put(f);
        return bb.array();
    }

    private static float[] toFloats(byte[] bytes) {
        float[] f = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(f);
        return f;
    }

    /** Names and contents of every entry in order: a renamed entry fails the checksum like an altered one. */
    private static MessageDigest digestOf(Map<String, byte[]> entries) {
        MessageDigest digest = sha256();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            digest.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(e.getValue());
        }
        return digest;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A model file that cannot be used; the message says why. */
    public static final class ModelFileException extends IOException {
        public ModelFileException(String message) {
            super(message);
        }
    }
}
