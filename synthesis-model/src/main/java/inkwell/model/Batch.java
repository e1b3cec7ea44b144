package inkwell.model;

/**
 * A padded, masked batch of training sequences, time-major (row t * size + b). Inputs at step t are the
 * (normalised) offset of step t - 1, the targets the offset of step t; the mask is 1 on real steps and 0 on
 * padding. {@code chars[b]} are the one-hot indices of sequence b's text.
 */
public record Batch(int size, int steps, float[] inputs, float[] targets, float[] mask, int[][] chars) {

    public Batch {
        if (inputs.length != 3 * size * steps || targets.length != 3 * size * steps || mask.length != size * steps) {
            throw new IllegalArgumentException("batch arrays do not match " + size + " sequences of " + steps
                    + " steps");
        }
        if (chars.length != size) {
            throw new IllegalArgumentException("expected " + size + " texts, got " + chars.length);
        }
    }

    public int maxChars() {
        int u = 0;
        for (int[] c : chars) {
            u = Math.max(u, c.length);
        }
        return u;
    }

    /** Real (unmasked) steps of sequence b. */
    public int length(int b) {
        int n = 0;
        for (int t = 0; t < steps; t++) {
            n += mask[t * size + b] > 0 ? 1 : 0;
        }
        return n;
    }

    /** Real (unmasked) steps in the batch. */
    public long realSteps() {
        long n = 0;
        for (float m : mask) {
            n += m > 0 ? 1 : 0;
        }
        return n;
    }
}
