package inkwell.data;

import inkwell.model.Sampler;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a written line followed its text: it ended by the stop rule (not the step budget), and the character
 * with the most attention moved through the text in order, reaching every character (none skipped) and not going
 * back to an earlier one for longer than {@link #MAX_RETURN_STEPS} steps (none revisited). The check ends where
 * the attention first rests on the position after the last character: the sampler's stop rule has fired there,
 * and the steps after it only finish the last stroke with the window beyond the text, where every character's
 * weight is small and which one is largest says nothing about the writing.
 *
 * <p>The strict form allows no return at all. It is reported too, but it is not what a revisit means in
 * handwriting: people's own held-out lines, read by the default model under teacher forcing, pass it only 76% of
 * the time (94% pass the check; see {@link Evaluation#likelihood}), because the soft attention flicks back for a step
 * or two where two neighbouring characters share the window, and a lagging window Gaussian takes the largest weight for
 * a moment when the leading ones fade (during pen-up moves, dots and crossings).
 */
public record AlignmentCheck(boolean stoppedByRule, List<Integer> skippedCharacters, List<Return> returns) {

    /**
     * The longest return that is not a revisit: half of the 12.6 points a character takes at this project's
     * resampling. A shorter one cannot write the character again; a longer one is where letters get doubled.
     */
    public static final int MAX_RETURN_STEPS = 6;

    public AlignmentCheck {
        skippedCharacters = List.copyOf(skippedCharacters);
        returns = List.copyOf(returns);
    }

    /** How many characters the attention never rested on. */
    public int skipped() {
        return skippedCharacters.size();
    }

    /**
     * A stretch of steps during which the attended character was behind the furthest one reached: from step
     * {@code step}, for {@code steps} steps, the attention went back from character {@code from} to (at first)
     * character {@code to}, with {@code weight} the window's total weight at that first step.
     */
    public record Return(int step, int from, int to, int steps, float weight) {
        public boolean isRevisit() {
            return steps > MAX_RETURN_STEPS;
        }

        public String describe(String text) {
            return String.format("step %d: back from %d '%c' to %d '%c' for %d step%s (window weight %.2f)", step, from,
                    text.charAt(from), to, text.charAt(to), steps, steps == 1 ? "" : "s", weight);
        }
    }

    public int revisits() {
        return (int) returns.stream().filter(Return::isRevisit).count();
    }

    public boolean success() {
        return stoppedByRule && skippedCharacters.isEmpty() && revisits() == 0;
    }

    /** The strict form: as {@link #success()}, and the attention never went back at all, not even for a step. */
    public boolean strictSuccess() {
        return success() && returns.isEmpty();
    }

    /** What went wrong, in a line, for a person reading an evaluation: the revisits first, then brief returns. */
    public String describeFailure(String text) {
        List<String> parts = new ArrayList<>();
        if (!stoppedByRule) {
            parts.add("ran out of steps");
        }
        skippedCharacters.forEach(u -> parts.add(String.format("never attended %d '%c'", u, text.charAt(u))));
        returns.stream().filter(Return::isRevisit).forEach(r -> parts.add("revisit at " + r.describe(text)));
        returns.stream().filter(r -> !r.isRevisit()).forEach(r -> parts.add("brief return at " + r.describe(text)));
        return String.join("; ", parts);
    }

    public static AlignmentCheck of(Sampler.Line line) {
        return of(line.phi(), line.finished());
    }

    /**
     * Judges attention rows phi(t, u), each over the text's characters and the position after them (the last
     * entry), of a line the stop rule ended or not.
     */
    public static AlignmentCheck of(float[][] phi, boolean stoppedByRule) {
        int chars = phi.length == 0 ? 0 : phi[0].length - 1;
        boolean[] seen = new boolean[chars];
        List<Return> returns = new ArrayList<>();
        int furthest = 0;
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
            if (best < furthest) {
                open = open == null ? new Return(t, furthest, best, 1, weight)
                        : new Return(open.step(), open.from(), open.to(), open.steps() + 1, open.weight());
                seen[best] = true;
                continue;
            }
            if (open != null) {
                returns.add(open);
                open = null;
            }
            if (best == chars) {
                break;
            }
            furthest = best;
            seen[best] = true;
        }
        if (open != null) {
            returns.add(open);
        }
        List<Integer> skipped = new ArrayList<>();
        for (int u = 0; u < chars; u++) {
            if (!seen[u]) {
                skipped.add(u);
            }
        }
        return new AlignmentCheck(stoppedByRule, skipped, returns);
    }
}
