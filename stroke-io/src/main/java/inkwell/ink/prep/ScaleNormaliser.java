package inkwell.ink.prep;

import inkwell.ink.Ink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Brings every group of inks (a UNIPEN contributor: one tablet, one set of headers) to a common size. The
 * points-per-inch headers of several contributors do not match their ink (some come out 3 to 4 times too large),
 * so the size is measured on the ink itself: the median, over a group's samples, of pen path length per
 * non-space character of the label. Each group is scaled so that this median becomes {@code target}.
 */
public final class ScaleNormaliser {
    private final Map<String, Double> factors;
    private final Map<String, Double> medians;

    private ScaleNormaliser(double target, Map<String, Double> medians) {
        this.medians = Map.copyOf(medians);
        Map<String, Double> f = new HashMap<>();
        medians.forEach((group, median) -> f.put(group, target / median));
        this.factors = Map.copyOf(f);
    }

    /** Ink length per non-space character of the label, or empty when the label has none. */
    public static OptionalDouble inkPerCharacter(Ink ink) {
        long chars = ink.text().codePoints().filter(c -> !Character.isWhitespace(c)).count();
        return chars == 0 ? OptionalDouble.empty() : OptionalDouble.of(InkGeometry.pathLength(ink) / chars);
    }

    /** Collects the per-sample measure of each group; {@link #build} takes the medians. */
    public static final class Builder {
        private final Map<String, List<Double>> perGroup = new HashMap<>();

        public Builder add(String group, Ink ink) {
            OptionalDouble v = inkPerCharacter(ink);
            if (v.isPresent() && v.getAsDouble() > 0) {
                perGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(v.getAsDouble());
            }
            return this;
        }

        public ScaleNormaliser build(double target) {
            Map<String, Double> medians = new HashMap<>();
            perGroup.forEach((group, values) -> medians.put(group, median(values)));
            return new ScaleNormaliser(target, medians);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    public boolean isMeasured(String group) {
        return factors.containsKey(group);
    }

    /** The factor for a group; a group never measured raises an error rather than pass through at a wrong size. */
    public double factor(String group) {
        Double f = factors.get(group);
        if (f == null) {
            throw new IllegalArgumentException("no scale measured for group '" + group + "'");
        }
        return f;
    }

    /** The measured median ink length per character of each group, in the units the inks came in. */
    public Map<String, Double> medians() {
        return medians;
    }

    public Ink apply(String group, Ink ink) {
        return InkGeometry.scale(ink, factor(group));
    }
}
