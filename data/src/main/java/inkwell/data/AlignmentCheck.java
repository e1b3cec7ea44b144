package inkwell.data;

import inkwell.model.Sampler;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a written line followed its text: it ended by the stop rule (not the step budget), and the character
 * with the most attention moved through the text in order, reaching every character (none skipped) and never
 * going back to an earlier one (none revisited). The check ends where the attention first rests on the position
 * after the last character: the sampler's stop rule has fired there, and the steps after it only finish the last
 * stroke with the window beyond the text, where every character's weight is small and which one is largest says
 * nothing about the writing.
 */
public record AlignmentCheck(boolean stoppedByRule, boolean inOrder, int skipped, int revisits, List<Return> returns) {

    /**
     * How many steps at most a return may last to count as brief: the attention is soft and often rests on two
     * neighbouring characters at once, so the largest weight can flick back to the earlier one for a step or two
     * while the pen moves on (a character takes about 12 steps at this project's resampling).
     */
    public static final int BRIEF_STEPS = 2;

    public AlignmentCheck {
        returns = List.copyOf(returns);
    }

    /**
     * A stretch of steps during which the attended character was behind the furthest one reached: from step
     * {@code step}, for {@code steps} steps, the attention went back from character {@code from} to (at first)
     * character {@code to}, with {@code weight} the window's total weight at that first step.
     */
    public record Return(int step, int from, int to, int steps, float weight) {
        public String describe(String text) {
            return String.format("step %d: back from %d '%c' to %d '%c' for %d step%s (window weight %.2f)", step, from,
                    text.charAt(from), to, text.charAt(to), steps, steps == 1 ? "" : "s", weight);
        }
    }

    public boolean success() {
        return stoppedByRule && inOrder;
    }

    /** The longest stretch of steps spent behind the furthest character reached (0 when it never went back). */
    public int longestReturn() {
        return returns.stream().mapToInt(Return::steps).max().orElse(0);
    }

    /**
     * Whether the line failed only by brief returns: it ended by the stop rule, skipped nothing, and each time the
     * attended character went back behind the furthest one reached it came forward again within
     * {@link #BRIEF_STEPS} steps. Reported beside the strict rate, never counted as a success.
     */
    public boolean failedOnlyByBriefReturns() {
        return stoppedByRule && !inOrder && skipped == 0 && longestReturn() <= BRIEF_STEPS;
    }

    /** What went wrong, in a line, for a person reading an evaluation (empty for a success). */
    public String describeFailure(String text) {
        List<String> parts = new ArrayList<>();
        if (!stoppedByRule) {
            parts.add("ran out of steps");
        }
        if (skipped > 0) {
            parts.add(skipped + " character" + (skipped == 1 ? "" : "s") + " never attended");
        }
        returns.forEach(r -> parts.add(r.describe(text)));
        return String.join("; ", parts);
    }

    /**
     * Counts, over the steps, moves of the attended character back to an earlier one and characters never
     * attended, and lists the stretches of steps spent behind the furthest character reached.
     */
    public static AlignmentCheck of(Sampler.Line line) {
        float[][] phi = line.phi();
        int chars = phi.length == 0 ? 0 : phi[0].length - 1;
        boolean[] seen = new boolean[chars];
        List<Return> returns = new ArrayList<>();
        int previous = 0, revisits = 0, furthest = 0;
        Return open = null;
        for (int t = 0; t < phi.length; t++) {
            float[] row = phi[t];
            int best = 0;
            float weight = 0;
            for (int u = 0; u <= chars; u++) {
                weight += row[u];
                if (row[u] > row[best]) {
                    best = u;
                }
            }
            if (best < previous) {
                revisits++;
            }
            if (best < furthest && best != chars) {
                open = open == null ? new Return(t, furthest, best, 1, weight)
                        : new Return(open.step(), open.from(), open.to(), open.steps() + 1, open.weight());
            } else if (open != null) {
                returns.add(open);
                open = null;
            }
            if (best == chars) {
                break;
            }
            furthest = Math.max(furthest, best);
            seen[best] = true;
            previous = best;
        }
        if (open != null) {
            returns.add(open);
        }
        int skipped = 0;
        for (boolean s : seen) {
            skipped += s ? 0 : 1;
        }
        return new AlignmentCheck(line.finished(), skipped == 0 && revisits == 0, skipped, revisits, returns);
    }
}
