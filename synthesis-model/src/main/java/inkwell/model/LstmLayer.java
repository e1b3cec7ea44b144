package inkwell.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.List;

/**
 * One LSTM layer, gates ordered [i, f, o, g] along the 4H columns, optionally with peepholes p (section 2):
 * <pre>
 *   z_t = sum_j x^j_t Wx_j + b  +  h_{t-1} U  (+ w_{t-1} V, the window feedback of layer 1)
 *   i = sigmoid(z_i + p_i c_{t-1});  f = sigmoid(z_f + p_f c_{t-1});  g = tanh(z_g)
 *   c_t = f * c_{t-1} + i * g;  o = sigmoid(z_o + p_o c_t);  h_t = o * tanh(c_t)
 * </pre>
 * The inputs that do not depend on this layer's past are projected for all timesteps at once
 * ({@link #projectInputs}); only the recurrent products run one step at a time.
 * Shapes: inputs [T*B, n_j] time-major (row t*B + b), z and gates [B, 4H] per step, states [B, H].
 */
final class LstmLayer {
    final int hidden;
    private final String name;
    private final List<String> inputNames;
    private final List<INDArray> inputWeights;
    private final INDArray recurrent;
    private final INDArray feedback;
    private final INDArray bias;
    private final INDArray peepI;
    private final INDArray peepF;
    private final INDArray peepO;

    /**
     * @param inputNames the precomputable input blocks, e.g. "x", "h", "w"; their weights are name.W_x etc.
     * @param feedback   whether the layer reads the previous window vector each step (layer 1 of the synthesis net)
     */
    LstmLayer(String name, ParameterSet params, List<String> inputNames, boolean feedback, boolean peepholes) {
        this.name = name;
        this.inputNames = List.copyOf(inputNames);
        this.inputWeights = inputNames.stream().map(n -> params.get(name + ".W_" + n)).toList();
        this.recurrent = params.get(name + ".U");
        this.feedback = feedback ? params.get(name + ".V") : null;
        this.bias = params.get(name + ".b");
        this.hidden = (int) recurrent.rows();
        INDArray p = peepholes ? params.get(name + ".P") : null;
        this.peepI = p == null ? null : p.get(NDArrayIndex.all(), NDArrayIndex.interval(0, hidden));
        this.peepF = p == null ? null : p.get(NDArrayIndex.all(), NDArrayIndex.interval(hidden, 2L * hidden));
        this.peepO = p == null ? null : p.get(NDArrayIndex.all(), NDArrayIndex.interval(2L * hidden, 3L * hidden));
    }

    static void declare(java.util.Map<String, long[]> layout, String name, List<String> inputNames,
                        List<Integer> inputWidths, int hidden, int feedbackWidth, boolean peepholes) {
        for (int j = 0; j < inputNames.size(); j++) {
            layout.put(name + ".W_" + inputNames.get(j), new long[]{inputWidths.get(j), 4L * hidden});
        }
        layout.put(name + ".U", new long[]{hidden, 4L * hidden});
        if (feedbackWidth > 0) {
            layout.put(name + ".V", new long[]{feedbackWidth, 4L * hidden});
        }
        layout.put(name + ".b", new long[]{1, 4L * hidden});
        if (peepholes) {
            layout.put(name + ".P", new long[]{1, 3L * hidden});
        }
    }

    /** Z = sum_j X_j Wx_j + b for all timesteps: one large product per input instead of one per step. */
    void projectInputs(List<INDArray> inputs, INDArray z) {
        for (int j = 0; j < inputs.size(); j++) {
            Nd4j.gemm(inputs.get(j), inputWeights.get(j), z, false, false, 1.0, j == 0 ? 0.0 : 1.0);
        }
        z.addiRowVector(bias);
    }

    /**
     * dWx_j += X_j^T dZ, db += column sums of dZ (as the product ones^T dZ, several times faster than ND4J's
     * sum), dX_j += dZ Wx_j^T (a null target skips that input).
     */
    void backpropInputs(ParameterSet grads, List<INDArray> inputs, INDArray dz, List<INDArray> dInputs, INDArray ones) {
        for (int j = 0; j < inputs.size(); j++) {
            Nd4j.gemm(inputs.get(j), dz, grads.get(name + ".W_" + inputNames.get(j)), true, false, 1.0, 1.0);
            if (dInputs.get(j) != null) {
                Nd4j.gemm(dz, inputWeights.get(j), dInputs.get(j), false, true, 1.0, 1.0);
            }
        }
        Nd4j.gemm(ones, dz, grads.get(name + ".b"), false, false, 1.0, 1.0);
    }

    /**
     * dU = H_{prev}^T dZ (and dV = W_{prev}^T dZ) over all timesteps once the per-step loop is done; with
     * peepholes dp_i = sum dz_i c_{t-1}, dp_f = sum dz_f c_{t-1}, dp_o = sum dz_o c_t.
     */
    void backpropRecurrent(ParameterSet grads, INDArray hPrevAll, INDArray wPrevAll, INDArray dz,
                           INDArray cPrevAll, INDArray cAll) {
        Nd4j.gemm(hPrevAll, dz, grads.get(name + ".U"), true, false, 1.0, 1.0);
        if (feedback != null) {
            Nd4j.gemm(wPrevAll, dz, grads.get(name + ".V"), true, false, 1.0, 1.0);
        }
        if (peepI != null) {
            INDArray dp = grads.get(name + ".P");
            long h = hidden;
            dp.get(NDArrayIndex.all(), NDArrayIndex.interval(0, h))
                    .addi(gate(dz, 0).mul(cPrevAll).sum(0).reshape(1, h));
            dp.get(NDArrayIndex.all(), NDArrayIndex.interval(h, 2 * h))
                    .addi(gate(dz, 1).mul(cPrevAll).sum(0).reshape(1, h));
            dp.get(NDArrayIndex.all(), NDArrayIndex.interval(2 * h, 3 * h))
                    .addi(gate(dz, 2).mul(cAll).sum(0).reshape(1, h));
        }
    }

    private INDArray gate(INDArray z, int index) {
        return z.get(NDArrayIndex.all(), NDArrayIndex.interval((long) index * hidden, (long) (index + 1) * hidden));
    }

    /** The per-step views one forward and one backward step work on; built once per buffer, never in the loop. */
    record Step(INDArray z, INDArray ifo, INDArray iF, INDArray i, INDArray f, INDArray o, INDArray g,
                INDArray hPrev, INDArray wPrev, INDArray cPrev, INDArray c, INDArray tanhC, INDArray h,
                INDArray dz, INDArray dzi, INDArray dzf, INDArray dzo, INDArray dzg,
                INDArray dh, INDArray dhPrev, INDArray dwPrev, INDArray tmp) {
    }

    /**
     * z holds the input projection on entry and the gate activations on exit. ({@link LstmStepKernel} computes
     * the same for float training much faster; this is the reference, and the path in double.)
     */
    void forwardStep(Step s) {
        Nd4j.gemm(s.hPrev, recurrent, s.z, false, false, 1.0, 1.0);
        if (feedback != null) {
            Nd4j.gemm(s.wPrev, feedback, s.z, false, false, 1.0, 1.0);
        }
        if (peepI == null) {
            Transforms.sigmoid(s.ifo, false);
        } else {
            s.i.addi(s.tmp.assign(s.cPrev).muliRowVector(peepI));
            s.f.addi(s.tmp.assign(s.cPrev).muliRowVector(peepF));
            Transforms.sigmoid(s.iF, false);
        }
        Transforms.tanh(s.g, false);
        s.f.mul(s.cPrev, s.c);
        s.i.mul(s.g, s.tmp);
        s.c.addi(s.tmp);
        if (peepO != null) {
            s.o.addi(s.tmp.assign(s.c).muliRowVector(peepO));
            Transforms.sigmoid(s.o, false);
        }
        Nd4j.exec(new Tanh(s.c, s.tanhC));
        s.o.mul(s.tanhC, s.h);
    }

    /**
     * One step back. {@code s.dh} holds dL/dh_t in full; {@code dc} holds dL/dc_t from step t+1 on entry and
     * dL/dc_{t-1} on exit. Adds dL/dh_{t-1} (and dL/dw_{t-1}) into the step's targets.
     * <pre>
     *   dz_o = dh * tanh(c) * o(1-o);  dc += dh * o * (1 - tanh(c)^2)  (+ dz_o p_o)
     *   dz_i = dc * g * i(1-i);  dz_f = dc * c_{t-1} * f(1-f);  dz_g = dc * i * (1-g^2)
     *   dc_{t-1} = dc * f  (+ dz_i p_i + dz_f p_f);  dh_{t-1} += dz U^T
     * </pre>
     */
    void backwardStep(Step s, INDArray dc, double clip) {
        s.dh.mul(s.tanhC, s.dzo);
        mulSigmoidDerivative(s.dzo, s.o, s.tmp);

        s.tanhC.mul(s.tanhC, s.tmp);
        s.tmp.rsubi(1.0).muli(s.o).muli(s.dh);
        dc.addi(s.tmp);
        if (peepO != null) {
            dc.addi(s.tmp.assign(s.dzo).muliRowVector(peepO));
        }

        dc.mul(s.g, s.dzi);
        mulSigmoidDerivative(s.dzi, s.i, s.tmp);
        dc.mul(s.cPrev, s.dzf);
        mulSigmoidDerivative(s.dzf, s.f, s.tmp);
        s.g.mul(s.g, s.tmp);
        s.tmp.rsubi(1.0).muli(s.i);
        dc.mul(s.tmp, s.dzg);
        dc.muli(s.f);
        if (peepI != null) {
            dc.addi(s.tmp.assign(s.dzi).muliRowVector(peepI));
            dc.addi(s.tmp.assign(s.dzf).muliRowVector(peepF));
        }

        if (clip > 0) {
            Transforms.min(s.dz, clip, false);
            Transforms.max(s.dz, -clip, false);
        }
        Nd4j.gemm(s.dz, recurrent, s.dhPrev, false, true, 1.0, 1.0);
        if (feedback != null) {
            Nd4j.gemm(s.dz, feedback, s.dwPrev, false, true, 1.0, 1.0);
        }
    }

    /** x *= s (1 - s), the derivative of the sigmoid expressed by its output s. */
    private static void mulSigmoidDerivative(INDArray x, INDArray s, INDArray tmp) {
        s.mul(s, tmp);
        s.sub(tmp, tmp);
        x.muli(tmp);
    }
}
