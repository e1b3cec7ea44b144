package inkwell.model;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packed products against the textbook sum, for one line and for eight (sampling: bfloat16 weights) and for
 * many (training: float), with column groups and zero inputs; and the bfloat16 rounding.
 */
class PackedMatrixTest {

    @Test
    void bfloat16RoundsToTheNearestWithTiesToEven() {
        float one = 1f, ulp = 0x1p-7f;
        assertEquals(one, fromBfloat16(PackedMatrix.bfloat16(one + 0.49f * ulp)));
        assertEquals(one + ulp, fromBfloat16(PackedMatrix.bfloat16(one + 0.51f * ulp)));
        assertEquals(one, fromBfloat16(PackedMatrix.bfloat16(one + 0.5f * ulp)), "a tie goes to the even neighbour");
        assertEquals(one + 2 * ulp, fromBfloat16(PackedMatrix.bfloat16(one + 1.5f * ulp)),
                "a tie goes to the even neighbour");
        assertEquals(-3.140625f, fromBfloat16(PackedMatrix.bfloat16(-3.14159f)));
        assertEquals(Float.POSITIVE_INFINITY, fromBfloat16(PackedMatrix.bfloat16(Float.POSITIVE_INFINITY)));
        assertEquals(Float.POSITIVE_INFINITY, fromBfloat16(PackedMatrix.bfloat16(Float.MAX_VALUE)),
                "overflow rounds to infinity");
        assertTrue(Float.isNaN(fromBfloat16(PackedMatrix.bfloat16(Float.NaN))));
        assertEquals(0f, fromBfloat16(PackedMatrix.bfloat16(1e-41f)), 1e-40f);
    }

    private static void roundToBfloat16(float[][] m) {
        for (float[] row : m) {
            for (int j = 0; j < row.length; j++) {
                row[j] = fromBfloat16(PackedMatrix.bfloat16(row[j]));
            }
        }
    }

    static float fromBfloat16(short b) {
        return Float.intBitsToFloat((b & 0xFFFF) << 16);
    }

    @Test
    void oneLineProductIsTheVectorTimesTheMatrix() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int[] shape : new int[][]{{1, 4}, {7, 12}, {50, 4 * 37}, {33, 121}}) {
            int rows = shape[0], columns = shape[1], groups = columns % 4 == 0 ? 4 : 1;
            float[][] m = random(rows, columns, rng);
            PackedMatrix packed = new PackedMatrix(flat(m), columns, groups, true);
            roundToBfloat16(m);
            float[] v = sparse(rows, rng);
            int[] nonzero = new int[rows];
            int count = packed.nonzeroRows(v, 0, nonzero);
            float[] out = new float[packed.width + 3];
            for (int part = 0; part < 2; part++) {
                packed.multiply(v, 0, nonzero, count, out, 3, part, 2);
            }
            check(m, v, 0, groups, packed, out, 3);
        }
    }

    @Test
    void eightLineProductIsEachLineTimesTheMatrix() {
        SplittableRandom rng = new SplittableRandom(2);
        int rows = 41, columns = 4 * 19;
        float[][] m = random(rows, columns, rng);
        PackedMatrix packed = new PackedMatrix(flat(m), columns, 4, true);
        roundToBfloat16(m);
        float[] in = new float[8 * rows];
        for (int b = 0; b < 8; b++) {
            System.arraycopy(sparse(rows, rng), 0, in, b * rows, rows);
        }
        int[] nonzero = new int[rows];
        float[] interleaved = new float[8 * rows];
        int count = packed.interleave(in, 0, interleaved, nonzero);
        int expected = 0;
        for (int i = 0; i < rows; i++) {
            boolean any = false;
            for (int b = 0; b < 8; b++) {
                any |= in[b * rows + i] != 0f;
            }
            expected += any ? 1 : 0;
        }
        assertEquals(expected, count, "rows with any non-zero input");
        float[] out = new float[8 * packed.width];
        for (int part = 0; part < 3; part++) {
            packed.multiply8(interleaved, 0, nonzero, count, out, 0, packed.width, part, 3);
        }
        for (int b = 0; b < 8; b++) {
            check(m, in, b * rows, 4, packed, out, b * packed.width);
        }
    }

    @Test
    void manyLineProductInPartsIsEachLineTimesTheMatrix() {
        SplittableRandom rng = new SplittableRandom(3);
        int rows = 29, columns = 4 * 3 * PackedMatrix.LANES, lines = 16;
        float[][] m = random(rows, columns, rng);
        PackedMatrix packed = new PackedMatrix(flat(m), columns, 4);
        float[] in = new float[lines * rows];
        for (int b = 0; b < lines; b++) {
            System.arraycopy(sparse(rows, rng), 0, in, b * rows, rows);
        }
        float[] interleaved = new float[lines * rows];
        packed.interleaveAll(in, lines, interleaved);
        float[] out = new float[lines * packed.width];
        int parts = 5;
        for (int part = 0; part < parts; part++) {
            packed.multiplyLines(interleaved, lines, packed.allRows(), out, packed.width, part, parts);
        }
        for (int b = 0; b < lines; b++) {
            check(m, in, b * rows, 4, packed, out, b * packed.width);
        }
    }

    @Test
    void groupsArePaddedToWholeVectorsAndPanels() {
        PackedMatrix packed = new PackedMatrix(new float[3 * 4 * 5], 4 * 5, 4);
        assertEquals(PackedMatrix.LANES, packed.groupStride);
        assertEquals(PackedMatrix.roundUp(4 * PackedMatrix.LANES, 2 * PackedMatrix.LANES), packed.width);
    }

    private static void check(float[][] m, float[] v, int offset, int groups, PackedMatrix packed, float[] out,
                              int at) {
        int columns = m[0].length, groupWidth = columns / groups;
        for (int g = 0; g < groups; g++) {
            for (int j = 0; j < packed.groupStride; j++) {
                double expected = 0;
                if (j < groupWidth) {
                    for (int i = 0; i < m.length; i++) {
                        expected += (double) v[offset + i] * m[i][g * groupWidth + j];
                    }
                }
                assertEquals(expected, out[at + g * packed.groupStride + j], 1e-4 * (1 + Math.abs(expected)),
                        "group " + g + " column " + j);
            }
        }
        for (int j = groups * packed.groupStride; j < packed.width; j++) {
            assertEquals(0f, out[at + j], "padding column " + j);
        }
    }

    private static float[][] random(int rows, int columns, SplittableRandom rng) {
        float[][] m = new float[rows][columns];
        for (float[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = (float) rng.nextDouble(-1, 1);
            }
        }
        return m;
    }

    private static float[] flat(float[][] m) {
        float[] f = new float[m.length * m[0].length];
        for (int i = 0; i < m.length; i++) {
            System.arraycopy(m[i], 0, f, i * m[0].length, m[0].length);
        }
        return f;
    }

    /** Random values with about a third exactly zero, as the window vector and the pen bit often are. */
    private static float[] sparse(int n, SplittableRandom rng) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.nextInt(3) == 0 ? 0f : (float) rng.nextDouble(-2, 2);
        }
        return v;
    }
}
