package inkwell.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam (Kingma and Ba, 2015) on the flat parameter vector:
 * m = b1 m + (1-b1) g;  v = b2 v + (1-b2) g^2;  w -= lr * m/(1-b1^t) / (sqrt(v/(1-b2^t)) + eps).
 */
public final class Adam implements Optimizer {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;
    private final INDArray m;
    private final INDArray v;
    private final INDArray scratch;
    private final INDArray stepCount;

    public Adam(ParameterSet params) {
        m = params.flat().like().assign(0);
        v = params.flat().like().assign(0);
        scratch = params.flat().like();
        stepCount = Nd4j.zeros(params.flat().dataType(), 1);
    }

    @Override
    public void step(ParameterSet params, ParameterSet grads, double learningRate) {
        INDArray g = grads.flat();
        double t = stepCount.getDouble(0) + 1;
        stepCount.assign(t);
        m.muli(BETA1).addi(g.mul(1 - BETA1));
        g.mul(g, scratch).muli(1 - BETA2);
        v.muli(BETA2).addi(scratch);
        double correction1 = 1 - Math.pow(BETA1, t);
        double correction2 = 1 - Math.pow(BETA2, t);
        Transforms.sqrt(scratch.assign(v), false).divi(Math.sqrt(correction2)).addi(EPSILON);
        params.flat().subi(m.div(scratch).muli(learningRate / correction1));
    }

    @Override
    public Map<String, INDArray> state() {
        Map<String, INDArray> s = new LinkedHashMap<>();
        s.put("m", m);
        s.put("v", v);
        s.put("t", stepCount);
        return s;
    }

    @Override
    public String name() {
        return "adam";
    }
}
