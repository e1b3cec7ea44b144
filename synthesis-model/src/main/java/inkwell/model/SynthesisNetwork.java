package inkwell.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Graves' handwriting synthesis network (section 5): a stack of LSTM layers, the soft window fed by the first
 * layer, and the mixture density output reading every layer.
 * <pre>
 *   layer 1 reads [x_t, w_{t-1}];  layer l > 1 reads [x_t, h^{l-1}_t, w_t];  the output reads [h^1 .. h^L]
 * </pre>
 * Without the window ({@code conditional = false}) it is the prediction network of section 4.
 * This class holds the configuration, the weights and the components; the buffers of a pass live in
 * {@link TrainingPass} and {@link Sampler}.
 */
public final class SynthesisNetwork {
    final NetworkConfig config;
    final ParameterSet params;
    final LstmLayer[] layers;
    final SoftWindow window;

    public SynthesisNetwork(NetworkConfig config, ParameterSet params) {
        Map<String, long[]> expected = layout(config);
        if (!sameLayout(expected, params.layout())) {
            throw new IllegalArgumentException("the weights do not match the configuration " + config);
        }
        this.config = config;
        this.params = params;
        this.layers = new LstmLayer[config.layers()];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = new LstmLayer(layerName(l), params, inputNames(l), l == 0 && config.conditional(),
                    config.peepholes());
        }
        this.window = config.conditional() ? new SoftWindow(params) : null;
    }

    /** A new network with small random weights: uniform in +-0.08, forget-gate bias 1, a slow window. */
    public static SynthesisNetwork initialise(NetworkConfig config, DataType dtype, long seed) {
        ParameterSet params = ParameterSet.zeros(layout(config), dtype);
        SplittableRandom rng = new SplittableRandom(seed);
        for (Map.Entry<String, INDArray> e : params.blocks().entrySet()) {
            INDArray block = e.getValue();
            if (e.getKey().endsWith(".b")) {
                continue;
            }
            double[] values = new double[(int) block.length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rng.nextDouble(-0.08, 0.08);
            }
            block.assign(Nd4j.createFromArray(values).reshape(block.shape()));
        }
        int h = config.hidden();
        for (int l = 0; l < config.layers(); l++) {
            params.get(layerName(l) + ".b").get(NDArrayIndex.all(), NDArrayIndex.interval(h, 2L * h)).assign(1.0);
        }
        if (config.conditional()) {
            SoftWindow.initialise(params, config.windowMixtures(), config.kappaBias());
        }
        return new SynthesisNetwork(config, params);
    }

    static Map<String, long[]> layout(NetworkConfig c) {
        Map<String, long[]> layout = new LinkedHashMap<>();
        int h = c.hidden(), a = c.windowWidth();
        for (int l = 0; l < c.layers(); l++) {
            List<Integer> widths = new ArrayList<>();
            for (String input : inputNames(l, c.conditional())) {
                widths.add(switch (input) {
                    case "x" -> 3;
                    case "h" -> h;
                    default -> a;
                });
            }
            LstmLayer.declare(layout, layerName(l), inputNames(l, c.conditional()), widths, h, l == 0 ? a : 0,
                    c.peepholes());
        }
        if (c.conditional()) {
            SoftWindow.declare(layout, h, c.windowMixtures());
        }
        for (int l = 0; l < c.layers(); l++) {
            layout.put("out.W_h" + (l + 1), new long[]{h, c.outputWidth()});
        }
        layout.put("out.b", new long[]{1, c.outputWidth()});
        return layout;
    }

    private List<String> inputNames(int layer) {
        return inputNames(layer, config.conditional());
    }

    private static List<String> inputNames(int layer, boolean conditional) {
        if (layer == 0) {
            return List.of("x");
        }
        return conditional ? List.of("x", "h", "w") : List.of("x", "h");
    }

    static String layerName(int layer) {
        return "lstm" + (layer + 1);
    }

    private static boolean sameLayout(Map<String, long[]> a, Map<String, long[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (String k : a.keySet()) {
            if (!java.util.Arrays.equals(a.get(k), b.get(k))) {
                return false;
            }
        }
        return true;
    }

    public NetworkConfig config() {
        return config;
    }

    public ParameterSet parameters() {
        return params;
    }

    public DataType dataType() {
        return params.flat().dataType();
    }
}
