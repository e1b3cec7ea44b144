package inkwell.ink.format;

/** Turning y-down coordinates into y-up ones and back. */
final class Flip {
    private Flip() {
    }

    /**
     * -y, except that 0 stays +0: plain negation gives -0.0, which Double.compare (and so record equality)
     * treats as different from 0.0, and a y of 0 would then not survive a write and read.
     */
    static double negate(double y) {
        return 0.0 - y;
    }
}
