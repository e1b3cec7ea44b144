package inkwell.model;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * A weight matrix M [K, N] laid out for the vector-times-matrix products of sampling, z = v M, for one line or
 * for eight lines at once. At batch 1 a step is a handful of such products and ND4J's cost per call dominates;
 * this one is plain Java with the Vector API.
 * <p>
 * The columns are cut into panels two vectors wide, and each panel stores its K rows one after another. A
 * product walks one panel at a time with the panel's partial sums in registers:
 * <pre>
 *   z[panel] = sum over rows i with v_i != 0 of  v_i * M[i, panel]
 * </pre>
 * so every weight is read once per step, in address order, and z is written once (an axpy over whole rows loads
 * and stores z for every row: in plain Java, auto-vectorised, it measured about seven times slower at 400 units).
 * With eight lines the sixteen partial sums of a panel (8 lines x 2 vectors)
 * share each weight load, which is what makes batch 8 cheaper than eight batch-1 steps. Rows whose input is zero
 * are skipped: the window vector is zero outside the line's characters and the pen bit is mostly zero.
 * Sampling reads the weights in bfloat16 (half the bytes to stream from memory at every step; the sums stay in
 * float), training in float.
 * <p>
 * The columns may form equal groups (the four gates of an LSTM), each padded with zero columns to whole vectors,
 * so that the element-wise work on each group also runs on whole vectors; column j of group g lands at
 * {@code g * groupStride + j} of the product. The padding columns of a product come out as zero.
 */
final class PackedMatrix {
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    static final int LANES = SPECIES.length();
    /**
     * bfloat16 weights, a panel row's two vectors in one: each int holds column j of the first vector in its low
     * half and column j of the second in its high half, so one load, a shift and a mask give both as floats.
     */
    private static final VectorSpecies<Integer> PAIRS = VectorSpecies.of(int.class, SPECIES.vectorShape());
    private static final int HIGH_HALF = 0xFFFF0000;
    /** A row of eight interleaved inputs. */
    private static final VectorSpecies<Float> EIGHT = FloatVector.SPECIES_256;
    private static final int PANEL = 2 * LANES;

    /** K, the length of the input vector. */
    final int rows;
    /** Where each column group starts in a product, a whole number of vectors apart. */
    final int groupStride;
    /** The length of a product: the groups and the padding up to a whole panel. */
    final int width;
    /** The panels in float, for training's products ({@link #multiplyLines}); null for sampling. */
    private final float[] panels;
    /**
     * The panels in bfloat16 pairs (see {@link #PAIRS}), for sampling ({@link #multiply}, {@link #multiply8});
     * null for training.
     */
    private final int[] pairs;

    /** @param m the matrix [K, columns], row-major; {@code groups} must divide the column count */
    PackedMatrix(float[] m, int columns, int groups) {
        this(m, columns, groups, false);
    }

    /**
     * @param sampling keep the weights in bfloat16, for {@link #multiply} and {@link #multiply8}; else in float,
     *                 for {@link #multiplyLines}
     */
    PackedMatrix(float[] m, int columns, int groups, boolean sampling) {
        if (columns % groups != 0 || m.length % columns != 0) {
            throw new IllegalArgumentException(m.length + " values are not rows of " + columns + " columns in "
                    + groups + " equal groups");
        }
        rows = m.length / columns;
        int groupWidth = columns / groups;
        groupStride = roundUp(groupWidth, LANES);
        width = roundUp(groups * groupStride, PANEL);
        float[] packed = new float[rows * width];
        for (int i = 0; i < rows; i++) {
            for (int g = 0; g < groups; g++) {
                for (int j = 0; j < groupWidth; j++) {
                    int at = g * groupStride + j;
                    packed[(at / PANEL * rows + i) * PANEL + at % PANEL] = m[i * columns + g * groupWidth + j];
                }
            }
        }
        panels = sampling ? null : packed;
        pairs = sampling ? new int[packed.length / 2] : null;
        for (int i = 0; sampling && i < pairs.length; i++) {
            int row = i / LANES, lane = i % LANES;
            pairs[i] = bfloat16(packed[row * PANEL + lane]) & 0xFFFF
                    | bfloat16(packed[row * PANEL + LANES + lane]) << 16;
        }
    }

    /** The bfloat16 nearest to v (ties to even): the upper half of its bits, rounded. */
    static short bfloat16(float v) {
        int bits = Float.floatToRawIntBits(v);
        if (Float.isNaN(v)) {
            return (short) ((bits >>> 16) | 0x40);
        }
        return (short) ((bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16);
    }

    static int roundUp(int n, int multiple) {
        return (n + multiple - 1) / multiple * multiple;
    }

    /** Lists in {@code nonzero} the rows i where {@code in[offset + i]} is non-zero, and returns how many there are. */
    int nonzeroRows(float[] in, int offset, int[] nonzero) {
        int count = 0;
        for (int i = 0; i < rows; i++) {
            if (in[offset + i] != 0f) {
                nonzero[count++] = i;
            }
        }
        return count;
    }

    /**
     * One line: {@code out[outOffset ...+width) = v M} with v at {@code in[inOffset ...]}, summing over the
     * first {@code count} rows listed in {@code nonzero}, with the weights in bfloat16; of it the columns of
     * {@code part} of {@code parts}. One line is bound by
     * reading the weights from memory (about 75 GB/s here in a harness, 15 MB per step at 400 units); half the bytes
     * measured twice the speed. The sums stay in float; bfloat16 keeps 8 bits of each weight's mantissa, far below the
     * sampling noise. Even and odd rows go to separate sums, so that two chains of fused multiply-adds run at once.
     */
    void multiply(float[] in, int inOffset, int[] nonzero, int count, float[] out, int outOffset, int part, int parts) {
        for (int p = panelStart(part, parts); p < panelStart(part + 1, parts); p += PANEL) {
            int base = p * rows / 2;
            FloatVector even0 = FloatVector.zero(SPECIES), even1 = even0, odd0 = even0, odd1 = even0;
            int n = 0;
            for (; n + 1 < count; n += 2) {
                int r0 = nonzero[n], r1 = nonzero[n + 1];
                IntVector pair0 = IntVector.fromArray(PAIRS, pairs, base + r0 * LANES);
                IntVector pair1 = IntVector.fromArray(PAIRS, pairs, base + r1 * LANES);
                FloatVector v0 = FloatVector.broadcast(SPECIES, in[inOffset + r0]);
                FloatVector v1 = FloatVector.broadcast(SPECIES, in[inOffset + r1]);
                even0 = first(pair0).fma(v0, even0);
                even1 = second(pair0).fma(v0, even1);
                odd0 = first(pair1).fma(v1, odd0);
                odd1 = second(pair1).fma(v1, odd1);
            }
            if (n < count) {
                int r = nonzero[n];
                IntVector pair = IntVector.fromArray(PAIRS, pairs, base + r * LANES);
                FloatVector v = FloatVector.broadcast(SPECIES, in[inOffset + r]);
                even0 = first(pair).fma(v, even0);
                even1 = second(pair).fma(v, even1);
            }
            even0.add(odd0).intoArray(out, outOffset + p);
            even1.add(odd1).intoArray(out, outOffset + p + LANES);
        }
    }

    /** The first vector of a bfloat16 pair, as floats. */
    private static FloatVector first(IntVector pair) {
        return pair.lanewise(VectorOperators.LSHL, 16).reinterpretAsFloats();
    }

    /** The second vector of a bfloat16 pair, as floats. */
    private static FloatVector second(IntVector pair) {
        return pair.and(HIGH_HALF).reinterpretAsFloats();
    }

    /**
     * Eight lines at once, their inputs interleaved (see {@link #interleave}) from {@code in[inOffset]}: line b's
     * product at {@code out[outOffset + b * outStride ...]}; the rows listed must cover every line's non-zero
     * inputs. Lines beyond the caller's batch are simply zero inputs. Of the product, the columns of {@code part}
     * of {@code parts}.
     */
    void multiply8(float[] in, int inOffset, int[] nonzero, int count, float[] out, int outOffset, int outStride,
                   int part, int parts) {
        multiply8Panels(in, inOffset, nonzero, count, out, outOffset, outStride, panelStart(part, parts),
                panelStart(part + 1, parts));
    }

    /**
     * {@link #interleave(float[], int, float[], int[])} for each eight of {@code lines} lines (a multiple of
     * eight), without the list of non-zero rows: training's products take every row.
     */
    void interleaveAll(float[] perLine, int lines, float[] into) {
        for (int first = 0; first < lines; first += 8) {
            interleave(perLine, first, into, null);
        }
    }

    /**
     * Lays out the inputs of lines {@code first} to {@code first + 7} (line b's K values at {@code perLine[b * K]})
     * for the eight-line products, at {@code into[first * K]}: K rows of eight, the lines' i-th values side by side.
     * The product reads the eight values it broadcasts for a row from one place, which lets C2 check their bounds
     * once rather than eight times; the loop then issues few enough instructions besides its multiply-adds to keep
     * them busy (in a harness: 175 against 90 GFLOP/s for three [863, 1600] products). Lists in {@code nonzero}
     * (unless null) the rows where any of the eight is non-zero, and returns how many there are.
     */
    int interleave(float[] perLine, int first, float[] into, int[] nonzero) {
        int to = first * rows;
        for (int b = 0; b < 8; b++) {
            int from = (first + b) * rows;
            for (int i = 0; i < rows; i++) {
                into[to + 8 * i + b] = perLine[from + i];
            }
        }
        int count = 0;
        for (int i = 0; nonzero != null && i < rows; i++) {
            if (FloatVector.fromArray(EIGHT, into, to + 8 * i).compare(VectorOperators.NE, 0f).anyTrue()) {
                nonzero[count++] = i;
            }
        }
        return count;
    }

    /**
     * Where part {@code part} of {@code parts} starts: the products of every kind can be split by whole panels
     * (the columns part owns) over several threads.
     */
    private int panelStart(int part, int parts) {
        return width / PANEL * part / parts * PANEL;
    }

    /**
     * Many lines (a multiple of eight, each eight's inputs {@link #interleaveAll interleaved}) with every row:
     * {@code out[b * outStride ...]} = line b's input times M, or of it the columns of {@code part} of
     * {@code parts} (whole panels, for several threads at once).
     * Panel by panel, all lines in turn, so that a panel is read from cache once per eight lines rather than the
     * whole matrix from memory: the recurrent products of training, 32 lines through a [495, 1600] matrix.
     */
    void multiplyLines(float[] in, int lines, int[] allRows, float[] out, int outStride, int part, int parts) {
        for (int p = panelStart(part, parts); p < panelStart(part + 1, parts); p += PANEL) {
            for (int g = 0; g < lines; g += 8) {
                multiply8Panels(in, g * rows, allRows, rows, out, g * outStride, outStride, p, p + PANEL);
            }
        }
    }

    /** {@code allRows} for {@link #multiplyLines}: 0, 1, ..., rows - 1. */
    int[] allRows() {
        return java.util.stream.IntStream.range(0, rows).toArray();
    }

    /** The eight-line product over panels, on the bfloat16 pairs for sampling, else on the float panels. */
    private void multiply8Panels(float[] in, int inOffset, int[] nonzero, int count, float[] out,
                                 int outOffset, int outStride, int fromPanel, int toPanel) {
        boolean bfloat16 = pairs != null;
        for (int p = fromPanel; p < toPanel; p += PANEL) {
            int base = p * rows, pairBase = base / 2;
            FloatVector a0 = FloatVector.zero(SPECIES), b0 = a0, a1 = a0, b1 = a0, a2 = a0, b2 = a0, a3 = a0, b3 = a0;
            FloatVector a4 = a0, b4 = a0, a5 = a0, b5 = a0, a6 = a0, b6 = a0, a7 = a0, b7 = a0;
            for (int n = 0; n < count; n++) {
                int r = nonzero[n], x = inOffset + 8 * r;
                FloatVector w0, w1;
                if (bfloat16) {
                    IntVector pair = IntVector.fromArray(PAIRS, pairs, pairBase + r * LANES);
                    w0 = first(pair);
                    w1 = second(pair);
                } else {
                    w0 = FloatVector.fromArray(SPECIES, panels, base + r * PANEL);
                    w1 = FloatVector.fromArray(SPECIES, panels, base + r * PANEL + LANES);
                }
                FloatVector v;
                v = FloatVector.broadcast(SPECIES, in[x]);
                a0 = w0.fma(v, a0);
                b0 = w1.fma(v, b0);
                v = FloatVector.broadcast(SPECIES, in[x + 1]);
                a1 = w0.fma(v, a1);
                b1 = w1.fma(v, b1);
                v = FloatVector.broadcast(SPECIES, in[x + 2]);
                a2 = w0.fma(v, a2);
                b2 = w1.fma(v, b2);
                v = FloatVector.broadcast(SPECIES, in[x + 3]);
                a3 = w0.fma(v, a3);
                b3 = w1.fma(v, b3);
                v = FloatVector.broadcast(SPECIES, in[x + 4]);
                a4 = w0.fma(v, a4);
                b4 = w1.fma(v, b4);
                v = FloatVector.broadcast(SPECIES, in[x + 5]);
                a5 = w0.fma(v, a5);
                b5 = w1.fma(v, b5);
                v = FloatVector.broadcast(SPECIES, in[x + 6]);
                a6 = w0.fma(v, a6);
                b6 = w1.fma(v, b6);
                v = FloatVector.broadcast(SPECIES, in[x + 7]);
                a7 = w0.fma(v, a7);
                b7 = w1.fma(v, b7);
            }
            int o = outOffset + p;
            a0.intoArray(out, o);
            b0.intoArray(out, o + LANES);
            o += outStride;
            a1.intoArray(out, o);
            b1.intoArray(out, o + LANES);
            o += outStride;
            a2.intoArray(out, o);
            b2.intoArray(out, o + LANES);
            o += outStride;
            a3.intoArray(out, o);
            b3.intoArray(out, o + LANES);
            o += outStride;
            a4.intoArray(out, o);
            b4.intoArray(out, o + LANES);
            o += outStride;
            a5.intoArray(out, o);
            b5.intoArray(out, o + LANES);
            o += outStride;
            a6.intoArray(out, o);
            b6.intoArray(out, o + LANES);
            o += outStride;
            a7.intoArray(out, o);
            b7.intoArray(out, o + LANES);
        }
    }
}
