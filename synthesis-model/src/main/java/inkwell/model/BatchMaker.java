package inkwell.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Cuts a set of examples into length-bucketed batches (sequences of similar length together, so little of a
 * batch is padding) in an order fixed by the epoch's seed, so a resumed run sees exactly the batches it would
 * have seen. Examples longer than the step limit or with characters outside the alphabet are left out, counted.
 */
public final class BatchMaker {
    private static final int POOL_BATCHES = 50;
    private final List<TrainingExample> examples = new ArrayList<>();
    private final List<int[]> codes = new ArrayList<>();
    private final OffsetStats stats;
    private final int batchSize;
    private final int droppedTooLong;
    private final int droppedCharacters;

    public BatchMaker(List<TrainingExample> all, OffsetStats stats, Alphabet alphabet, int batchSize, int maxSteps) {
        this.stats = stats;
        this.batchSize = batchSize;
        int tooLong = 0, chars = 0;
        for (TrainingExample e : all) {
            if (e.steps() > maxSteps) {
                tooLong++;
                continue;
            }
            try {
                codes.add(alphabet.encode(e.text()));
                examples.add(e);
            } catch (Alphabet.UnsupportedCharactersException ex) {
                chars++;
            }
        }
        droppedTooLong = tooLong;
        droppedCharacters = chars;
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no usable examples: " + tooLong + " longer than " + maxSteps
                    + " steps, " + chars + " with characters outside the alphabet");
        }
    }

    public int size() {
        return examples.size();
    }

    public int droppedTooLong() {
        return droppedTooLong;
    }

    public int droppedCharacters() {
        return droppedCharacters;
    }

    /** The longest text, in characters: the window's buffers are sized by it. */
    public int maxChars() {
        int u = 0;
        for (int[] c : codes) {
            u = Math.max(u, c.length);
        }
        return u;
    }

    public long totalSteps() {
        long n = 0;
        for (TrainingExample e : examples) {
            n += e.steps();
        }
        return n;
    }

    /** The real steps of a group's examples, as its batch's {@link Batch#realSteps()} counts them. */
    public long steps(int[] group) {
        long n = 0;
        for (int i : group) {
            n += examples.get(i).steps();
        }
        return n;
    }

    /** The batches of one epoch: shuffled, sorted by length within pools, then the batch order shuffled. */
    public List<int[]> epoch(long seed) {
        Random rng = new Random(seed);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, rng);
        List<int[]> batches = new ArrayList<>();
        int pool = POOL_BATCHES * batchSize;
        for (int from = 0; from < order.size(); from += pool) {
            List<Integer> chunk = new ArrayList<>(order.subList(from, Math.min(order.size(), from + pool)));
            chunk.sort(Comparator.comparingInt(i -> examples.get(i).steps()));
            for (int b = 0; b < chunk.size(); b += batchSize) {
                List<Integer> group = chunk.subList(b, Math.min(chunk.size(), b + batchSize));
                batches.add(group.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        Collections.shuffle(batches, rng);
        return batches;
    }

    /** A padded batch of the given examples; a short group is filled with fully masked copies of its first. */
    public Batch make(int[] group) {
        return make(group, batchSize);
    }

    /** As {@link #make(int[])}, for a batch of {@code rows} rows (at least the group's size). */
    public Batch make(int[] group, int rows) {
        if (group.length == 0 || group.length > rows) {
            throw new IllegalArgumentException("a batch of " + rows + " rows holds 1 to " + rows
                    + " examples, not " + group.length);
        }
        int steps = 0;
        for (int i : group) {
            steps = Math.max(steps, examples.get(i).steps());
        }
        float[] in = new float[3 * rows * steps], out = new float[3 * rows * steps];
        float[] mask = new float[rows * steps];
        int[][] chars = new int[rows][];
        for (int b = 0; b < rows; b++) {
            boolean real = b < group.length;
            int idx = group[real ? b : 0];
            TrainingExample e = examples.get(idx);
            chars[b] = codes.get(idx);
            var o = e.offsets();
            for (int t = 0; t < e.steps(); t++) {
                int row = t * rows + b;
                in[3 * row] = t == 0 ? 0f : stats.normaliseX(o.dx(t));
                in[3 * row + 1] = t == 0 ? 0f : stats.normaliseY(o.dy(t));
                in[3 * row + 2] = o.penUp(t) ? 1f : 0f;
                out[3 * row] = stats.normaliseX(o.dx(t + 1));
                out[3 * row + 1] = stats.normaliseY(o.dy(t + 1));
                out[3 * row + 2] = o.penUp(t + 1) ? 1f : 0f;
                mask[row] = real ? 1f : 0f;
            }
        }
        return new Batch(rows, steps, in, out, mask, chars);
    }
}
