package inkwell.model;

import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Forward and backward pass through time over a batch, with every buffer allocated once for a capacity of
 * {@code batch} sequences x {@code maxSteps} steps x {@code maxChars} characters and reused for each batch.
 * State arrays have one extra leading block of rows (t = -1) holding the zero initial state, so that the
 * state of step t lives in block t + 1 and step t's "previous" views need no special case.
 */
public final class TrainingPass {
    private final SynthesisNetwork net;
    private final int batch;
    private final int maxSteps;
    private final int hidden;
    private final int outWidth;
    private final INDArray x;
    private final INDArray[] z;
    private final INDArray[] dz;
    private final INDArray[] h;
    private final INDArray[] dh;
    private final INDArray[] c;
    private final INDArray[] tanhC;
    private final INDArray[] dc;
    private final INDArray w;
    private final INDArray dw;
    private final INDArray p;
    private final INDArray dp;
    private final INDArray y;
    private final INDArray dy;
    /** [1, T*B] of ones: column sums (the bias gradients) as products. */
    private final INDArray ones;
    /** Per step t, the rows of w_t and of dL/dw_t (block t + 1), built once. */
    private final INDArray[] windowOut;
    private final INDArray[] windowOutGrad;
    private final LstmLayer.Step[][] stepViews;
    /** Per layer, the plain-Java step over this pass's buffers, or null where ND4J computes the steps. */
    private final LstmStepKernel[] kernels;
    private final INDArray[] windowParams;
    private final INDArray[] windowGrads;
    private final SoftWindow.State windowState;
    /** The output rows y of a batch and their gradient, in double on the host for {@link MixtureDensityHead}. */
    private final double[] yHost;
    private final double[] yGradHost;
    private final double[] targetsHost;
    private final double[] maskHost;

    public TrainingPass(SynthesisNetwork net, int batch, int maxSteps, int maxChars) {
        this(net, batch, maxSteps, maxChars,
                VectorApi.PRESENT && LstmStepKernel.fits(net.dataType(), net.config.hidden()));
    }

    /**
     * @param fused whether the LSTM steps run in {@link LstmStepKernel} (float only) rather than as ND4J calls;
     *              the ND4J path is the reference the gradient checks run on, in double
     */
    TrainingPass(SynthesisNetwork net, int batch, int maxSteps, int maxChars, boolean fused) {
        this.net = net;
        this.batch = batch;
        this.maxSteps = maxSteps;
        NetworkConfig cfg = net.config;
        DataType dt = net.dataType();
        int layers = cfg.layers(), a = cfg.windowWidth();
        hidden = cfg.hidden();
        outWidth = cfg.outputWidth();
        long rows = (long) maxSteps * batch, stateRows = rows + batch;
        x = Nd4j.zeros(dt, rows, 3);
        z = new INDArray[layers];
        dz = new INDArray[layers];
        h = new INDArray[layers];
        dh = new INDArray[layers];
        c = new INDArray[layers];
        tanhC = new INDArray[layers];
        dc = new INDArray[layers];
        for (int l = 0; l < layers; l++) {
            z[l] = Nd4j.zeros(dt, rows, 4L * hidden);
            dz[l] = Nd4j.zeros(dt, rows, 4L * hidden);
            h[l] = Nd4j.zeros(dt, stateRows, hidden);
            dh[l] = Nd4j.zeros(dt, stateRows, hidden);
            c[l] = Nd4j.zeros(dt, stateRows, hidden);
            tanhC[l] = Nd4j.zeros(dt, rows, hidden);
            dc[l] = Nd4j.zeros(dt, batch, hidden);
        }
        kernels = new LstmStepKernel[layers];
        boolean cond = cfg.conditional();
        w = cond ? Nd4j.zeros(dt, stateRows, a) : null;
        dw = cond ? Nd4j.zeros(dt, stateRows, a) : null;
        int k3 = 3 * cfg.windowMixtures();
        p = cond ? Nd4j.zeros(dt, rows, k3) : null;
        dp = cond ? Nd4j.zeros(dt, rows, k3) : null;
        y = Nd4j.zeros(dt, rows, outWidth);
        dy = Nd4j.zeros(dt, rows, outWidth);
        yHost = new double[Math.toIntExact(rows * outWidth)];
        yGradHost = new double[yHost.length];
        targetsHost = new double[Math.toIntExact(3 * rows)];
        maskHost = new double[Math.toIntExact(rows)];
        windowState = cond ? new SoftWindow.State(batch, maxSteps, maxChars, cfg.windowMixtures(), a) : null;
        for (int l = 0; fused && l < layers; l++) {
            boolean feedback = l == 0 && cond;
            kernels[l] = new LstmStepKernel(SynthesisNetwork.layerName(l), batch, hidden, feedback ? a : 0,
                    cfg.peepholes(), z[l], dz[l], c[l], tanhC[l], h[l], dh[l], dc[l], feedback ? w : null,
                    feedback ? dw : null);
        }
        ones = Nd4j.ones(dt, 1, rows);
        windowOut = new INDArray[cond ? maxSteps : 0];
        windowOutGrad = new INDArray[cond ? maxSteps : 0];
        windowParams = new INDArray[cond ? maxSteps : 0];
        windowGrads = new INDArray[cond ? maxSteps : 0];
        for (int t = 0; t < windowParams.length; t++) {
            windowParams[t] = block(p, t);
            windowGrads[t] = block(dp, t);
            windowOut[t] = block(w, t + 1);
            windowOutGrad[t] = block(dw, t + 1);
        }
        stepViews = new LstmLayer.Step[layers][maxSteps];
        for (int l = 0; l < layers; l++) {
            INDArray tmp = Nd4j.zeros(dt, batch, hidden);
            for (int t = 0; t < maxSteps; t++) {
                INDArray zt = block(z[l], t), dzt = block(dz[l], t);
                stepViews[l][t] = new LstmLayer.Step(zt, cols(zt, 0, 3), cols(zt, 0, 2), cols(zt, 0, 1),
                        cols(zt, 1, 2), cols(zt, 2, 3), cols(zt, 3, 4),
                        block(h[l], t), l == 0 && cond ? block(w, t) : null, block(c[l], t), block(c[l], t + 1),
                        block(tanhC[l], t), block(h[l], t + 1),
                        dzt, cols(dzt, 0, 1), cols(dzt, 1, 2), cols(dzt, 2, 3), cols(dzt, 3, 4),
                        block(dh[l], t + 1), block(dh[l], t), l == 0 && cond ? block(dw, t) : null, tmp);
            }
        }
    }

    /** Rows [t*B, (t+1)*B): one timestep of a time-major array. */
    private INDArray block(INDArray a, int t) {
        return a.get(NDArrayIndex.interval((long) t * batch, (long) (t + 1) * batch), NDArrayIndex.all());
    }

    /** Gate columns [from*H, to*H). */
    private INDArray cols(INDArray a, int from, int to) {
        return a.get(NDArrayIndex.all(), NDArrayIndex.interval((long) from * hidden, (long) to * hidden));
    }

    /** Rows [from*B, to*B): steps from..to-1 of a time-major array. */
    private INDArray blocks(INDArray a, int from, int to) {
        return a.get(NDArrayIndex.interval((long) from * batch, (long) to * batch), NDArrayIndex.all());
    }

    /** The loss of a batch (summed over real steps), without gradients. */
    public double loss(Batch b) {
        forward(b);
        return outputLoss(b, new Clipping(0, 0), false);
    }

    /** The loss of a whole set, batch by batch in its fixed order (epoch 0), with the real steps it covered. */
    public LossTotal loss(BatchMaker batches) {
        return loss(batches, (group, batch) -> { });
    }

    /**
     * As {@link #loss(BatchMaker)}, handing each batch and its group (indices into the set) to {@code afterForward}
     * while this pass still holds its forward state, e.g. for {@link #attention}.
     */
    public LossTotal loss(BatchMaker batches, java.util.function.BiConsumer<int[], Batch> afterForward) {
        double loss = 0;
        long points = 0;
        for (int[] group : batches.epoch(0)) {
            Batch b = batches.make(group);
            loss += loss(b);
            points += b.realSteps();
            afterForward.accept(group, b);
        }
        return new LossTotal(loss, points);
    }

    /** A loss summed over {@code points} real steps. */
    public record LossTotal(double loss, long points) {
        public double perPoint() {
            return loss / points;
        }
    }

    /**
     * Forward and backward: returns the loss summed over the real steps and adds its gradient into
     * {@code grads} (which the caller zeroes).
     */
    public double lossAndGradient(Batch b, ParameterSet grads, Clipping clipping) {
        forward(b);
        double loss = outputLoss(b, clipping, true);
        backward(b.steps(), grads, clipping);
        return loss;
    }

    /**
     * The attention of sequence b in the last forward pass: phi(t, u) for its real steps, over its characters and
     * the position after them.
     */
    public float[][] attention(Batch b, int sequence) {
        return windowState.attention(sequence, b.length(sequence), b.chars()[sequence].length,
                net.config.windowMixtures());
    }

    /** The window's state after the last forward pass, for attention pictures and tests. */
    public SoftWindow.State windowState() {
        return windowState;
    }

    private void forward(Batch b) {
        if (b.size() != batch || b.steps() > maxSteps) {
            throw new IllegalArgumentException("batch of " + b.size() + " x " + b.steps() + " does not fit buffers of "
                    + batch + " x " + maxSteps);
        }
        int steps = b.steps();
        blocks(x, 0, steps).assign(Nd4j.createFromArray(b.inputs()).reshape(steps * (long) batch, 3));
        NetworkConfig cfg = net.config;
        if (windowState != null) {
            windowState.setCharacters(b.chars());
        }
        for (int l = 0; l < cfg.layers(); l++) {
            LstmLayer layer = net.layers[l];
            if (kernels[l] != null) {
                kernels[l].startPass(net.params);
            }
            layer.projectInputs(layerInputs(l, steps), blocks(z[l], 0, steps));
            for (int t = 0; t < steps; t++) {
                if (kernels[l] != null) {
                    kernels[l].forward(t);
                } else {
                    layer.forwardStep(stepViews[l][t]);
                }
                if (l == 0 && windowState != null) {
                    net.window.forwardStep(windowState, t, stepViews[0][t].h(), windowParams[t], windowOut[t], null,
                            false);
                }
            }
        }
        INDArray yT = blocks(y, 0, steps);
        for (int l = 0; l < cfg.layers(); l++) {
            Nd4j.gemm(blocks(h[l], 1, steps + 1), net.params.get("out.W_h" + (l + 1)), yT, false, false, 1.0,
                    l == 0 ? 0.0 : 1.0);
        }
        yT.addiRowVector(net.params.get("out.b"));
    }

    /** The precomputable inputs of layer l over steps 0..T-1, in the order of its weight blocks. */
    private List<INDArray> layerInputs(int l, int steps) {
        List<INDArray> in = new ArrayList<>();
        in.add(blocks(x, 0, steps));
        if (l > 0) {
            in.add(blocks(h[l - 1], 1, steps + 1));
            if (w != null) {
                in.add(blocks(w, 1, steps + 1));
            }
        }
        return in;
    }

    private List<INDArray> layerInputGradients(int l, int steps) {
        List<INDArray> in = new ArrayList<>();
        in.add(null);
        if (l > 0) {
            in.add(blocks(dh[l - 1], 1, steps + 1));
            if (dw != null) {
                in.add(blocks(dw, 1, steps + 1));
            }
        }
        return in;
    }

    private double outputLoss(Batch b, Clipping clipping, boolean gradient) {
        int rows = b.steps() * batch, n = rows * outWidth;
        copy(y.data(), yHost, n);
        widen(b.targets(), targetsHost);
        widen(b.mask(), maskHost);
        double loss = MixtureDensityHead.lossAndGradient(yHost, yGradHost, targetsHost, maskHost, rows,
                net.config.outputMixtures(), clipping.output());
        if (gradient) {
            copy(yGradHost, dy.data(), n);
        }
        return loss;
    }

    /** The first n values of a whole float or double buffer into {@code into}, without an ND4J array in between. */
    private static void copy(DataBuffer from, double[] into, int n) {
        ByteBuffer bytes = from.asNio().order(ByteOrder.nativeOrder());
        if (from.dataType() == DataType.DOUBLE) {
            bytes.asDoubleBuffer().get(into, 0, n);
        } else {
            FloatBuffer floats = bytes.asFloatBuffer();
            for (int i = 0; i < n; i++) {
                into[i] = floats.get(i);
            }
        }
    }

    private static void copy(double[] from, DataBuffer into, int n) {
        ByteBuffer bytes = into.asNio().order(ByteOrder.nativeOrder());
        if (into.dataType() == DataType.DOUBLE) {
            bytes.asDoubleBuffer().put(from, 0, n);
        } else {
            FloatBuffer floats = bytes.asFloatBuffer();
            for (int i = 0; i < n; i++) {
                floats.put(i, (float) from[i]);
            }
        }
    }

    private static void widen(float[] from, double[] into) {
        for (int i = 0; i < from.length; i++) {
            into[i] = from[i];
        }
    }

    private void backward(int steps, ParameterSet grads, Clipping clipping) {
        NetworkConfig cfg = net.config;
        int layers = cfg.layers();
        for (int l = 0; l < layers; l++) {
            dh[l].assign(0);
            dc[l].assign(0);
        }
        if (dw != null) {
            dw.assign(0);
            java.util.Arrays.fill(windowState.dKappa, 0.0);
        }
        INDArray dyT = blocks(dy, 0, steps);
        for (int l = 0; l < layers; l++) {
            INDArray hl = blocks(h[l], 1, steps + 1);
            Nd4j.gemm(hl, dyT, grads.get("out.W_h" + (l + 1)), true, false, 1.0, 1.0);
            Nd4j.gemm(dyT, net.params.get("out.W_h" + (l + 1)), blocks(dh[l], 1, steps + 1), false, true, 1.0, 1.0);
        }
        INDArray onesT = ones.get(NDArrayIndex.all(), NDArrayIndex.interval(0, (long) steps * batch));
        Nd4j.gemm(onesT, dyT, grads.get("out.b"), false, false, 1.0, 1.0);

        for (int l = layers - 1; l >= 0; l--) {
            LstmLayer layer = net.layers[l];
            if (kernels[l] != null) {
                kernels[l].startBackward();
            }
            for (int t = steps - 1; t >= 0; t--) {
                if (l == 0 && windowState != null) {
                    net.window.backwardStep(windowState, t, windowOutGrad[t], windowGrads[t], stepViews[0][t].dh());
                }
                if (kernels[l] != null) {
                    kernels[l].backward(t, clipping.lstm());
                } else {
                    layer.backwardStep(stepViews[l][t], dc[l], clipping.lstm());
                }
            }
            layer.backpropRecurrent(grads, blocks(h[l], 0, steps), l == 0 && w != null ? blocks(w, 0, steps) : null,
                    blocks(dz[l], 0, steps), blocks(c[l], 0, steps), blocks(c[l], 1, steps + 1));
            layer.backpropInputs(grads, layerInputs(l, steps), blocks(dz[l], 0, steps), layerInputGradients(l, steps),
                    onesT);
        }
        if (windowState != null) {
            net.window.backpropWeights(grads, blocks(h[0], 1, steps + 1), blocks(dp, 0, steps), onesT);
        }
    }

    /** Derivative clipping as in the paper (output 100, LSTM 10); zero disables either. */
    public record Clipping(double output, double lstm) {
        public static final Clipping NONE = new Clipping(0, 0);
        public static final Clipping PAPER = new Clipping(100, 10);
    }
}
