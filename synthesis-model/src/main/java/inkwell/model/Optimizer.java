package inkwell.model;

import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Updates the weights in place from a gradient; its state (moments) is saved in checkpoints for exact resume. */
public interface Optimizer {

    void step(ParameterSet params, ParameterSet grads, double learningRate);

    /** Named state arrays, each with the parameters' flat layout. */
    Map<String, INDArray> state();

    String name();

    /** The optimiser of the given name with its usual hyper-parameters and zero state shaped like params. */
    static Optimizer named(String name, ParameterSet params) {
        return switch (name) {
            case "adam" -> new Adam(params);
            case "rmsprop" -> new RmsPropGraves(params);
            default -> throw new IllegalArgumentException("unknown optimiser '" + name + "'; choose adam or rmsprop");
        };
    }
}
