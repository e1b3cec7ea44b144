package inkwell.ink.unipen;

/**
 * One numbered component of a UNIPEN file: a {@code .PEN_DOWN} block, or a {@code .PEN_UP} block that holds
 * (hover) points. Coordinates are already in inches, y up; {@code kind} marks each point as ink, a {@code 0 0}
 * placeholder, or a pen lift (zero pressure). Points keep their file positions, so point-range delineations,
 * which count raw points, index them directly.
 */
record Component(boolean penDown, double[] x, double[] y, double[] t, byte[] kind, String writer) {
    static final byte INK = 0;
    static final byte PLACEHOLDER = 1;
    static final byte LIFT = 2;

    int size() {
        return x.length;
    }
}
