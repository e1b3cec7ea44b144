package inkwell.model;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The same inputs give the same bits whether the JIT has compiled the kernels yet or not: the first call of a fresh
 * JVM (interpreted) against one after hundreds (compiled by C2). With the Vector API's own EXP and TANH the third
 * of eight identical sampling requests already differed from the first.
 */
class ReproducibilityTest {
    private static final NetworkConfig CONFIG = new NetworkConfig(3, 32, 3, 4, new Alphabet("abcdefg "), true, -1.0);

    @Test
    void aSeedWritesTheSameLineBeforeAndAfterCompilation() {
        SynthesisNetwork net = SynthesisNetwork.initialise(CONFIG, DataType.FLOAT, 21);
        Sampler sampler = new Sampler(new HandwritingModel(net, new OffsetStats(0.3, 0, 1.4, 0.9), Provenance.empty()));
        for (List<String> lines : List.of(List.of("bad cafe"), List.of("bad cafe", "face", "bead", "cab"))) {
            Sampler.Request request = new Sampler.Request(lines, 0.5, 5, null, 12);
            List<Sampler.Line> first = sampler.sample(request);
            for (int i = 0; i < 300; i++) {
                sampler.sample(new Sampler.Request(lines, 0.5, 100 + i, null, 12));
            }
            List<Sampler.Line> later = sampler.sample(request);
            for (int b = 0; b < lines.size(); b++) {
                assertEquals(first.get(b).offsets(), later.get(b).offsets(), lines.size() + " lines, line " + b);
            }
        }
    }

    @Test
    void aBatchGivesTheSameGradientBeforeAndAfterCompilation() {
        SynthesisNetwork net = SynthesisNetwork.initialise(CONFIG, DataType.FLOAT, 22);
        int[][] chars = {{0, 1, 2}, {3, 4, 7}, {5, 6, 0}, {1, 1, 2}};
        Batch batch = GradientCheckTest.batch(CONFIG, new int[]{40, 31, 22, 40}, chars, 4);
        TrainingPass pass = new TrainingPass(net, 4, 40, 3);
        float[] first = gradient(pass, net, batch);
        for (int i = 0; i < 150; i++) {
            gradient(pass, net, batch);
        }
        assertArrayEquals(first, gradient(pass, net, batch));
    }

    private static float[] gradient(TrainingPass pass, SynthesisNetwork net, Batch batch) {
        ParameterSet grads = net.parameters().zerosLike();
        pass.lossAndGradient(batch, grads, TrainingPass.Clipping.PAPER);
        float[] values = grads.flat().data().asFloat();
        return Arrays.copyOf(values, values.length);
    }
}
