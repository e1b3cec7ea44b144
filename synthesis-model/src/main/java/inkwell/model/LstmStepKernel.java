package inkwell.model;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * One LSTM layer's training step in plain Java and the Vector API: what {@link LstmLayer#forwardStep} and
 * {@link LstmLayer#backwardStep} compute on ND4J, for float buffers of a {@link TrainingPass}.
 * <ul>
 * <li>The recurrent products z_t += [h_{t-1} | w_{t-1}] [U; V] and [dh_{t-1} | dw_{t-1}] += dz_t [U; V]^T run on
 * {@link PackedMatrix} copies of the weights, packed once per pass: at 32 lines and 400 units they measured (in
 * a harness timing one product) about 200 GFLOP/s on this machine against about 64 for ND4J's gemm at that shape
 * (OpenBLAS repacks the weights at every call).</li>
 * <li>The element-wise cell is one pass over the gate block instead of about 10 ND4J calls forward and 20 back,
 * each its own pass over memory.</li>
 * </ul>
 * The products work on heap copies: h_t goes to the next step's input as the cell computes it, dz_t to the next
 * backward product, and the recurrent part of dL/dh_{t-1} stays on the heap until the cell reads it.
 * <p>
 * Buffers (float, row-major, time-major rows t*B + b; the states have the extra leading block t = -1):
 * z and dz [T*B, 4H], c and h and dh [(T+1)*B, H], tanhC [T*B, H], dc [B, H], and for layer 1 w and dw [(T+1)*B, A].
 */
final class LstmStepKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final FloatVector ONE = FloatVector.broadcast(S, 1f);

    private final String name;
    private final int batch;
    /** The batch rounded up to eights, the unit of the products; the extra lines stay zero. */
    private final int lines;
    private final int hidden;
    /** A, the window width for layer 1 (which reads w_{t-1} each step), else 0. */
    private final int feedback;
    private final ByteBuffer z;
    private final ByteBuffer dz;
    private final ByteBuffer c;
    private final ByteBuffer tanhC;
    private final ByteBuffer h;
    private final ByteBuffer dh;
    private final ByteBuffer dc;
    private final ByteBuffer w;
    private final ByteBuffer dw;
    /** The peepholes [p_i | p_f | p_o], copied from the parameters at each pass; null without peepholes. */
    private final float[] peep;
    /** [U; V] as packed for z_t += v [U; V], and its transpose for the step back; repacked each pass. */
    private PackedMatrix forwardWeights;
    private PackedMatrix backwardWeights;
    private int[] forwardRows;
    private int[] backwardRows;
    /** [lines, H + A]: h_{t-1} | w_{t-1}, the input of the forward product. */
    private final float[] previous;
    /** previous and gateGrad laid out for the eight-line products ({@link PackedMatrix#interleave}). */
    private final float[] previousInterleaved;
    private final float[] gateGradInterleaved;
    /** [lines, 4H (padded)]: the forward product. */
    private final float[] recurrent;
    /** [lines, 4H]: dz_t, the input of the backward product. */
    private final float[] gateGrad;
    /** [lines, H + A (padded)]: the backward product, dL/dh_{t-1} | dL/dw_{t-1} through the recurrence. */
    private final float[] recurrentGrad;
    /** tanh(c_t) of the line the forward cell is at. */
    private final float[] cellTanh;
    /** w as floats, for copying w_{t-1} rows into the forward product's input. */
    private final FloatBuffer wFloats;

    LstmStepKernel(String name, int batch, int hidden, int feedback, boolean peepholes, INDArray z, INDArray dz,
                   INDArray c, INDArray tanhC, INDArray h, INDArray dh, INDArray dc, INDArray w, INDArray dw) {
        if (!fits(DataType.FLOAT, hidden)) {
            throw new IllegalArgumentException("the step kernel needs a hidden size that is a multiple of "
                    + S.length());
        }
        this.name = name;
        this.batch = batch;
        this.lines = PackedMatrix.roundUp(batch, 8);
        this.hidden = hidden;
        this.feedback = feedback;
        this.z = bytes(z);
        this.dz = bytes(dz);
        this.c = bytes(c);
        this.tanhC = bytes(tanhC);
        this.h = bytes(h);
        this.dh = bytes(dh);
        this.dc = bytes(dc);
        this.w = feedback > 0 ? bytes(w) : null;
        this.dw = feedback > 0 ? bytes(dw) : null;
        this.peep = peepholes ? new float[3 * hidden] : null;
        int k = hidden + feedback;
        previous = new float[lines * k];
        recurrent = new float[lines * PackedMatrix.roundUp(4 * hidden, 2 * S.length())];
        gateGrad = new float[lines * 4 * hidden];
        previousInterleaved = new float[previous.length];
        gateGradInterleaved = new float[gateGrad.length];
        recurrentGrad = new float[lines * PackedMatrix.roundUp(k, 2 * S.length())];
        cellTanh = new float[hidden];
        wFloats = feedback > 0 ? this.w.asFloatBuffer() : null;
    }

    /**
     * Whether the kernel can run (ask only when {@link VectorApi#PRESENT}): float buffers and a hidden size of
     * whole vectors (16 floats with AVX-512, 8 with AVX2: 256 and 400 are both; a masked tail doubled the code
     * and C2 then left vector operations as allocating Java calls).
     */
    static boolean fits(DataType type, int hidden) {
        return type == DataType.FLOAT && hidden % S.length() == 0;
    }

    private static ByteBuffer bytes(INDArray a) {
        if (a.isView() || a.ordering() != 'c' || a.dataType() != DataType.FLOAT || 4 * a.length() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the step kernel works on whole row-major float arrays under 2 GB");
        }
        ByteBuffer b = a.data().asNio().order(ORDER);
        if (b.capacity() < 4L * a.length()) {
            throw new IllegalStateException("ND4J's buffer view is shorter than its array");
        }
        return b;
    }

    /**
     * Takes the current weights (they change between passes, never within one): packs [U; V] and its transpose,
     * copies the peepholes, and clears the recurrent inputs (the state before step 0 is zero).
     */
    void startPass(ParameterSet params) {
        int k = hidden + feedback, n = 4 * hidden;
        float[] stacked = new float[k * n];
        copy(params.get(name + ".U"), stacked, 0);
        if (feedback > 0) {
            copy(params.get(name + ".V"), stacked, hidden * n);
        }
        float[] transposed = new float[n * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                transposed[j * k + i] = stacked[i * n + j];
            }
        }
        forwardWeights = new PackedMatrix(stacked, n, 4);
        backwardWeights = new PackedMatrix(transposed, k, 1);
        forwardRows = forwardWeights.allRows();
        backwardRows = backwardWeights.allRows();
        if (peep != null) {
            copy(params.get(name + ".P"), peep, 0);
        }
        java.util.Arrays.fill(previous, 0f);
    }

    private static void copy(INDArray block, float[] into, int at) {
        float[] values = block.dup('c').data().asFloat();
        System.arraycopy(values, 0, into, at, values.length);
    }

    /**
     * Step t forward; z holds the input projection on entry and the gate activations i, f, o, g on exit:
     * z += [h_{t-1} | w_{t-1}] [U; V];  i = sigmoid(z_i + p_i c_{t-1}), f = sigmoid(z_f + p_f c_{t-1}),
     * g = tanh(z_g), c_t = f c_{t-1} + i g, o = sigmoid(z_o + p_o c_t), h_t = o tanh(c_t).
     */
    void forward(int t) {
        if (feedback > 0) {
            int k = hidden + feedback;
            // w_{t-1} is block t of w, written by the window at the previous step
            for (int b = 0; b < batch; b++) {
                wFloats.get((t * batch + b) * feedback, previous, b * k + hidden, feedback);
            }
        }
        forwardWeights.interleaveAll(previous, lines, previousInterleaved);
        forwardWeights.multiplyLines(previousInterleaved, lines, forwardRows, recurrent, forwardWeights.width, 0, 1);
        for (int b = 0; b < batch; b++) {
            forwardLine(t, b);
        }
    }

    /**
     * Line b's step forward, in passes over its row of the forward product (which ends up holding the gate
     * activations): pre-activations, then i, f, g by {@link VectorMath} (the same bits in every JIT tier, so that a
     * run is reproducible), then c_t (and the peephole term of o), then o and tanh(c_t), then the stores. Each pass
     * is its own small method: one body with all of it passed C2's node-count cutoff, which leaves vector
     * operations as allocating Java calls.
     */
    private void forwardLine(int t, int b) {
        int zRow = 4 * (t * batch + b) * hidden, prev = (t * batch + b) * hidden, now = prev + batch * hidden;
        int r = b * forwardWeights.width;
        for (int j = 0; j < hidden; j += S.length()) {
            preActivationLanes(zRow, prev, r, j);
        }
        for (int gate = 0; gate < 4; gate++) {
            // o waits for the peephole term of c_t
            if (gate != 2) {
                VectorMath.activate(recurrent, r + gate * hidden, r + (gate + 1) * hidden, gate == 3);
            }
        }
        for (int j = 0; j < hidden; j += S.length()) {
            cellLanes(prev, now, r, j);
        }
        activateOutput(r);
        for (int j = 0; j < hidden; j += S.length()) {
            outputLanes(zRow, prev, now, r, b, j);
        }
    }

    /** o = sigmoid and tanh(c_t): one call site of {@link VectorMath#activate}, so one copy of its exp. */
    private void activateOutput(int r) {
        for (int k = 0; k < 2; k++) {
            VectorMath.activate(k == 0 ? recurrent : cellTanh, k == 0 ? r + 2 * hidden : 0,
                    k == 0 ? r + 3 * hidden : hidden, k == 1);
        }
    }

    /** z + the recurrent product (+ p c_{t-1} for i and f) into the product's row at r. */
    private void preActivationLanes(int zRow, int prev, int r, int j) {
        for (int gate = 0; gate < 4; gate++) {
            int at = gate * hidden + j;
            FloatVector v = load(z, zRow + at).add(FloatVector.fromArray(S, recurrent, r + at));
            if (peep != null && gate < 2) {
                v = v.add(load(c, prev + j).mul(peep(at)));
            }
            v.intoArray(recurrent, r + at);
        }
    }

    /** c_t = f c_{t-1} + i g, stored and kept for tanh; o's pre-activation gets p_o c_t. */
    private void cellLanes(int prev, int now, int r, int j) {
        FloatVector i = FloatVector.fromArray(S, recurrent, r + j),
                f = FloatVector.fromArray(S, recurrent, r + hidden + j);
        FloatVector g = FloatVector.fromArray(S, recurrent, r + 3 * hidden + j);
        FloatVector cNow = f.mul(load(c, prev + j)).add(i.mul(g));
        store(cNow, c, now + j);
        cNow.intoArray(cellTanh, j);
        if (peep != null) {
            FloatVector zo = FloatVector.fromArray(S, recurrent, r + 2 * hidden + j);
            zo.add(cNow.mul(peep(2 * hidden + j))).intoArray(recurrent, r + 2 * hidden + j);
        }
    }

    /** The activations into z, tanh(c_t) into tanhC, h_t = o tanh(c_t) into h and the next step's input. */
    private void outputLanes(int zRow, int prev, int now, int r, int b, int j) {
        for (int gate = 0; gate < 4; gate++) {
            store(FloatVector.fromArray(S, recurrent, r + gate * hidden + j), z, zRow + gate * hidden + j);
        }
        FloatVector tc = FloatVector.fromArray(S, cellTanh, j);
        FloatVector hNow = FloatVector.fromArray(S, recurrent, r + 2 * hidden + j).mul(tc);
        store(tc, tanhC, prev + j);
        store(hNow, h, now + j);
        hNow.intoArray(previous, b * (hidden + feedback) + j);
    }

    /** Clears the recurrent gradient before the last step (nothing flows back from beyond it). */
    void startBackward() {
        java.util.Arrays.fill(recurrentGrad, 0f);
    }

    /**
     * Step t back: dh holds dL/dh_t from above, the output and the window, the kernel adds the part from step t+1;
     * dc holds dL/dc_t from step t+1 on entry and dL/dc_{t-1} on exit.
     * <pre>
     *   dz_o = dh tanh(c) o(1-o);  dc += dh o (1 - tanh(c)^2)  (+ dz_o p_o)
     *   dz_i = dc g i(1-i);  dz_f = dc c_{t-1} f(1-f);  dz_g = dc i (1-g^2)
     *   dc_{t-1} = dc f  (+ dz_i p_i + dz_f p_f);  dz clipped to [-clip, clip] when clip > 0
     *   [dh_{t-1} | dw_{t-1}] += dz [U; V]^T
     * </pre>
     */
    void backward(int t, double clip) {
        float limit = clip > 0 ? (float) clip : Float.POSITIVE_INFINITY;
        for (int b = 0; b < batch; b++) {
            int prev = (t * batch + b) * hidden;
            for (int j = 0; j < hidden; j += S.length()) {
                backwardLanes(4 * prev, prev, prev + batch * hidden, b, j);
                clipLanes(4 * prev + j, b * 4 * hidden + j, limit);
            }
        }
        backwardWeights.interleaveAll(gateGrad, lines, gateGradInterleaved);
        backwardWeights.multiplyLines(gateGradInterleaved, lines, backwardRows, recurrentGrad, backwardWeights.width,
                0, 1);
        if (feedback > 0) {
            // dL/dw_{t-1} into block t of dw, where the window's step t-1 reads it
            for (int b = 0; b < batch; b++) {
                int row = (t * batch + b) * feedback, from = b * backwardWeights.width + hidden;
                for (int a = 0; a < feedback; a++) {
                    int at = 4 * (row + a);
                    dw.putFloat(at, dw.getFloat(at) + recurrentGrad[from + a]);
                }
            }
        }
    }

    /** Lanes j.. of line b's step back; dc at carry. A method of its own for the reason given at forwardLine. */
    private void backwardLanes(int zRow, int prev, int now, int b, int j) {
        int carry = b * hidden;
        FloatVector i = load(z, zRow + j), f = load(z, zRow + hidden + j);
        FloatVector o = load(z, zRow + 2 * hidden + j), g = load(z, zRow + 3 * hidden + j);
        FloatVector tc = load(tanhC, prev + j);
        FloatVector dhNow = load(dh, now + j)
                .add(FloatVector.fromArray(S, recurrentGrad, b * backwardWeights.width + j));
        FloatVector dzo = dhNow.mul(tc).mul(o).mul(ONE.sub(o));
        FloatVector dcNow = load(dc, carry + j).add(dhNow.mul(o).mul(ONE.sub(tc.mul(tc))));
        if (peep != null) {
            dcNow = dcNow.add(dzo.mul(peep(2 * hidden + j)));
        }
        FloatVector dzi = dcNow.mul(g).mul(i).mul(ONE.sub(i));
        FloatVector dzf = dcNow.mul(load(c, prev + j)).mul(f).mul(ONE.sub(f));
        FloatVector dzg = dcNow.mul(i).mul(ONE.sub(g.mul(g)));
        FloatVector dcPrev = dcNow.mul(f);
        if (peep != null) {
            dcPrev = dcPrev.add(dzi.mul(peep(j))).add(dzf.mul(peep(hidden + j)));
        }
        store(dcPrev, dc, carry + j);
        store(dzi, dz, zRow + j);
        store(dzf, dz, zRow + hidden + j);
        store(dzo, dz, zRow + 2 * hidden + j);
        store(dzg, dz, zRow + 3 * hidden + j);
    }

    /**
     * dz limited to [-limit, limit] in the four gates' lanes from {@code at}, by compare and blend, and copied to
     * the backward product's input at {@code copyAt}. Apart from {@link #backwardLanes}: together they passed
     * C2's node-count cutoff, which left vector operations as allocating Java calls at a third of the speed.
     */
    private void clipLanes(int at, int copyAt, float limit) {
        FloatVector high = FloatVector.broadcast(S, limit), low = FloatVector.broadcast(S, -limit);
        for (int gate = 0; gate < 4; gate++) {
            FloatVector v = load(dz, at + gate * hidden);
            v = v.blend(high, v.compare(VectorOperators.GT, high));
            v = v.blend(low, v.compare(VectorOperators.LT, low));
            store(v, dz, at + gate * hidden);
            v.intoArray(gateGrad, copyAt + gate * hidden);
        }
    }

    private FloatVector peep(int at) {
        return FloatVector.fromArray(S, peep, at);
    }

    private static FloatVector load(ByteBuffer buffer, int element) {
        return FloatVector.fromByteBuffer(S, buffer, 4 * element, ORDER);
    }

    private static void store(FloatVector v, ByteBuffer buffer, int element) {
        v.intoByteBuffer(buffer, 4 * element, ORDER);
    }
}
