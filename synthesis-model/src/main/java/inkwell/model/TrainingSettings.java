package inkwell.model;

/**
 * How a training run goes. Learning rate: linear warm-up over {@code warmupSteps}, then halved every
 * {@code halfLifeSteps} (0: constant). Gradients: the paper's derivative clipping, then the global norm limited
 * to {@code maxGradientNorm} (0: no limit). With {@code keepSnapshots}, every validation also leaves the weights
 * of that step (see {@link Trainer}). {@code weightNoise} (0: none) is the standard deviation of the Gaussian noise
 * added to every weight for each batch's forward and backward pass, the update then going to the clean weights: the
 * regulariser Graves used for handwriting (section 4 of the paper, there adaptive), here fixed.
 */
public record TrainingSettings(int batchSize, int maxSteps, String optimizer, double learningRate, int warmupSteps,
                               long halfLifeSteps, double maxGradientNorm, TrainingPass.Clipping clipping,
                               int validateEvery, int checkpointEvery, long totalSteps, long seed,
                               boolean keepSnapshots, double weightNoise) {

    public TrainingSettings {
        if (!(weightNoise >= 0 && weightNoise < 1)) {
            throw new IllegalArgumentException("weight noise must be from 0 (none) to below 1, got " + weightNoise);
        }
        if (batchSize < 1 || maxSteps < 2 || learningRate <= 0 || validateEvery < 1 || checkpointEvery < 1) {
            throw new IllegalArgumentException("invalid training settings: "
                    + batchSizeText(batchSize, maxSteps, learningRate));
        }
    }

    private static String batchSizeText(int b, int s, double lr) {
        return "batch " + b + ", max steps " + s + ", learning rate " + lr;
    }

    public double learningRateAt(long step) {
        double warm = warmupSteps > 0 ? Math.min(1.0, (step + 1.0) / warmupSteps) : 1.0;
        double decay = halfLifeSteps > 0 ? Math.pow(0.5, (double) step / halfLifeSteps) : 1.0;
        return learningRate * warm * decay;
    }
}
