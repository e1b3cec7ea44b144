package inkwell.model;

import jdk.incubator.vector.FloatVector;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The synthesis network's forward step for sampling, in plain Java and the Vector API on a float copy of the
 * weights, taken when the kernel is made. It computes what {@link LstmLayer#forwardStep}, {@link SoftWindow} and
 * the output layer compute, for a handful of lines, without ND4J's cost per call (about 45 calls a step).
 * <p>
 * Each layer's weight blocks are stacked into one matrix over one input vector, so a layer is one product:
 * <pre>
 *   layer 1:      z = [x_t | h1_{t-1} | w_{t-1} | 1]            [W_x; U; V; b]
 *   layer l > 1:  z = [x_t | h(l-1)_t | w_t | hl_{t-1} | 1]     [W_x; W_h; W_w; U; b]
 *   window:       (a^, b^, k^) = [h1_t | 1]                     [window.W; window.b]
 *   output:       y = [h1_t | ... | hL_t | 1]                   [out.W_h1; ...; out.W_hL; out.b]
 * </pre>
 * and the cell is element-wise, gates [i, f, o, g]: c_t = f c_{t-1} + i g, h_t = o tanh(c_t). The Gaussians of the
 * window are {@link SoftWindow#attend}, the same code as in training.
 */
final class InferenceKernel {
    private static final int SINGLE_LINE_PASSES = 2;

    private final NetworkConfig config;
    private final int hidden;
    private final PackedMatrix[] layers;
    private final PackedMatrix window;
    private final PackedMatrix output;

    InferenceKernel(SynthesisNetwork net) {
        config = net.config;
        if (!config.conditional()) {
            throw new IllegalArgumentException("the inference kernel is for the synthesis network, with its window");
        }
        hidden = config.hidden();
        ParameterSet params = net.params;
        layers = new PackedMatrix[config.layers()];
        for (int l = 0; l < layers.length; l++) {
            String name = SynthesisNetwork.layerName(l);
            List<String> blocks = l == 0
                    ? List.of(name + ".W_x", name + ".U", name + ".V", name + ".b")
                    : List.of(name + ".W_x", name + ".W_h", name + ".W_w", name + ".U", name + ".b");
            layers[l] = new PackedMatrix(stack(params, blocks), 4 * hidden, 4, true);
        }
        window = new PackedMatrix(stack(params, List.of("window.W", "window.b")), 3 * config.windowMixtures(), 1, true);
        List<String> out = new ArrayList<>();
        for (int l = 0; l < layers.length; l++) {
            out.add("out.W_h" + (l + 1));
        }
        out.add("out.b");
        output = new PackedMatrix(stack(params, out), config.outputWidth(), 1, true);
    }

    /** The named blocks (of equal width) one under the other, row-major in float. */
    private static float[] stack(ParameterSet params, List<String> names) {
        List<float[]> blocks = new ArrayList<>();
        int length = 0;
        for (String name : names) {
            float[] block = params.get(name).castTo(DataType.FLOAT).dup('c').data().asFloat();
            blocks.add(block);
            length += block.length;
        }
        float[] stacked = new float[length];
        int at = 0;
        for (float[] block : blocks) {
            System.arraycopy(block, 0, stacked, at, block.length);
            at += block.length;
        }
        return stacked;
    }

    /** The state for writing {@code batch} lines of at most {@code maxChars} characters together. */
    Lines start(int batch, int maxChars) {
        return new Lines(batch, maxChars);
    }

    /**
     * B lines being written together: the input vectors of every product (which double as the recurrent state:
     * each step leaves h_t and w_t where the next step reads them), the cell states and the window. Made once per
     * request; a step allocates nothing.
     */
    final class Lines implements Sampler.Stepper {
        private final int batch;
        /** The lines the products run on: one or two (single-line passes), or the batch rounded up to eights. */
        private final int padded;
        /** Per layer, [padded, K] input vectors as laid out in the class comment. */
        private final float[][] in;
        private final float[] windowIn;
        private final float[] outputIn;
        private final float[] z;
        /** The eight-line passes' input, {@link PackedMatrix#interleave interleaved}. */
        private final float[] interleaved;
        private final float[] windowOut;
        private final float[] outputOut;
        /** Per layer, [batch, groupStride]: lanes past the hidden size stay zero (zero weights give c = h = 0). */
        private final float[][] h;
        private final float[][] c;
        private final int[] nonzero;
        /** tanh(c_t) of one line, [groupStride]. */
        private final float[] cellTanh;
        private final SoftWindow.State attention;
        /** The product being computed, as fields so that its parts are made once (see {@link #product}). */
        private final WorkSplitter splitter = ComputeThreads.splitter();
        private PackedMatrix productMatrix;
        private float[] productOut;
        private int line;
        private int count;
        private final IntConsumer eightLinePart;

        private Lines(int batch, int maxChars) {
            this.batch = batch;
            padded = batch <= SINGLE_LINE_PASSES ? batch : PackedMatrix.roundUp(batch, 8);
            in = new float[layers.length][];
            h = new float[layers.length][];
            c = new float[layers.length][];
            int stride = layers[0].groupStride, widest = 0;
            for (int l = 0; l < layers.length; l++) {
                in[l] = new float[padded * layers[l].rows];
                h[l] = new float[batch * stride];
                c[l] = new float[batch * stride];
                widest = Math.max(widest, layers[l].rows);
            }
            windowIn = new float[padded * window.rows];
            outputIn = new float[padded * output.rows];
            z = new float[padded * layers[0].width];
            windowOut = new float[padded * window.width];
            outputOut = new float[padded * output.width];
            nonzero = new int[Math.max(widest, output.rows)];
            interleaved = new float[padded <= SINGLE_LINE_PASSES ? 0 : padded * Math.max(widest, output.rows)];
            cellTanh = new float[stride];
            for (int b = 0; b < batch; b++) {
                for (int l = 0; l < layers.length; l++) {
                    in[l][(b + 1) * layers[l].rows - 1] = 1f;
                }
                windowIn[(b + 1) * window.rows - 1] = 1f;
                outputIn[(b + 1) * output.rows - 1] = 1f;
            }
            attention = new SoftWindow.State(batch, 1, maxChars, config.windowMixtures(), config.windowWidth());
            int parts = splitter.parts();
            eightLinePart = part -> productMatrix.multiply8(interleaved, line * productMatrix.rows, nonzero, count,
                    productOut, line * productMatrix.width, productMatrix.width, part, parts);
        }

        @Override
        public SoftWindow.State window() {
            return attention;
        }

        @Override
        public void step(float[] x, double[] kappa, double[] y) {
            for (int l = 0; l < layers.length; l++) {
                for (int b = 0; b < batch; b++) {
                    System.arraycopy(x, 3 * b, in[l], b * layers[l].rows, 3);
                }
            }
            for (int l = 0; l < layers.length; l++) {
                product(layers[l], in[l], z);
                cell(l);
                passOn(l);
                if (l == 0) {
                    attend(kappa);
                }
            }
            product(output, outputIn, outputOut);
            int width = config.outputWidth();
            for (int b = 0; b < batch; b++) {
                for (int j = 0; j < width; j++) {
                    y[b * width + j] = outputOut[b * output.width + j];
                }
            }
        }

        /**
         * out = in M for every line. Up to {@link #SINGLE_LINE_PASSES} lines run one at a time, more in eight-line
         * passes split by columns over {@link ComputeThreads} (one thread unless asked), idle lines padding
         * the last: at 400 units a whole step of one line (bound by reading the weights) measured about 125
         * microseconds and one of eight lines (bound by arithmetic) about 330.
         */
        private void product(PackedMatrix m, float[] in, float[] out) {
            productMatrix = m;
            productOut = out;
            if (padded <= SINGLE_LINE_PASSES) {
                // not split: a single line is bound by reading the weights, which two threads share (measured slower)
                for (int b = 0; b < batch; b++) {
                    m.multiply(in, b * m.rows, nonzero, m.nonzeroRows(in, b * m.rows, nonzero), out,
                            b * m.width, 0, 1);
                }
                return;
            }
            for (line = 0; line < padded; line += 8) {
                count = m.interleave(in, line, interleaved, nonzero);
                splitter.run(eightLinePart);
            }
        }

        /**
         * c = f c + i g and h = o tanh(c), with i, f, o = sigmoid and g = tanh of the gate blocks of z, by
         * {@link VectorMath}: the same bits in every JIT tier, so a seed gives the same line every time.
         */
        private void cell(int l) {
            int stride = layers[l].groupStride, width = layers[l].width;
            float[] cl = c[l], hl = h[l];
            for (int b = 0; b < batch; b++) {
                int zo = b * width, so = b * stride;
                for (int gate = 0; gate < 4; gate++) {
                    VectorMath.activate(z, zo + gate * stride, zo + (gate + 1) * stride, gate == 3);
                }
                for (int j = 0; j < stride; j += PackedMatrix.LANES) {
                    FloatVector i = FloatVector.fromArray(PackedMatrix.SPECIES, z, zo + j);
                    FloatVector f = FloatVector.fromArray(PackedMatrix.SPECIES, z, zo + stride + j);
                    FloatVector g = FloatVector.fromArray(PackedMatrix.SPECIES, z, zo + 3 * stride + j);
                    FloatVector cNew = f.mul(FloatVector.fromArray(PackedMatrix.SPECIES, cl, so + j)).add(i.mul(g));
                    cNew.intoArray(cl, so + j);
                    cNew.intoArray(cellTanh, j);
                }
                VectorMath.activate(cellTanh, 0, stride, true);
                for (int j = 0; j < stride; j += PackedMatrix.LANES) {
                    FloatVector o = FloatVector.fromArray(PackedMatrix.SPECIES, z, zo + 2 * stride + j);
                    o.mul(FloatVector.fromArray(PackedMatrix.SPECIES, cellTanh, j)).intoArray(hl, so + j);
                }
            }
        }

        /**
         * Copies h_t of layer l to where it is read: this layer's next step, the layer above, the window (layer 1)
         * and the output.
         */
        private void passOn(int l) {
            int stride = layers[l].groupStride, rows = layers[l].rows;
            int previous = l == 0 ? 3 : rows - 1 - hidden;
            for (int b = 0; b < batch; b++) {
                int from = b * stride;
                System.arraycopy(h[l], from, in[l], b * rows + previous, hidden);
                if (l + 1 < layers.length) {
                    System.arraycopy(h[l], from, in[l + 1], b * layers[l + 1].rows + 3, hidden);
                }
                if (l == 0) {
                    System.arraycopy(h[l], from, windowIn, b * window.rows, hidden);
                }
                System.arraycopy(h[l], from, outputIn, b * output.rows + l * hidden, hidden);
            }
        }

        /**
         * The window from h1_t: its pre-activations by product, the Gaussians by {@link SoftWindow#attend}, then
         * w_t into every layer's input (layer 1 reads it as w_{t-1} at the next step). kappa is read and updated.
         */
        private void attend(double[] kappa) {
            product(window, windowIn, windowOut);
            int k3 = 3 * config.windowMixtures(), alphabet = config.windowWidth();
            for (int b = 0; b < batch; b++) {
                for (int j = 0; j < k3; j++) {
                    attention.pre[b * k3 + j] = windowOut[b * window.width + j];
                }
            }
            SoftWindow.attend(attention, 0, config.windowMixtures(), kappa, true);
            System.arraycopy(attention.kappa, 0, kappa, 0, kappa.length);
            for (int l = 0; l < layers.length; l++) {
                for (int b = 0; b < batch; b++) {
                    int at = b * layers[l].rows + 3 + hidden;
                    for (int a = 0; a < alphabet; a++) {
                        in[l][at + a] = (float) attention.w[b * alphabet + a];
                    }
                }
            }
        }
    }
}
