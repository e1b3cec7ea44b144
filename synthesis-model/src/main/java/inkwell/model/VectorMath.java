package inkwell.model;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * exp, sigmoid and tanh on float vectors from IEEE operations only (multiply, add, fused multiply-add, divide,
 * integer shifts), so that every JIT tier computes the same bits. The Vector API's own EXP and TANH are not like
 * that: compiled code uses a vector library, the interpreter and C1 compute lane by lane with Math, and the results
 * differ in the last bit. A sampled line then changed with the same seed once the JIT had compiled the kernel
 * (measured: the third of eight identical requests in a fresh JVM differed from the first), and training runs would
 * differ with the timing of compilation.
 * <p>
 * Callers apply them to arrays ({@link #sigmoid(float[], int, int)}, {@link #tanh(float[], int, int)}): a body with
 * several of these inlined passes C2's node-count cutoff and is left as allocating Java calls.
 * <p>
 * exp(x) = 2^k e^r with k = round(x / ln 2), r = x - k ln 2 in two parts (|r| <= ln 2 / 2), e^r by its Taylor
 * polynomial to r^6 (relative error below 1.5e-7); x is held to [-87, 88] so that 2^k stays a normal float.
 */
final class VectorMath {
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    private static final FloatVector ONE = FloatVector.broadcast(SPECIES, 1f);
    private static final FloatVector TWO = FloatVector.broadcast(SPECIES, 2f);
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

    /** a[from, to) = sigmoid(a[from, to)), whole vectors; a small loop so that C2 compiles it whole. */
    static void sigmoid(float[] a, int from, int to) {
        for (int j = from; j < to; j += SPECIES.length()) {
            sigmoid(FloatVector.fromArray(SPECIES, a, j)).intoArray(a, j);
        }
    }

    /** a[from, to) = tanh(a[from, to)), whole vectors. */
    static void tanh(float[] a, int from, int to) {
        for (int j = from; j < to; j += SPECIES.length()) {
            tanh(FloatVector.fromArray(SPECIES, a, j)).intoArray(a, j);
        }
    }

    /** 1 / (1 + e^-x). */
    static FloatVector sigmoid(FloatVector x) {
        return ONE.div(exp(x.neg()).add(ONE));
    }

    /** 1 - 2 / (e^2x + 1): exact limits of +-1, absolute error a few 1e-8 near 0. */
    static FloatVector tanh(FloatVector x) {
        return ONE.sub(TWO.div(exp(x.add(x)).add(ONE)));
    }
}
