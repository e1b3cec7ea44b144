package inkwell.ink.prep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a corpus holds, without any model: samples read and skipped by reason, writers, points, points per
 * character (as recorded and after preprocessing with the default settings), per-group figures and a character
 * histogram. Reads a UNIPEN archive or tree, or an IAM-OnDB tree; {@code InspectReport.of(path).render()}.
 */
public final class InspectReport {
    private final CorpusReport corpus;
    private final Preprocessor.Settings settings;
    private final Map<String, GroupFigures> groups = new TreeMap<>();
    private final Map<Integer, Long> categories = new TreeMap<>();
    private final Map<Integer, Long> characters = new TreeMap<>();
    private final Set<String> writers = new HashSet<>();

    /** Figures of one group (contributor). */
    private static final class GroupFigures {
        final Set<String> writers = new HashSet<>();
        long samples;
        long rawPoints;
        long processedPoints;
        long characters;
        double medianInkPerCharacter;
    }

    private InspectReport(CorpusReport corpus, Preprocessor.Settings settings) {
        this.corpus = corpus;
        this.settings = settings;
    }

    public static InspectReport of(Path path) throws IOException {
        return of(Corpus.open(path), Preprocessor.Settings.defaults());
    }

    /** Reads the corpus twice: once to measure sizes, once to count and preprocess. */
    public static InspectReport of(Corpus corpus, Preprocessor.Settings settings) throws IOException {
        Preprocessor prep = Preprocessor.fit(corpus, settings);
        InspectReport[] report = new InspectReport[1];
        Map<String, GroupFigures> groups = new TreeMap<>();
        Map<Integer, Long> categories = new TreeMap<>();
        Map<Integer, Long> characters = new TreeMap<>();
        Set<String> writers = new HashSet<>();
        CorpusReport read = corpus.read(sample -> {
            GroupFigures g = groups.computeIfAbsent(sample.group(), k -> new GroupFigures());
            String text = sample.ink().text();
            g.samples++;
            g.writers.add(sample.ink().writer());
            g.rawPoints += sample.ink().pointCount();
            g.processedPoints += prep.apply(sample).pointCount();
            g.characters += text.length();
            writers.add(sample.ink().writer());
            categories.merge(sample.category(), 1L, Long::sum);
            text.codePoints().forEach(c -> characters.merge(c, 1L, Long::sum));
        });
        InspectReport r = new InspectReport(read, settings);
        prep.scale().medians().forEach((group, median) -> {
            if (groups.containsKey(group)) {
                groups.get(group).medianInkPerCharacter = median;
            }
        });
        r.groups.putAll(groups);
        r.categories.putAll(categories);
        r.characters.putAll(characters);
        r.writers.addAll(writers);
        return r;
    }

    public CorpusReport corpus() {
        return corpus;
    }

    public int writers() {
        return writers.size();
    }

    public long points() {
        return groups.values().stream().mapToLong(g -> g.rawPoints).sum();
    }

    public long characters() {
        return groups.values().stream().mapToLong(g -> g.characters).sum();
    }

    public long processedPoints() {
        return groups.values().stream().mapToLong(g -> g.processedPoints).sum();
    }

    /** Label characters (code points) and how often each occurs. */
    public Map<Integer, Long> characterHistogram() {
        return java.util.Collections.unmodifiableMap(characters);
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("# Corpus: ").append(corpus.source()).append("\n\n");
        out.append(String.format(Locale.ROOT, "- files read: %d%n- samples read: %d%n- skipped: %d%n",
                corpus.files(), corpus.samples(), corpus.skippedTotal()));
        corpus.skipped().forEach((why, n) -> out.append(String.format(Locale.ROOT, "  - %d %s%n", n, why)));
        corpus.notes().forEach(note -> out.append("- note: ").append(note).append('\n'));
        out.append("- samples per category: ");
        categories.forEach((c, n) -> out.append(String.format(Locale.ROOT, "%s: %d; ",
                c == CorpusSample.NO_CATEGORY ? "none" : c.toString(), n)));
        out.append('\n');
        long chars = characters();
        out.append(String.format(Locale.ROOT, "- writers: %d, groups (contributors): %d%n", writers(), groups.size()));
        out.append(String.format(Locale.ROOT,
                "- points as recorded: %d, label characters: %d, points per character: %.1f%n",
                points(), chars, points() / (double) Math.max(1, chars)));
        out.append(String.format(Locale.ROOT,
                "- after preprocessing (ink per character %.1f, resampling step %.2f): %d points, %.2f per character%n",
                settings.inkPerCharacter(), settings.step(), processedPoints(),
                processedPoints() / (double) Math.max(1, chars)));
        out.append("\n## Per group\n\n");
        out.append("| group | samples | writers | points | points/char"
                + " | median ink/char (inches; device units without a header) | resampled points/char |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        groups.forEach((name, g) -> out.append(String.format(Locale.ROOT,
                "| %s | %d | %d | %d | %.1f | %.3f | %.1f |%n",
                name, g.samples, g.writers.size(), g.rawPoints, g.rawPoints / (double) Math.max(1, g.characters),
                g.medianInkPerCharacter, g.processedPoints / (double) Math.max(1, g.characters))));
        out.append("\n## Characters in labels\n\n");
        out.append("| character | count |\n|---|---:|\n");
        characters.forEach((c, n) -> out.append(String.format(Locale.ROOT, "| %s | %d |%n", show(c), n)));
        return out.toString();
    }

    private static String show(int c) {
        if (c == ' ') {
            return "(space)";
        }
        if (c == '|') {
            return "\\|";
        }
        if (c == '`') {
            return "(backtick)";
        }
        if (Character.isISOControl(c) || Character.isWhitespace(c)) {
            return String.format(Locale.ROOT, "U+%04X", c);
        }
        return "`" + new String(Character.toChars(c)) + "`";
    }

    /** Prints the report of each path given. */
    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            System.out.println(of(Path.of(arg)).render());
        }
    }
}
