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
public record AlignmentCheck(boolean stoppedByRule, boolean inOrder, int skipped, int revisits) {

    public boolean success() {
        return stoppedByRule && inOrder;
    }

    /** Counts, over the steps, moves of the attended character back to an earlier one, and characters never attended. */
    public static AlignmentCheck of(Sampler.Line line) {
        float[][] phi = line.phi();
        int chars = phi.length == 0 ? 0 : phi[0].length - 1;
        boolean[] seen = new boolean[chars];
        int previous = 0, revisits = 0;
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
            seen[best] = true;
            previous = best;
        }
        int skipped = 0;
        for (boolean s : seen) {
            skipped += s ? 0 : 1;
        }
        return new AlignmentCheck(line.finished(), skipped == 0 && revisits == 0, skipped, revisits);
    }
}
