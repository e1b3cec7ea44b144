package inkwell.model;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MixtureDensityHeadTest {
    private static final int M = 3;

    @Test
    void lossIsFiniteForExtremeOutputs() {
        double[][] extremes = {{-60, 60}, {-300, 300}, {-1e4, 1e4}};
        SplittableRandom r = new SplittableRandom(1);
        for (double[] range : extremes) {
            for (int trial = 0; trial < 200; trial++) {
                double[] y = new double[1 + 6 * M];
                for (int i = 0; i < y.length; i++) {
                    y[i] = r.nextDouble(range[0], range[1]);
                }
                // log-deviations beyond +-300 overflow exp itself; the network never gets there
                for (int j = 0; j < 2 * M; j++) {
                    y[1 + 3 * M + j] = Math.max(-300, Math.min(300, y[1 + 3 * M + j]));
                }
                double[] dy = new double[y.length];
                double loss = MixtureDensityHead.lossAndGradient(y, dy, new double[]{0.5, -0.3, 1}, new double[]{1}, 1,
                        M, 100);
                assertTrue(Double.isFinite(loss) || loss == Double.POSITIVE_INFINITY && range[1] > 300,
                        "loss " + loss + " for outputs in " + range[0] + ".." + range[1]);
                for (double d : dy) {
                    assertTrue(Double.isFinite(d) && Math.abs(d) <= 100, "derivative " + d);
                }
            }
        }
    }

    @Test
    void lossMatchesTheDensityOfASingleStandardGaussian() {
        double[] y = new double[1 + 6];
        y[1] = 0;
        double[] dy = new double[y.length];
        double loss = MixtureDensityHead.lossAndGradient(y, dy, new double[]{0, 0, 0}, new double[]{1}, 1, 1, 0);
        // -log N(0,0 | 0, 1, 0) = log(2 pi); -log(1 - sigmoid(0)) = log 2
        assertEquals(Math.log(2 * Math.PI) + Math.log(2), loss, 1e-12);
    }

    @Test
    void highBiasSamplesConcentrateOnTheMean() {
        double[] y = new double[1 + 6];
        y[0] = -50;
        y[2] = 3;
        y[3] = -2;
        double[] out = new double[3];
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 100; i++) {
            MixtureDensityHead.sample(y, 0, 1, 8.0, r, out);
            assertEquals(3, out[0], 0.01);
            assertEquals(-2, out[1], 0.01);
            assertEquals(0, out[2]);
        }
    }
}
