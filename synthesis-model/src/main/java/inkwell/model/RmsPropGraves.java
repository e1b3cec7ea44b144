package inkwell.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RMSProp with momentum of the paper (equations 38-41):
 * n = a n + (1-a) g^2;  gbar = a gbar + (1-a) g;  delta = b delta - lr g / sqrt(n - gbar^2 + eps);  w += delta,
 * with a = 0.95, b = 0.9, eps = 1e-4 (the paper's learning rate is 1e-4).
 */
public final class RmsPropGraves implements Optimizer {
    private static final double DECAY = 0.95;
    private static final double MOMENTUM = 0.9;
    private static final double EPSILON = 1e-4;
    private final INDArray n;
    private final INDArray gBar;
    private final INDArray delta;
    private final INDArray scratch;

    public RmsPropGraves(ParameterSet params) {
        n = params.flat().like().assign(0);
        gBar = params.flat().like().assign(0);
        delta = params.flat().like().assign(0);
        scratch = params.flat().like();
    }

    @Override
    public void step(ParameterSet params, ParameterSet grads, double learningRate) {
        INDArray g = grads.flat();
        g.mul(g, scratch).muli(1 - DECAY);
        n.muli(DECAY).addi(scratch);
        gBar.muli(DECAY).addi(g.mul(1 - DECAY));
        gBar.mul(gBar, scratch);
        n.sub(scratch, scratch).addi(EPSILON);
        Transforms.sqrt(scratch, false);
        delta.muli(MOMENTUM).subi(g.div(scratch).muli(learningRate));
        params.flat().addi(delta);
    }

    @Override
    public Map<String, INDArray> state() {
        Map<String, INDArray> s = new LinkedHashMap<>();
        s.put("n", n);
        s.put("gbar", gBar);
        s.put("delta", delta);
        return s;
    }

    @Override
    public String name() {
        return "rmsprop";
    }
}
