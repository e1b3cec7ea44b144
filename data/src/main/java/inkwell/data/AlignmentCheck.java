package inkwell.data;

import inkwell.model.Sampler;

/**
 * Whether a written line followed its text: it ended by the stop rule (not the step budget), and the character
 * with the most attention moved through the text in order, reaching every character (none skipped) and never
 * going back to an earlier one (none revisited). The check ends where the attention first rests on the position
 * after the last character: the sampler's stop rule has fired there, and the steps after it only finish the last
 * stroke with the window beyond the text, where every character's weight is small and which one is largest says
 * nothing about the writing.
 */
public record AlignmentCheck(boolean stoppedByRule, boolean inOrder, int skipped, int revisits, int longestReturn) {

    /**
     * How many steps at most a return may last to count as brief: the attention is soft and often rests on two
     * neighbouring characters at once, so the largest weight can flick back to the earlier one for a step or two
     * while the pen moves on (a character takes about 12 steps at this project's resampling).
     */
    public static final int BRIEF_STEPS = 2;

    public boolean success() {
        return stoppedByRule && inOrder;
    }

    /**
     * Whether the line failed only by brief returns: it ended by the stop rule, skipped nothing, and each time the
     * attended character went back behind the furthest one reached it came forward again within
     * {@link #BRIEF_STEPS} steps. Reported beside the strict rate, never counted as a success.
     */
    public boolean failedOnlyByBriefReturns() {
        return stoppedByRule && !inOrder && skipped == 0 && longestReturn <= BRIEF_STEPS;
    }

    /**
     * Counts, over the steps, moves of the attended character back to an earlier one, characters never attended,
     * and the longest stretch of steps spent behind the furthest character reached.
     */
    public static AlignmentCheck of(Sampler.Line line) {
        float[][] phi = line.phi();
        int chars = phi.length == 0 ? 0 : phi[0].length - 1;
        boolean[] seen = new boolean[chars];
        int previous = 0, revisits = 0, furthest = 0, behind = 0, longestReturn = 0;
        for (float[] row : phi) {
            int best = 0;
            for (int u = 1; u <= chars; u++) {
                if (row[u] > row[best]) {
                    best = u;
                }
            }
            if (best < previous) {
                revisits++;
            }
            if (best == chars) {
                break;
            }
            behind = best < furthest ? behind + 1 : 0;
            longestReturn = Math.max(longestReturn, behind);
            furthest = Math.max(furthest, best);
            seen[best] = true;
            previous = best;
        }
        int skipped = 0;
        for (boolean s : seen) {
            skipped += s ? 0 : 1;
        }
        return new AlignmentCheck(line.finished(), skipped == 0 && revisits == 0, skipped, revisits, longestReturn);
    }
}
