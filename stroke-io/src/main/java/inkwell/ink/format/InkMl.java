package inkwell.ink.format;

/** Names shared by the InkML reader and writer. */
final class InkMl {
    static final String NAMESPACE = "http://www.w3.org/2003/InkML";
    static final String TRUTH = "truth";
    static final String WRITER = "writer";

    private InkMl() {
    }
}
