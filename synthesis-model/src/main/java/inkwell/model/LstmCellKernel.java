package inkwell.model;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The element-wise half of one LSTM layer's training step ({@link LstmLayer#forwardStep} and
 * {@link LstmLayer#backwardStep} compute the same on ND4J), fused into one pass over the float buffers of a
 * {@link TrainingPass} with the Vector API. On ND4J a step is about 10 calls forward and 20 back on [B, H] views
 * of the [B, 4H] gate block, each a pass over memory with its own cost per call; at 400 units they took about a
 * third of the training time.
 * <p>
 * Buffers (float, row-major, time-major rows t*B + b; the states have the extra leading block t = -1):
 * z and dz [T*B, 4H], c and h and dh [(T+1)*B, H], tanhC [T*B, H], dc [B, H].
 */
final class LstmCellKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final FloatVector ONE = FloatVector.broadcast(S, 1f);

    private final int batch;
    private final int hidden;
    private final ByteBuffer z;
    private final ByteBuffer dz;
    private final ByteBuffer c;
    private final ByteBuffer tanhC;
    private final ByteBuffer h;
    private final ByteBuffer dh;
    private final ByteBuffer dc;
    /** The peepholes [p_i | p_f | p_o], copied from the parameters at each pass; null without peepholes. */
    private final float[] peep;

    LstmCellKernel(int batch, int hidden, boolean peepholes, INDArray z, INDArray dz, INDArray c, INDArray tanhC,
                   INDArray h, INDArray dh, INDArray dc) {
        if (!fits(DataType.FLOAT, hidden)) {
            throw new IllegalArgumentException("the cell kernel needs a hidden size that is a multiple of " + S.length());
        }
        this.batch = batch;
        this.hidden = hidden;
        this.z = bytes(z);
        this.dz = bytes(dz);
        this.c = bytes(c);
        this.tanhC = bytes(tanhC);
        this.h = bytes(h);
        this.dh = bytes(dh);
        this.dc = bytes(dc);
        this.peep = peepholes ? new float[3 * hidden] : null;
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
        if (a.isView() || a.ordering() != 'c' || a.dataType() != DataType.FLOAT) {
            throw new IllegalArgumentException("the cell kernel works on whole row-major float arrays");
        }
        ByteBuffer b = a.data().asNio().order(ORDER);
        if (b.capacity() < 4L * a.length()) {
            throw new IllegalStateException("ND4J's buffer view is shorter than its array");
        }
        return b;
    }

    /** Takes the current peephole weights [1, 3H] (they change between passes, never within one). */
    void usePeepholes(INDArray p) {
        for (int j = 0; j < peep.length; j++) {
            peep[j] = p.getFloat(0, j);
        }
    }

    /**
     * Step t forward; z holds the pre-activations on entry and the gate activations i, f, o, g on exit:
     * i = sigmoid(z_i + p_i c_{t-1}), f = sigmoid(z_f + p_f c_{t-1}), g = tanh(z_g), c_t = f c_{t-1} + i g,
     * o = sigmoid(z_o + p_o c_t), h_t = o tanh(c_t).
     */
    void forward(int t) {
        for (int b = 0; b < batch; b++) {
            int prev = (t * batch + b) * hidden;
            for (int j = 0; j < hidden; j += S.length()) {
                forwardLanes(4 * prev, prev, prev + batch * hidden, j);
            }
        }
    }

    /**
     * Lanes j.. of one sequence's step: z from zRow, c_{t-1} and tanh(c_t) from prev, c_t and h_t at now.
     * A method of its own so that C2 compiles it whole: in a larger body it hits the node-count cutoff and
     * leaves vector operations as (allocating) Java calls.
     */
    private void forwardLanes(int zRow, int prev, int now, int j) {
        FloatVector cPrev = load(c, prev + j);
        FloatVector zi = load(z, zRow + j), zf = load(z, zRow + hidden + j);
        FloatVector zo = load(z, zRow + 2 * hidden + j), zg = load(z, zRow + 3 * hidden + j);
        if (peep != null) {
            zi = zi.add(cPrev.mul(peep(j)));
            zf = zf.add(cPrev.mul(peep(hidden + j)));
        }
        FloatVector i = sigmoid(zi), f = sigmoid(zf), g = zg.lanewise(VectorOperators.TANH);
        FloatVector cNow = f.mul(cPrev).add(i.mul(g));
        if (peep != null) {
            zo = zo.add(cNow.mul(peep(2 * hidden + j)));
        }
        FloatVector o = sigmoid(zo), tc = cNow.lanewise(VectorOperators.TANH);
        store(i, z, zRow + j);
        store(f, z, zRow + hidden + j);
        store(o, z, zRow + 2 * hidden + j);
        store(g, z, zRow + 3 * hidden + j);
        store(cNow, c, now + j);
        store(tc, tanhC, prev + j);
        store(o.mul(tc), h, now + j);
    }

    /**
     * Step t back: dh holds dL/dh_t in full, dc holds dL/dc_t from step t+1 on entry and dL/dc_{t-1} on exit.
     * <pre>
     *   dz_o = dh tanh(c) o(1-o);  dc += dh o (1 - tanh(c)^2)  (+ dz_o p_o)
     *   dz_i = dc g i(1-i);  dz_f = dc c_{t-1} f(1-f);  dz_g = dc i (1-g^2)
     *   dc_{t-1} = dc f  (+ dz_i p_i + dz_f p_f);  dz clipped to [-clip, clip] when clip > 0
     * </pre>
     */
    void backward(int t, double clip) {
        for (int b = 0; b < batch; b++) {
            int prev = (t * batch + b) * hidden;
            for (int j = 0; j < hidden; j += S.length()) {
                backwardLanes(4 * prev, prev, prev + batch * hidden, b * hidden, j);
                if (clip > 0) {
                    clipLanes(4 * prev + j, (float) clip);
                }
            }
        }
    }

    /** Lanes j.. of one sequence's step back; dc at carry. A method of its own for the reason of forwardLanes. */
    private void backwardLanes(int zRow, int prev, int now, int carry, int j) {
        FloatVector i = load(z, zRow + j), f = load(z, zRow + hidden + j);
        FloatVector o = load(z, zRow + 2 * hidden + j), g = load(z, zRow + 3 * hidden + j);
        FloatVector tc = load(tanhC, prev + j), dhNow = load(dh, now + j);
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
     * dz limited to [-limit, limit] in the four gates' lanes from {@code at}, by compare and blend. Apart from
     * {@link #backwardLanes}: together they passed C2's node-count cutoff, which left vector operations as
     * allocating Java calls at a third of the speed.
     */
    private void clipLanes(int at, float limit) {
        FloatVector high = FloatVector.broadcast(S, limit), low = FloatVector.broadcast(S, -limit);
        for (int gate = 0; gate < 4; gate++) {
            FloatVector v = load(dz, at + gate * hidden);
            v = v.blend(high, v.compare(VectorOperators.GT, high));
            store(v.blend(low, v.compare(VectorOperators.LT, low)), dz, at + gate * hidden);
        }
    }

    /** 1 / (1 + exp(-v)); exp overflowing to infinity gives the right limit 0. */
    private static FloatVector sigmoid(FloatVector v) {
        return ONE.div(v.neg().lanewise(VectorOperators.EXP).add(ONE));
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
