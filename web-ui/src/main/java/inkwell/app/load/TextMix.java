package inkwell.app.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which kinds of text a run sends and how often, as weights: {@code word:2,sentence:2,paragraph:1} sends two
 * words and two sentences for every paragraph. Requests take the kinds in a fixed interleaved order rather than
 * at random, so two runs with the same settings send the same texts.
 */
public final class TextMix {
    private final Map<TextKind, Integer> weights;
    private final List<TextKind> order;

    private TextMix(Map<TextKind, Integer> weights) {
        this.weights = weights;
        List<TextKind> order = new ArrayList<>();
        int most = Collections.max(weights.values());
        for (int round = 0; round < most; round++) {
            for (Map.Entry<TextKind, Integer> w : weights.entrySet()) {
                if (round < w.getValue()) {
                    order.add(w.getKey());
                }
            }
        }
        this.order = List.copyOf(order);
    }

    /** Parses {@code kind:weight,...}; a kind without a weight counts once. */
    public static TextMix parse(String spec) {
        Map<TextKind, Integer> weights = new EnumMap<>(TextKind.class);
        for (String part : spec.split(",")) {
            String[] kindAndWeight = part.strip().split(":", 2);
            TextKind kind = TextKind.parse(kindAndWeight[0].strip());
            int weight;
            try {
                weight = kindAndWeight.length == 1 ? 1 : Integer.parseInt(kindAndWeight[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("weight of " + kind.label() + " is not a whole number");
            }
            if (weight < 1 || weight > 100) {
                throw new IllegalArgumentException("weight of " + kind.label() + " must be 1 to 100");
            }
            if (weights.put(kind, weight) != null) {
                throw new IllegalArgumentException(kind.label() + " appears twice");
            }
        }
        return new TextMix(weights);
    }

    /** The kind of the n-th request. */
    public TextKind kind(long n) {
        return order.get((int) Math.floorMod(n, (long) order.size()));
    }

    public List<TextKind> kinds() {
        return List.copyOf(weights.keySet());
    }

    @Override
    public String toString() {
        return weights.entrySet().stream().map(e -> e.getKey().label() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }
}
