package inkwell.app.server;

/** Ends a request with a problem answer; thrown wherever the problem is found, answered at the handler boundary. */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        // An answer, not a failure: no stack trace to fill in, and none to log.
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
