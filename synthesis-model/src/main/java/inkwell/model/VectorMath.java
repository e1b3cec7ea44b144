package inkwell.model;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * exp, sigmoid and tanh on floats from IEEE operations only (multiply, add, fused multiply-add, divide,
 * integer shifts), so that every JIT tier computes the same bits. The Vector API's own EXP and TANH are not like
 * that: compiled code uses a vector library, the interpreter and C1 compute lane by lane with Math, and the results
 * differ in the last bit. A sampled line then changed with the same seed once the JIT had compiled the kernel
 * (measured: the third of eight identical requests in a fresh JVM differed from the first), and training runs would
 * differ with the timing of compilation.
 * <p>
 * sigmoid(x) = 1 / (1 + e^-x) and tanh(x) = 2 sigmoid(2x) - 1 (absolute error a few 1e-8 near 0), applied to
 * arrays by {@link #activate}.
 * <p>
 * exp(x) = 2^k e^r with k = round(x / ln 2), r = x - k ln 2 in two parts (|r| <= ln 2 / 2), e^r by its Taylor
 * polynomial to r^6 (relative error below 1.5e-7); x is held to [-87, 88] so that 2^k stays a normal float.
 */
final class VectorMath {
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final FloatVector ONE = FloatVector.broadcast(SPECIES, 1f);
    private static final FloatVector LOW = FloatVector.broadcast(SPECIES, -87f);
    private static final FloatVector HIGH = FloatVector.broadcast(SPECIES, 88f);
    private static final FloatVector LOG2E = FloatVector.broadcast(SPECIES, 1.44269504f);
    /** 1.5 * 2^23: adding it rounds to an integer, which its low mantissa bits then hold. */
    private static final FloatVector ROUNDER = FloatVector.broadcast(SPECIES, 12582912f);
    private static final int ROUNDER_BITS = Float.floatToRawIntBits(12582912f);
    private static final FloatVector LN2_HIGH = FloatVector.broadcast(SPECIES, -0.693359375f);
    private static final FloatVector LN2_LOW = FloatVector.broadcast(SPECIES, 2.12194440e-4f);
    private static final FloatVector C6 = FloatVector.broadcast(SPECIES, 1f / 720);
    private static final FloatVector C5 = FloatVector.broadcast(SPECIES, 1f / 120);
    private static final FloatVector C4 = FloatVector.broadcast(SPECIES, 1f / 24);
    private static final FloatVector C3 = FloatVector.broadcast(SPECIES, 1f / 6);
    private static final FloatVector C2 = FloatVector.broadcast(SPECIES, 0.5f);

    private VectorMath() {
    }

    static FloatVector exp(FloatVector x) {
        x = x.blend(LOW, x.compare(VectorOperators.LT, LOW));
        x = x.blend(HIGH, x.compare(VectorOperators.GT, HIGH));
        FloatVector t = x.fma(LOG2E, ROUNDER);
        FloatVector k = t.sub(ROUNDER);
        FloatVector r = k.fma(LN2_HIGH, x);
        r = k.fma(LN2_LOW, r);
        FloatVector p = C6.fma(r, C5).fma(r, C4).fma(r, C3).fma(r, C2).fma(r, ONE).fma(r, ONE);
        IntVector exponent = t.reinterpretAsInts().sub(ROUNDER_BITS - 127).lanewise(VectorOperators.LSHL, 23);
        return p.mul(exponent.reinterpretAsFloats());
    }

    /**
     * a[from, to) = sigmoid (or tanh) of a[from, to), whole vectors. One method with one exp for both, because
     * C2 inlines it at every call site: five inlined exps in one kernel body passed its node-count cutoff.
     */
    static void activate(float[] a, int from, int to, boolean tanh) {
        FloatVector scale = FloatVector.broadcast(SPECIES, tanh ? 2f : 1f);
        FloatVector shift = FloatVector.broadcast(SPECIES, tanh ? 1f : 0f);
        for (int j = from; j < to; j += SPECIES.length()) {
            FloatVector x = FloatVector.fromArray(SPECIES, a, j);
            scale.div(exp(x.mul(scale).neg()).add(ONE)).sub(shift).intoArray(a, j);
        }
    }

}
