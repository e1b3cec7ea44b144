package inkwell.model;

/**
 * The architecture of a synthesis network. {@code conditional = false} gives the unconditional prediction
 * network of section 4 (the same stack without the window).
 *
 * @param layers         LSTM layers (the paper: 3)
 * @param hidden         units per LSTM layer (the paper: 400)
 * @param windowMixtures K, Gaussians of the soft window (the paper: 10)
 * @param outputMixtures M, bivariate Gaussians of the output (the paper: 20)
 * @param kappaBias      initial bias of the window's step log-offset; exp(-3) keeps the window from racing
 *                       ahead of the pen before it has learned anything (a character takes 10 to 25 points)
 * @param peepholes      whether the LSTM gates also see the cell state (the paper's cells; off by default: the
 *                       fast sampling kernel has no peepholes, so such models sample on the slower ND4J path)
 */
public record NetworkConfig(int layers, int hidden, int windowMixtures, int outputMixtures, Alphabet alphabet,
                            boolean conditional, double kappaBias, boolean peepholes) {

    /** Without peepholes. */
    public NetworkConfig(int layers, int hidden, int windowMixtures, int outputMixtures, Alphabet alphabet,
                         boolean conditional, double kappaBias) {
        this(layers, hidden, windowMixtures, outputMixtures, alphabet, conditional, kappaBias, false);
    }

    public NetworkConfig {
        require(layers >= 1 && layers <= 8, "layers must be 1 to 8, got " + layers);
        require(hidden >= 1 && hidden <= 4096, "hidden units must be 1 to 4096, got " + hidden);
        require(windowMixtures >= 1 && windowMixtures <= 64, "window Gaussians must be 1 to 64, got " + windowMixtures);
        require(outputMixtures >= 1 && outputMixtures <= 128,
                "output mixtures must be 1 to 128, got " + outputMixtures);
        require(alphabet != null, "an alphabet is required");
    }

    public static NetworkConfig paper(Alphabet alphabet) {
        return new NetworkConfig(3, 400, 10, 20, alphabet, true, -3.0);
    }

    public NetworkConfig withHidden(int h) {
        return new NetworkConfig(layers, h, windowMixtures, outputMixtures, alphabet, conditional, kappaBias,
                peepholes);
    }

    /** Width of the window vector w_t: the alphabet size, or 0 without a window. */
    public int windowWidth() {
        return conditional ? alphabet.size() : 0;
    }

    /** 1 + 6M: end-of-stroke logit, then mixture weights, means, log-deviations and correlations. */
    public int outputWidth() {
        return 1 + 6 * outputMixtures;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
