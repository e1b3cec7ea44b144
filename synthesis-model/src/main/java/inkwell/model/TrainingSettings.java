package inkwell.model;

/**
 * How a training run goes. Learning rate: linear warm-up over {@code warmupSteps}, then halved every
 * {@code halfLifeSteps} (0: constant). Gradients: the paper's derivative clipping, then the global norm limited
 * to {@code maxGradientNorm} (0: no limit). With {@code keepSnapshots}, every validation also leaves the weights
 * of that step (see {@link Trainer}).
 */
public record TrainingSettings(int batchSize, int maxSteps, String optimizer, double learningRate, int warmupSteps,
                               long halfLifeSteps, double maxGradientNorm, TrainingPass.Clipping clipping,
                               int validateEvery, int checkpointEvery, long totalSteps, long seed,
                               boolean keepSnapshots) {

    public TrainingSettings {
        if (batchSize < 1 || maxSteps < 2 || learningRate <= 0 || validateEvery < 1 || checkpointEvery < 1) {
            throw new IllegalArgumentException("invalid training settings: " + batchSizeText(batchSize, maxSteps, learningRate));
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
