package inkwell.model;

import inkwell.ink.OffsetSequence;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sampler's reading of ink (the loss with the inputs clamped to it) is the training loss of the same points:
 * unprimed, of the line as a training sequence whose first point is the start; primed, of the line's points in the
 * sequence "prime, then line" with the text "prime text + line text".
 */
class SamplerLossTest {
    private static final NetworkConfig CONFIG = new NetworkConfig(3, 37, 4, 5, new Alphabet("abcdefgh "), true, -1.0);
    private final HandwritingModel model = new HandwritingModel(SynthesisNetwork.initialise(CONFIG, DataType.FLOAT, 3),
            new OffsetStats(0.3, -0.1, 1.4, 0.9), Provenance.empty());

    @Test
    void unprimedReadingIsTheTrainingLossOfTheLine() {
        OffsetSequence sequence = withStart(ink(40, 1));
        double training = trainingLoss(sequence, "abc");
        double[] read = new Sampler(model).loss(null, ink(40, 1), List.of("abc", "hdeg"));
        assertEquals(training, read[0], 1e-4 * Math.abs(training));
        assertTrue(Math.abs(read[1] - read[0]) > 1e-6 * Math.abs(training),
                "the text read changes the loss: " + read[0] + " and " + read[1]);
    }

    @Test
    void primedReadingIsTheTrainingLossOfTheLineAfterThePrime() {
        OffsetSequence prime = withStart(ink(25, 2)), line = ink(30, 3);
        double whole = trainingLoss(concat(prime, line), "ab cde"), primeAlone = trainingLoss(prime, "ab cde");
        double[] read = new Sampler(model).loss(new Sampler.Prime(prime, "ab"), line, List.of("cde", "cde"));
        assertEquals(whole - primeAlone, read[0], 1e-4 * Math.abs(whole));
        assertEquals(read[0], read[1], 1e-9, "each text its own line of the batch");
    }

    private double trainingLoss(OffsetSequence offsets, String text) {
        BatchMaker batches = new BatchMaker(List.of(new TrainingExample(offsets, text, "w")), model.stats(),
                model.alphabet(), 1, offsets.length());
        return new TrainingPass(model.network(), 1, offsets.length(), batches.maxChars()).loss(batches).loss();
    }

    /** Random offsets, the pen lifted every seventh point and at the end. */
    private static OffsetSequence ink(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] dx = new float[n], dy = new float[n];
        boolean[] up = new boolean[n];
        for (int i = 0; i < n; i++) {
            dx[i] = (float) (1 + rng.nextGaussian());
            dy[i] = (float) rng.nextGaussian();
            up[i] = i % 7 == 6 || i == n - 1;
        }
        return new OffsetSequence(dx, dy, up);
    }

    /** A training sequence's first point: where the pen starts, no offset, pen down. */
    private static OffsetSequence withStart(OffsetSequence s) {
        return concat(new OffsetSequence(new float[1], new float[1], new boolean[1]), s);
    }

    private static OffsetSequence concat(OffsetSequence a, OffsetSequence b) {
        int n = a.length() + b.length();
        float[] dx = Arrays.copyOf(a.dxArray(), n), dy = Arrays.copyOf(a.dyArray(), n);
        boolean[] up = Arrays.copyOf(a.penUpArray(), n);
        System.arraycopy(b.dxArray(), 0, dx, a.length(), b.length());
        System.arraycopy(b.dyArray(), 0, dy, a.length(), b.length());
        System.arraycopy(b.penUpArray(), 0, up, a.length(), b.length());
        return new OffsetSequence(dx, dy, up);
    }
}
