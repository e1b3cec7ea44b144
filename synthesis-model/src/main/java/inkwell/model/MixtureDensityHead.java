package inkwell.model;

import java.util.SplittableRandom;

/**
 * The output of section 4.1: an end-of-stroke Bernoulli and a mixture of M bivariate Gaussians over the next
 * offset. One output row holds {@code [e^, pi^(M), mu1(M), mu2(M), s1^(M), s2^(M), rho^(M)]}, with
 * <pre>
 *   e = sigmoid(e^), pi = softmax(pi^), sigma = exp(s^), rho = RHO_LIMIT * tanh(rho^)
 *   loss = -log sum_j pi_j N(x1, x2 | mu_j, sigma_j, rho_j) - log(e if pen-up else 1 - e)
 * </pre>
 * computed in log space (log-sum-exp, log-sigmoid) so it stays finite for extreme outputs. The correlation is
 * kept just inside (-1, 1) so that 1 - rho^2 never reaches zero. All arithmetic is in double.
 */
public final class MixtureDensityHead {
    static final double RHO_LIMIT = 1.0 - 1e-6;
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private MixtureDensityHead() {
    }

    /**
     * Sums the loss over the rows whose mask is non-zero and writes dloss/dy into {@code dy} (zero where masked),
     * each derivative clipped to [-clip, clip] when clip > 0 (the paper clips at 100).
     *
     * @param targets 3 values per row: dx, dy (normalised) and pen-up (0 or 1)
     */
    public static double lossAndGradient(double[] y, double[] dy, double[] targets, double[] mask, int rows,
                                          int m, double clip) {
        int width = 1 + 6 * m;
        double total = 0;
        double[] logJoint = new double[m];
        Gaussian[] gaussians = new Gaussian[m];
        for (int r = 0; r < rows; r++) {
            int o = r * width;
            if (mask[r] == 0) {
                java.util.Arrays.fill(dy, o, o + width, 0.0);
                continue;
            }
            double x1 = targets[3 * r], x2 = targets[3 * r + 1], pen = targets[3 * r + 2];
            double logPiNorm = logPiNorm(y, o, m);
            double logMix = logMixture(y, o, m, x1, x2, logPiNorm, gaussians, logJoint);
            double eHat = y[o];
            total += rowLoss(logMix, eHat, pen);

            dy[o] = clip(sigmoid(eHat) - pen, clip);
            for (int j = 0; j < m; j++) {
                double gamma = Math.exp(logJoint[j] - logMix);
                double pi = Math.exp(y[o + 1 + j] - logPiNorm);
                Gaussian g = gaussians[j];
                double q = g.oneMinusRho2;
                dy[o + 1 + j] = clip(pi - gamma, clip);
                dy[o + 1 + m + j] = clip(-gamma * (g.z1 - g.rho * g.z2) / (g.sigma1 * q), clip);
                dy[o + 1 + 2 * m + j] = clip(-gamma * (g.z2 - g.rho * g.z1) / (g.sigma2 * q), clip);
                dy[o + 1 + 3 * m + j] = clip(-gamma * (-1 + g.z1 * (g.z1 - g.rho * g.z2) / q), clip);
                dy[o + 1 + 4 * m + j] = clip(-gamma * (-1 + g.z2 * (g.z2 - g.rho * g.z1) / q), clip);
                double dLogNdRho = g.rho / q + g.z1 * g.z2 / q - g.rho * g.zz / (q * q);
                double t = Math.tanh(y[o + 1 + 5 * m + j]);
                dy[o + 1 + 5 * m + j] = clip(-gamma * dLogNdRho * RHO_LIMIT * (1 - t * t), clip);
            }
        }
        return total;
    }

    /**
     * The loss of one row at {@code o} for one target (normalised dx, dy and pen-up), without gradients;
     * {@code scratch} holds m values, so that a caller in a time loop allocates nothing per step.
     */
    public static double loss(double[] y, int o, int m, double x1, double x2, double pen, double[] scratch) {
        return rowLoss(logMixture(y, o, m, x1, x2, logPiNorm(y, o, m), null, scratch), y[o], pen);
    }

    private static double rowLoss(double logMix, double eHat, double pen) {
        return -logMix + (pen > 0.5 ? softplus(-eHat) : softplus(eHat));
    }

    /** log sum_j exp(pi^_j): the softmax's normaliser. */
    private static double logPiNorm(double[] y, int o, int m) {
        double piMax = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            piMax = Math.max(piMax, y[o + 1 + j]);
        }
        double piSum = 0;
        for (int j = 0; j < m; j++) {
            piSum += Math.exp(y[o + 1 + j] - piMax);
        }
        return piMax + Math.log(piSum);
    }

    /**
     * log sum_j pi_j N(x | j), filling log(pi_j N(x | j)) and, unless {@code gaussians} is null, each component's
     * Gaussian, for the gradient.
     */
    private static double logMixture(double[] y, int o, int m, double x1, double x2, double logPiNorm,
                                     Gaussian[] gaussians, double[] logJoint) {
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            Gaussian g = gaussian(y, o, m, j, x1, x2);
            if (gaussians != null) {
                gaussians[j] = g;
            }
            logJoint[j] = y[o + 1 + j] - logPiNorm + g.logDensity;
            best = Math.max(best, logJoint[j]);
        }
        double sum = 0;
        for (int j = 0; j < m; j++) {
            sum += Math.exp(logJoint[j] - best);
        }
        return best + Math.log(sum);
    }

    private record Gaussian(double z1, double z2, double rho, double sigma1, double sigma2, double oneMinusRho2,
                            double zz, double logDensity) {
    }

    private static Gaussian gaussian(double[] y, int o, int m, int j, double x1, double x2) {
        double mu1 = y[o + 1 + m + j], mu2 = y[o + 1 + 2 * m + j];
        double s1 = y[o + 1 + 3 * m + j], s2 = y[o + 1 + 4 * m + j];
        double rho = RHO_LIMIT * Math.tanh(y[o + 1 + 5 * m + j]);
        double sigma1 = Math.exp(s1), sigma2 = Math.exp(s2);
        double z1 = (x1 - mu1) / sigma1, z2 = (x2 - mu2) / sigma2;
        double q = 1 - rho * rho;
        double zz = z1 * z1 + z2 * z2 - 2 * rho * z1 * z2;
        double logDensity = -LOG_2PI - s1 - s2 - 0.5 * Math.log(q) - zz / (2 * q);
        return new Gaussian(z1, z2, rho, sigma1, sigma2, q, zz, logDensity);
    }

    /**
     * Draws one offset from the row at {@code o} with bias b >= 0 (section 5.4: sigma = exp(s^ - b),
     * pi = softmax(pi^ (1 + b))): writes dx, dy and pen-up (0 or 1) into out[0..2].
     */
    public static void sample(double[] y, int o, int m, double bias, SplittableRandom rng, double[] out) {
        double piMax = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            piMax = Math.max(piMax, y[o + 1 + j] * (1 + bias));
        }
        double sum = 0;
        for (int j = 0; j < m; j++) {
            sum += Math.exp(y[o + 1 + j] * (1 + bias) - piMax);
        }
        double u = rng.nextDouble() * sum;
        int pick = m - 1;
        for (int j = 0; j < m; j++) {
            u -= Math.exp(y[o + 1 + j] * (1 + bias) - piMax);
            if (u <= 0) {
                pick = j;
                break;
            }
        }
        double sigma1 = Math.exp(y[o + 1 + 3 * m + pick] - bias);
        double sigma2 = Math.exp(y[o + 1 + 4 * m + pick] - bias);
        double rho = RHO_LIMIT * Math.tanh(y[o + 1 + 5 * m + pick]);
        double n1 = gaussian(rng), n2 = gaussian(rng);
        out[0] = y[o + 1 + m + pick] + sigma1 * n1;
        out[1] = y[o + 1 + 2 * m + pick] + sigma2 * (rho * n1 + Math.sqrt(1 - rho * rho) * n2);
        out[2] = rng.nextDouble() < sigmoid(y[o]) ? 1.0 : 0.0;
    }

    private static double gaussian(SplittableRandom rng) {
        double u1 = rng.nextDouble(), u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    static double sigmoid(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }

    /** log(1 + exp(x)) without overflow. */
    static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    private static double clip(double v, double limit) {
        return limit > 0 ? Math.max(-limit, Math.min(limit, v)) : v;
    }
}
