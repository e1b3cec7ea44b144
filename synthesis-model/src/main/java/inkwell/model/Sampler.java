package inkwell.model;

import inkwell.ink.OffsetSequence;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes text with a trained model (section 5.4): one step at a time, each output offset drawn from the mixture
 * (with the bias of the request) and fed back as the next input; several lines run together as one batch.
 * Priming runs the network over a real sample first, with the inputs clamped to its ink and the window reading
 * "prime text + line", and then goes on writing from the state reached. A line ends when the window has passed
 * its last character (phi of the position after it exceeds phi of every character) and the pen next lifts, so
 * the last letter is not cut in half, or when its step budget runs out.
 * <p>
 * The network's steps run in the {@link InferenceKernel} (plain Java and the Vector API, several times faster at
 * small batches) when the JVM was started with {@code --add-modules jdk.incubator.vector}, and on ND4J otherwise.
 * The kernel works on a float copy of the weights taken when the sampler is made, so a sampler does not see
 * later changes to the model's weights. A sampler may be shared between threads: each call has its own state.
 */
public final class Sampler {

    private final HandwritingModel model;
    /** Null without the Vector API; then the ND4J {@link Buffers} run the steps. */
    private final InferenceKernel kernel;

    public Sampler(HandwritingModel model) {
        if (!model.config().conditional()) {
            throw new IllegalArgumentException("the prediction network has no window and cannot write given text");
        }
        this.model = model;
        this.kernel = VectorApi.PRESENT && !model.config().peepholes() ? new InferenceKernel(model.network()) : null;
    }

    /** Ink to imitate: its offsets (in the model's ink space) and the text it says. */
    public record Prime(OffsetSequence offsets, String text) {
    }

    /**
     * @param stepsPerCharacter the step budget per character of each line (about 2 to 3 times the training
     *                          set's points per character is generous)
     */
    public record Request(List<String> lines, double bias, long seed, Prime prime, int stepsPerCharacter) {
        public Request {
            lines = List.copyOf(lines);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("nothing to write: no lines");
            }
            if (!(bias >= 0) || bias > 10) {
                throw new IllegalArgumentException("bias must be between 0 and 10, got " + bias);
            }
            if (stepsPerCharacter < 1) {
                throw new IllegalArgumentException("the step budget per character must be positive");
            }
        }
    }

    /**
     * One written line: its offsets (model ink space), whether the stop rule ended it (false: the budget ran
     * out), and per step the attention phi over the line's characters (and the position after them) and the
     * window position in characters.
     */
    public record Line(String text, OffsetSequence offsets, boolean finished, float[][] phi, float[] position) {
    }

    public List<Line> sample(Request request) {
        Alphabet alphabet = model.alphabet();
        NetworkConfig cfg = model.network().config;
        int lines = request.lines().size();
        int primeSteps = request.prime() == null ? 0 : request.prime().offsets().length();
        for (int b = 0; b < lines; b++) {
            if (alphabet.fold(request.lines().get(b)).isBlank()) {
                throw new IllegalArgumentException("line " + (b + 1) + " is empty");
            }
        }
        int[][] codes = codes(request.prime(), request.lines());
        // Each line's first character follows the prime's text and its space.
        int start = primeText(request.prime()).length();
        Stepper buf = stepper(codes);
        SoftWindow.State window = buf.window();
        double[] kappa = new double[lines * cfg.windowMixtures()];
        SplittableRandom[] rng = new SplittableRandom[lines];
        List<List<float[]>> out = new ArrayList<>();
        List<List<float[]>> phis = new ArrayList<>();
        List<List<Float>> positions = new ArrayList<>();
        boolean[] done = new boolean[lines];
        boolean[] finished = new boolean[lines];
        boolean[] passedEnd = new boolean[lines];
        int[] budget = new int[lines];
        for (int b = 0; b < lines; b++) {
            rng[b] = new SplittableRandom(request.seed() * 0x9E3779B97F4A7C15L + b);
            out.add(new ArrayList<>());
            phis.add(new ArrayList<>());
            positions.add(new ArrayList<>());
            budget[b] = request.stepsPerCharacter() * (codes[b].length - start) + 20;
        }
        float[] x = new float[3 * lines];
        double[] y = new double[lines * cfg.outputWidth()];
        double[] draw = new double[3];
        OffsetStats stats = model.stats();
        int remaining = lines;
        for (int t = 0; remaining > 0; t++) {
            buf.step(x, kappa, y);
            for (int b = 0; b < lines; b++) {
                if (done[b]) {
                    continue;
                }
                if (t < primeSteps - 1) {
                    OffsetSequence p = request.prime().offsets();
                    x[3 * b] = stats.normaliseX(p.dx(t + 1));
                    x[3 * b + 1] = stats.normaliseY(p.dy(t + 1));
                    x[3 * b + 2] = p.penUp(t + 1) ? 1f : 0f;
                    continue;
                }
                MixtureDensityHead.sample(y, b * cfg.outputWidth(), cfg.outputMixtures(), request.bias(), rng[b], draw);
                x[3 * b] = (float) draw[0];
                x[3 * b + 1] = (float) draw[1];
                x[3 * b + 2] = (float) draw[2];
                out.get(b).add(new float[]{(float) stats.restoreX(draw[0]), (float) stats.restoreY(draw[1]),
                        (float) draw[2]});
                int u = codes[b].length;
                float[] phiRow = new float[u - start + 1];
                double bestChar = 0;
                for (int c = 0; c <= u; c++) {
                    double v = window.phi(0, b, c);
                    if (c < u) {
                        bestChar = Math.max(bestChar, v);
                    }
                    if (c >= start) {
                        phiRow[c - start] = (float) v;
                    }
                }
                phis.get(b).add(phiRow);
                positions.get(b).add((float) (window.position(0, b, cfg.windowMixtures()) - start));
                passedEnd[b] |= window.phi(0, b, u) > bestChar;
                boolean penLifted = draw[2] > 0.5;
                if (passedEnd[b] && penLifted || out.get(b).size() >= budget[b]) {
                    done[b] = true;
                    finished[b] = passedEnd[b];
                    remaining--;
                }
            }
        }
        List<Line> result = new ArrayList<>();
        for (int b = 0; b < lines; b++) {
            List<float[]> steps = out.get(b);
            float[] dx = new float[steps.size()], dy = new float[steps.size()];
            boolean[] up = new boolean[steps.size()];
            float[] pos = new float[steps.size()];
            for (int i = 0; i < steps.size(); i++) {
                dx[i] = steps.get(i)[0];
                dy[i] = steps.get(i)[1];
                up[i] = steps.get(i)[2] > 0.5f || i == steps.size() - 1;
                pos[i] = positions.get(b).get(i);
            }
            result.add(new Line(request.lines().get(b), new OffsetSequence(dx, dy, up), finished[b],
                    phis.get(b).toArray(new float[0][]), pos));
        }
        return result;
    }

    /**
     * How well each text explains ink this model wrote: the loss (nats, summed over the ink's points) of the ink
     * read with the inputs clamped to it, as in training and priming, after the prime if there is one. The texts
     * run together as one batch.
     */
    public double[] loss(Prime prime, OffsetSequence ink, List<String> texts) {
        NetworkConfig cfg = model.network().config;
        OffsetStats stats = model.stats();
        int lines = texts.size();
        Stepper buf = stepper(codes(prime, texts));
        // As in sample(): step 0 reads a zero input and step t the prime's point t; the step that reads the
        // prime's last point predicts the ink's first (unprimed, step t predicts point t).
        int before = prime == null ? 1 : prime.offsets().length();
        float[] x = new float[3 * lines];
        double[] kappa = new double[lines * cfg.windowMixtures()];
        double[] y = new double[lines * cfg.outputWidth()];
        double[] loss = new double[lines];
        double[] scratch = new double[cfg.outputMixtures()];
        for (int t = 0; t < before - 1 + ink.length(); t++) {
            if (t > 0) {
                OffsetSequence from = t < before ? prime.offsets() : ink;
                int i = t < before ? t : t - before;
                for (int b = 0; b < lines; b++) {
                    x[3 * b] = stats.normaliseX(from.dx(i));
                    x[3 * b + 1] = stats.normaliseY(from.dy(i));
                    x[3 * b + 2] = from.penUp(i) ? 1f : 0f;
                }
            }
            buf.step(x, kappa, y);
            if (t >= before - 1) {
                int k = t - before + 1;
                double dx = stats.normaliseX(ink.dx(k)), dy = stats.normaliseY(ink.dy(k));
                double pen = ink.penUp(k) ? 1 : 0;
                for (int b = 0; b < lines; b++) {
                    loss[b] += MixtureDensityHead.loss(y, b * cfg.outputWidth(), cfg.outputMixtures(), dx, dy, pen,
                            scratch);
                }
            }
        }
        return loss;
    }

    /** What the window reads for each line: the prime's text, a space, the line (folded, then one-hot indices). */
    private int[][] codes(Prime prime, List<String> lines) {
        Alphabet alphabet = model.alphabet();
        int[][] codes = new int[lines.size()][];
        for (int b = 0; b < codes.length; b++) {
            codes[b] = alphabet.encode(primeText(prime) + alphabet.fold(lines.get(b)));
        }
        return codes;
    }

    private String primeText(Prime prime) {
        return prime == null ? "" : model.alphabet().fold(prime.text()) + " ";
    }

    /** The step state for these lines' codes, their characters set in the window. */
    private Stepper stepper(int[][] codes) {
        int maxChars = Arrays.stream(codes).mapToInt(c -> c.length).max().orElse(0);
        Stepper buf = kernel != null ? kernel.start(codes.length, maxChars)
                : new Buffers(model.network(), codes.length, maxChars);
        buf.window().setCharacters(codes);
        return buf;
    }

    /** One step of the network for every line of a request, and the window state that step computed (step 0). */
    interface Stepper {
        /** Input x (normalised, 3 per line), window offsets kappa (K per line, in and out), output rows y. */
        void step(float[] x, double[] kappa, double[] y);

        SoftWindow.State window();
    }

    /**
     * The state of B lines for one step on ND4J (without the Vector API, and the reference the kernel is tested
     * against). Each state array has two blocks of rows that take turns as "previous" and "current" (even steps
     * write block 1, odd steps block 0), so no state is copied between steps. All views are made once per
     * request; the step loop only runs arithmetic on them.
     */
    static final class Buffers implements Stepper {
        private final SynthesisNetwork net;
        private final int batch;
        private final INDArray x;
        private final INDArray[] z;
        private final INDArray p;
        private final INDArray yOut;
        private final LstmLayer.Step[][] steps = new LstmLayer.Step[2][];
        private final List<List<List<INDArray>>> inputs = List.of(new ArrayList<>(), new ArrayList<>());
        private final INDArray[][] hCurrent = new INDArray[2][];
        private final INDArray[] wCurrent = new INDArray[2];
        private final INDArray[] outWeights;
        private final INDArray outBias;
        private final SoftWindow.State window;
        private int parity;

        Buffers(SynthesisNetwork net, int batch, int maxChars) {
            this.net = net;
            this.batch = batch;
            NetworkConfig cfg = net.config;
            DataType dt = net.dataType();
            int hidden = cfg.hidden(), layers = cfg.layers();
            x = Nd4j.zeros(dt, batch, 3);
            INDArray[] h = new INDArray[layers], c = new INDArray[layers];
            z = new INDArray[layers];
            INDArray w = Nd4j.zeros(dt, 2L * batch, cfg.windowWidth());
            p = Nd4j.zeros(dt, batch, 3L * cfg.windowMixtures());
            yOut = Nd4j.zeros(dt, batch, cfg.outputWidth());
            outWeights = new INDArray[layers];
            for (int l = 0; l < layers; l++) {
                h[l] = Nd4j.zeros(dt, 2L * batch, hidden);
                c[l] = Nd4j.zeros(dt, 2L * batch, hidden);
                z[l] = Nd4j.zeros(dt, batch, 4L * hidden);
                outWeights[l] = net.params.get("out.W_h" + (l + 1));
            }
            outBias = net.params.get("out.b");
            for (int cur = 0; cur < 2; cur++) {
                int prev = 1 - cur;
                steps[cur] = new LstmLayer.Step[layers];
                hCurrent[cur] = new INDArray[layers];
                wCurrent[cur] = block(w, cur);
                for (int l = 0; l < layers; l++) {
                    INDArray tanhC = Nd4j.zeros(dt, batch, hidden), tmp = Nd4j.zeros(dt, batch, hidden);
                    hCurrent[cur][l] = block(h[l], cur);
                    steps[cur][l] = new LstmLayer.Step(z[l], gates(z[l], hidden, 0, 3), gates(z[l], hidden, 0, 2),
                            gates(z[l], hidden, 0, 1),
                            gates(z[l], hidden, 1, 2), gates(z[l], hidden, 2, 3), gates(z[l], hidden, 3, 4),
                            block(h[l], prev), l == 0 ? block(w, prev) : null, block(c[l], prev), block(c[l], cur),
                            tanhC, hCurrent[cur][l], null, null, null, null, null, null, null, null, tmp);
                    inputs.get(cur).add(l == 0 ? List.of(x) : List.of(x, block(h[l - 1], cur), block(w, cur)));
                }
            }
            window = new SoftWindow.State(batch, 1, maxChars, cfg.windowMixtures(), cfg.windowWidth());
            parity = 1;
        }

        private INDArray block(INDArray a, int i) {
            return a.get(NDArrayIndex.interval((long) i * batch, (long) (i + 1) * batch), NDArrayIndex.all());
        }

        private static INDArray gates(INDArray z, int hidden, int from, int to) {
            return z.get(NDArrayIndex.all(), NDArrayIndex.interval((long) from * hidden, (long) to * hidden));
        }

        @Override
        public SoftWindow.State window() {
            return window;
        }

        @Override
        public void step(float[] xIn, double[] kappa, double[] y) {
            var xb = x.data();
            for (int i = 0; i < xIn.length; i++) {
                xb.put(i, xIn[i]);
            }
            NetworkConfig cfg = net.config;
            for (int l = 0; l < cfg.layers(); l++) {
                net.layers[l].projectInputs(inputs.get(parity).get(l), z[l]);
                net.layers[l].forwardStep(steps[parity][l]);
                if (l == 0) {
                    net.window.forwardStep(window, 0, hCurrent[parity][0], p, wCurrent[parity], kappa, true);
                    System.arraycopy(window.kappa, 0, kappa, 0, kappa.length);
                }
            }
            for (int l = 0; l < cfg.layers(); l++) {
                Nd4j.gemm(hCurrent[parity][l], outWeights[l], yOut, false, false, 1.0, l == 0 ? 0.0 : 1.0);
            }
            yOut.addiRowVector(outBias);
            var yb = yOut.data();
            for (int i = 0; i < y.length; i++) {
                y[i] = yb.getDouble(i);
            }
            parity = 1 - parity;
        }
    }
}
