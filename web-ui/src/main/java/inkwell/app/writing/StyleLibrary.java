package inkwell.app.writing;

import inkwell.ink.Ink;
import inkwell.ink.InkFormatException;
import inkwell.ink.OffsetSequence;
import inkwell.ink.format.InkJson;
import inkwell.ink.prep.InkGeometry;
import inkwell.model.Sampler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The named styles a user can choose: primes shipped as resources. Every jar on the class path may hold an index
 * {@code /inkwell/styles/index.json}, {@code {"styles": ["name", ...]}}, and one Inkwell JSON ink per name at
 * {@code /inkwell/styles/<name>.json} whose {@code text} is what the ink says.
 * <p>
 * A style file holds ink already in the model's ink space (the space of the training set: y up, about 10 units
 * of pen path per character, points about 0.75 units apart), such as ink the model wrote itself. It is used as
 * it is: translated so that its first point is at the origin and turned into offsets.
 * <p>
 * Names are lowercase letters, digits and inner hyphens, so a name can never reach outside the styles folder;
 * {@value #NONE} (or no name) means unprimed writing.
 */
public final class StyleLibrary {
    public static final String NONE = "none";
    public static final String INDEX = "inkwell/styles/index.json";
    /** A style is a line or two of handwriting; anything bigger is a mistake in the resources. */
    static final int MAX_STYLE_POINTS = 5000;
    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A style: its name, the text of its ink, and the prime the sampler reads. */
    public record Style(String name, String text, Sampler.Prime prime) {
    }

    private final Map<String, Style> styles;

    private StyleLibrary(Map<String, Style> styles) {
        this.styles = Map.copyOf(styles);
    }

    public static StyleLibrary empty() {
        return new StyleLibrary(Map.of());
    }

    /** Every style listed by an index on the class path; a listed style that is missing or invalid is an error. */
    public static StyleLibrary fromClasspath(ClassLoader loader) throws IOException {
        Map<String, Style> styles = new TreeMap<>();
        Enumeration<URL> indexes = loader.getResources(INDEX);
        while (indexes.hasMoreElements()) {
            URL index = indexes.nextElement();
            for (String name : names(index)) {
                styles.put(name, load(loader, name));
            }
        }
        return new StyleLibrary(styles);
    }

    /** Throws IllegalArgumentException unless the name is {@value #NONE} or a well-formed style name. */
    public static void requireValidName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a style name is 1 to 40 lowercase letters, digits and inner hyphens");
        }
    }

    /** All styles, sorted by name. */
    public Collection<Style> styles() {
        return new TreeMap<>(styles).values();
    }

    /** The prime of a style; empty for {@value #NONE}, null or "". Throws for a malformed or unknown name. */
    public Optional<Sampler.Prime> prime(String name) {
        if (name == null || name.isEmpty() || name.equals(NONE)) {
            return Optional.empty();
        }
        requireValidName(name);
        Style style = styles.get(name);
        if (style == null) {
            throw new IllegalArgumentException("there is no style '" + name + "'; available: "
                    + String.join(", ", available()));
        }
        return Optional.of(style.prime());
    }

    private List<String> available() {
        List<String> names = new ArrayList<>(List.of(NONE));
        names.addAll(new TreeMap<>(styles).keySet());
        return names;
    }

    private static List<String> names(URL index) throws IOException {
        JsonNode root;
        try (InputStream in = index.openStream()) {
            root = JSON.readTree(in);
        }
        JsonNode list = root == null ? null : root.get("styles");
        if (list == null || !list.isArray()) {
            throw new IOException(index + ": expected {\"styles\": [\"name\", ...]}");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode n : list) {
            String name = n.asText();
            if (!n.isTextual() || !NAME.matcher(name).matches() || name.equals(NONE)) {
                throw new IOException(index + ": '" + name + "' is not a valid style name");
            }
            names.add(name);
        }
        return names;
    }

    private static Style load(ClassLoader loader, String name) throws IOException {
        String resource = "inkwell/styles/" + name + ".json";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the style index lists '" + name + "' but " + resource + " is missing");
            }
            Ink ink = new InkJson(MAX_STYLE_POINTS).read(in, resource);
            if (ink.text().isBlank() || ink.pointCount() < 2) {
                throw new InkFormatException(resource + ": a style needs its text and at least two points");
            }
            Sampler.Prime prime = new Sampler.Prime(OffsetSequence.fromInk(InkGeometry.firstPointAtOrigin(ink)),
                    ink.text());
            return new Style(name, ink.text(), prime);
        }
    }
}
