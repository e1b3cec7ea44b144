package inkwell.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * All weights of a network in one flat array, with a named matrix view per block. One flat array lets the
 * optimiser, clipping and checkpoints treat the whole model as a single vector; the views let each component
 * read like the paper. A gradient is a ParameterSet of the same layout.
 */
public final class ParameterSet {
    private final INDArray flat;
    private final Map<String, INDArray> views;
    private final Map<String, long[]> layout;

    private ParameterSet(INDArray flat, Map<String, long[]> layout) {
        this.flat = flat;
        this.layout = layout;
        Map<String, INDArray> v = new LinkedHashMap<>();
        long offset = 0;
        for (Map.Entry<String, long[]> e : layout.entrySet()) {
            long rows = e.getValue()[0], cols = e.getValue()[1];
            v.put(e.getKey(), flat.get(NDArrayIndex.interval(offset, offset + rows * cols)).reshape('c', rows, cols));
            offset += rows * cols;
        }
        this.views = Collections.unmodifiableMap(v);
    }

    /** A zero-filled set with the given blocks, each {rows, cols}, in order. */
    public static ParameterSet zeros(Map<String, long[]> layout, DataType dtype) {
        long n = 0;
        for (long[] shape : layout.values()) {
            n += shape[0] * shape[1];
        }
        return new ParameterSet(Nd4j.zeros(dtype, n), Collections.unmodifiableMap(new LinkedHashMap<>(layout)));
    }

    /** A zero-filled set with this one's layout and data type, e.g. for gradients or optimiser moments. */
    public ParameterSet zerosLike() {
        return zeros(layout, flat.dataType());
    }

    public INDArray get(String name) {
        INDArray view = views.get(name);
        if (view == null) {
            throw new IllegalArgumentException("no parameter block named " + name);
        }
        return view;
    }

    public boolean has(String name) {
        return views.containsKey(name);
    }

    public INDArray flat() {
        return flat;
    }

    public long size() {
        return flat.length();
    }

    public Map<String, long[]> layout() {
        return layout;
    }

    public Map<String, INDArray> blocks() {
        return views;
    }
}
