package inkwell.model;

import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.Map;

/**
 * The soft attention window of section 5.1, computed from the first layer's output:
 * <pre>
 *   (a^, b^, k^) = W h1_t + bias          (K each)
 *   a = exp(a^), b = exp(b^), kappa_t = kappa_{t-1} + exp(k^)
 *   phi(t,u) = sum_k a_k exp(-b_k (kappa_k - u)^2)
 *   w_t = sum_u phi(t,u) c_u              (c_u one-hot)
 * </pre>
 * The K x U Gaussian arithmetic per step is small and branchy, so it runs in plain Java doubles on the
 * ND4J buffers; the product with W is the one ND4J call. Shapes: h1_t [B, H], params [B, 3K], w_t [B, A].
 */
final class SoftWindow {
    final int mixtures;
    private final INDArray weights;
    private final INDArray bias;

    SoftWindow(ParameterSet params) {
        this.weights = params.get("window.W");
        this.bias = params.get("window.b");
        this.mixtures = (int) bias.columns() / 3;
    }

    static void declare(Map<String, long[]> layout, int hidden, int mixtures) {
        layout.put("window.W", new long[]{hidden, 3L * mixtures});
        layout.put("window.b", new long[]{1, 3L * mixtures});
    }

    static void initialise(ParameterSet params, int mixtures, double kappaBias) {
        INDArray b = params.get("window.b");
        for (int k = 0; k < mixtures; k++) {
            b.putScalar(0, 2L * mixtures + k, kappaBias);
        }
    }

    /**
     * Per-batch state of the window: the Gaussians of every step (kept for the backward pass and for attention
     * pictures) and the characters each sequence attends to. Rows are time-major, t * B + b.
     */
    static final class State {
        final int batch;
        final int maxSteps;
        final int maxChars;
        final int alphabet;
        final double[] alpha;
        final double[] beta;
        final double[] kappa;
        final double[] step;
        final double[] phi;
        final double[] dKappa;
        final double[] w;
        final double[] bias;
        /** The window's pre-activations (a^, b^, k^) of the current step, bias included: [B, 3K]. */
        final double[] pre;
        final int[] chars;
        int charCount;

        State(int batch, int maxSteps, int maxChars, int mixtures, int alphabet) {
            this.batch = batch;
            this.maxSteps = maxSteps;
            this.maxChars = maxChars;
            this.alphabet = alphabet;
            alpha = new double[maxSteps * batch * mixtures];
            beta = new double[alpha.length];
            kappa = new double[alpha.length];
            step = new double[alpha.length];
            phi = new double[maxSteps * batch * (maxChars + 1)];
            dKappa = new double[batch * mixtures];
            w = new double[batch * alphabet];
            bias = new double[3 * mixtures];
            pre = new double[batch * 3 * mixtures];
            chars = new int[batch * maxChars];
        }

        /**
         * Sets the characters of each sequence; codes[b] may be shorter than the longest (padding attends to nothing).
         */
        void setCharacters(int[][] codes) {
            if (codes.length != batch) {
                throw new IllegalArgumentException("expected " + batch + " character sequences, got " + codes.length);
            }
            int u = 0;
            for (int[] c : codes) {
                u = Math.max(u, c.length);
            }
            if (u > maxChars) {
                throw new IllegalArgumentException("a text of " + u + " characters exceeds the buffer of " + maxChars);
            }
            charCount = u;
            Arrays.fill(chars, -1);
            for (int b = 0; b < batch; b++) {
                System.arraycopy(codes[b], 0, chars, b * u, codes[b].length);
            }
        }

        /** phi(t, u) for sequence b; u == charCount is the position after the last character. */
        double phi(int t, int b, int u) {
            return phi[(t * batch + b) * (maxChars + 1) + u];
        }

        /**
         * phi(t, u) of sequence b for steps 0..steps-1 over positions 0..chars, the last being the position after
         * its text; recomputed from a, b and kappa because a forward pass stops at the batch's longest text.
         */
        float[][] attention(int b, int steps, int chars, int mixtures) {
            float[][] rows = new float[steps][chars + 1];
            for (int t = 0; t < steps; t++) {
                for (int k = 0; k < mixtures; k++) {
                    int i = (t * batch + b) * mixtures + k;
                    for (int u = 0; u <= chars; u++) {
                        double d = kappa[i] - u;
                        rows[t][u] += (float) (alpha[i] * Math.exp(-beta[i] * d * d));
                    }
                }
            }
            return rows;
        }

        /** The window position: mean of kappa over the K Gaussians, weighted by a. */
        double position(int t, int b, int mixtures) {
            double num = 0, den = 0;
            for (int k = 0; k < mixtures; k++) {
                int i = (t * batch + b) * mixtures + k;
                num += alpha[i] * kappa[i];
                den += alpha[i];
            }
            return num / den;
        }
    }

    /**
     * Forward step t: reads h1_t, writes the window parameters into {@code p} (row block t) and w_t into
     * {@code wOut}. {@code kappaPrevStep} is the step whose kappa continues (t - 1), or -1 to start at
     * {@code kappaStart} (zeros for training, the reached position when sampling continues).
     */
    void forwardStep(State s, int t, INDArray h1, INDArray p, INDArray wOut, double[] kappaStart, boolean withEnd) {
        int batch = s.batch, k3 = 3 * mixtures;
        Nd4j.gemm(h1, weights, p, false, false, 1.0, 0.0);
        DataBuffer pb = p.data();
        for (int j = 0; j < k3; j++) {
            s.bias[j] = bias.getDouble(0, j);
        }
        for (int b = 0; b < batch; b++) {
            for (int j = 0; j < k3; j++) {
                s.pre[b * k3 + j] = pb.getDouble(b * k3 + j) + s.bias[j];
            }
        }
        attend(s, t, mixtures, kappaStart, withEnd);
        DataBuffer wb = wOut.data();
        for (int j = 0; j < batch * s.alphabet; j++) {
            wb.put(j, s.w[j]);
        }
    }

    /**
     * The Gaussian part of forward step t, from the pre-activations in {@code s.pre} to a, b, kappa, phi and w_t
     * in {@code s}; shared by training and by the sampler's plain-Java step, which computes the pre-activations
     * its own way. {@code withEnd} also computes phi at the position after the last character (the stop rule).
     */
    static void attend(State s, int t, int mixtures, double[] kappaStart, boolean withEnd) {
        int batch = s.batch, k3 = 3 * mixtures, chars = s.charCount, stride = s.maxChars + 1;
        Arrays.fill(s.w, 0.0);
        for (int b = 0; b < batch; b++) {
            int phiRow = (t * batch + b) * stride;
            for (int u = 0; u <= chars; u++) {
                s.phi[phiRow + u] = 0.0;
            }
            for (int k = 0; k < mixtures; k++) {
                int i = (t * batch + b) * mixtures + k;
                double a = Math.exp(s.pre[b * k3 + k]);
                double be = Math.exp(s.pre[b * k3 + mixtures + k]);
                double inc = Math.exp(s.pre[b * k3 + 2 * mixtures + k]);
                double prev = t > 0 ? s.kappa[i - batch * mixtures]
                        : kappaStart == null ? 0.0 : kappaStart[b * mixtures + k];
                double kap = prev + inc;
                s.alpha[i] = a;
                s.beta[i] = be;
                s.step[i] = inc;
                s.kappa[i] = kap;
                int last = withEnd ? chars : chars - 1;
                for (int u = 0; u <= last; u++) {
                    double d = kap - u;
                    s.phi[phiRow + u] += a * Math.exp(-be * d * d);
                }
            }
            for (int u = 0; u < chars; u++) {
                int c = s.chars[b * chars + u];
                if (c >= 0) {
                    s.w[b * s.alphabet + c] += s.phi[phiRow + u];
                }
            }
        }
    }

    /**
     * Backward step t, from dL/dw_t ({@code dw}, complete) to dL/dp_t (written into {@code dp}) and
     * dL/dh1_t (added into {@code dh1}). dKappa carries dL/dkappa from step t+1, since kappa_{t+1} = kappa_t + ...
     * <pre>
     *   dphi(u) = dw[c_u];  e_k(u) = exp(-b_k (kappa_k - u)^2)
     *   da_k = sum_u dphi e_k;  db_k = -sum_u dphi a_k e_k (kappa_k - u)^2;
     *   dkappa_k += -2 b_k sum_u dphi a_k e_k (kappa_k - u)
     *   da^ = da a;  db^ = db b;  dk^ = dkappa exp(k^)
     * </pre>
     */
    void backwardStep(State s, int t, INDArray dw, INDArray dp, INDArray dh1) {
        int batch = s.batch, k3 = 3 * mixtures, chars = s.charCount;
        DataBuffer dwb = dw.data();
        DataBuffer dpb = dp.data();
        for (int b = 0; b < batch; b++) {
            for (int k = 0; k < mixtures; k++) {
                int i = (t * batch + b) * mixtures + k;
                double a = s.alpha[i], be = s.beta[i], kap = s.kappa[i];
                double da = 0, db = 0, dk = 0;
                for (int u = 0; u < chars; u++) {
                    int c = s.chars[b * chars + u];
                    if (c < 0) {
                        continue;
                    }
                    double g = dwb.getDouble((long) b * s.alphabet + c);
                    double d = kap - u;
                    double e = Math.exp(-be * d * d);
                    da += g * e;
                    db -= g * a * e * d * d;
                    dk -= 2.0 * be * g * a * e * d;
                }
                double dKappaTotal = s.dKappa[b * mixtures + k] + dk;
                s.dKappa[b * mixtures + k] = dKappaTotal;
                dpb.put((long) b * k3 + k, da * a);
                dpb.put((long) b * k3 + mixtures + k, db * be);
                dpb.put((long) b * k3 + 2 * mixtures + k, dKappaTotal * s.step[i]);
            }
        }
        Nd4j.gemm(dp, weights, dh1, false, true, 1.0, 1.0);
    }

    /** dW += H1^T dP and db += column sums of dP over all steps, once the per-step loop is done. */
    void backpropWeights(ParameterSet grads, INDArray h1All, INDArray dpAll, INDArray ones) {
        Nd4j.gemm(h1All, dpAll, grads.get("window.W"), true, false, 1.0, 1.0);
        Nd4j.gemm(ones, dpAll, grads.get("window.b"), false, false, 1.0, 1.0);
    }
}
