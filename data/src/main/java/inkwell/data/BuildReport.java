package inkwell.data;

import inkwell.ink.prep.CorpusReport;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What a {@link TrainingSetBuilder} run read, dropped and kept, printable for a person. */
public record BuildReport(TrainingSet set, List<CorpusReport> corpora, long considered,
                          Map<FilterReason, Long> filtered, Map<String, Double> groupMedians) {

    public BuildReport {
        corpora = List.copyOf(corpora);
        filtered = filtered.isEmpty() ? new EnumMap<>(FilterReason.class) : new EnumMap<>(filtered);
        groupMedians = new TreeMap<>(groupMedians);
    }

    public long filtered(FilterReason reason) {
        return filtered.getOrDefault(reason, 0L);
    }

    /** Figures of one side of the split. */
    public record Part(int samples, int writers, long points, long characters) {
        public static Part of(List<TrainingSample> samples) {
            Set<String> writers = new HashSet<>();
            long points = 0;
            long chars = 0;
            for (TrainingSample s : samples) {
                writers.add(s.writer());
                points += s.offsets().length();
                chars += s.text().length();
            }
            return new Part(samples.size(), writers.size(), points, chars);
        }

        public double meanLength() {
            return samples == 0 ? 0 : points / (double) samples;
        }

        public double pointsPerCharacter() {
            return characters == 0 ? 0 : points / (double) characters;
        }
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        for (CorpusReport c : corpora) {
            out.append(String.format(Locale.ROOT, "corpus %s: %d files, %d samples read, %d skipped%n",
                    c.source(), c.files(), c.samples(), c.skippedTotal()));
            c.skipped().forEach((why, n) -> out.append(String.format(Locale.ROOT, "  skipped %6d  %s%n", n, why)));
            c.notes().forEach(note -> out.append("  note: ").append(note).append('\n'));
        }
        out.append(String.format(Locale.ROOT, "samples considered: %d%n", considered));
        for (FilterReason r : FilterReason.values()) {
            out.append(String.format(Locale.ROOT, "  filtered %6d  %s%n", filtered(r), r.description()));
        }
        for (String side : List.of("train", "validation")) {
            Part p = Part.of(side.equals("train") ? set.train() : set.validation());
            out.append(String.format(Locale.ROOT,
                    "%-10s %6d samples, %4d writers, %9d points, mean length %.1f points, %.2f points/char%n",
                    side, p.samples(), p.writers(), p.points(), p.meanLength(), p.pointsPerCharacter()));
        }
        Map<String, String> m = set.metadata();
        if (m.containsKey("offsets.train.stdDx")) {
            out.append(String.format(Locale.ROOT, "train offsets: mean (%s, %s), std (%s, %s)%n",
                    m.get("offsets.train.meanDx"), m.get("offsets.train.meanDy"),
                    m.get("offsets.train.stdDx"), m.get("offsets.train.stdDy")));
        }
        return out.toString();
    }
}
