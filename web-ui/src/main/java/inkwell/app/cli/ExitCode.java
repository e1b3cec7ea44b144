package inkwell.app.cli;

/** What the process tells its caller. */
public final class ExitCode {
    public static final int OK = 0;
    /** Something failed that the user's input did not cause (a broken model, a full disk, a bug). */
    public static final int FAILURE = 1;
    /** The command line or the input was wrong; the message says what to change. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
