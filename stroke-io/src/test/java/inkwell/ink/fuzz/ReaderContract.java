package inkwell.ink.fuzz;

import inkwell.ink.Ink;
import inkwell.ink.InkFormatException;
import inkwell.ink.InkPoint;
import inkwell.ink.Stroke;

import org.opentest4j.AssertionFailedError;

/**
 * The contract every ink reader is fuzzed against: it returns ink whose points are all finite, or it throws
 * {@link InkFormatException}. Any other exception or error (IllegalArgumentException, a plain IOException,
 * StackOverflowError, OutOfMemoryError) escapes to the fuzz loop, which reports it as a finding.
 */
final class ReaderContract {

    interface Read {
        Object read() throws Exception;
    }

    private ReaderContract() {
    }

    static FuzzRun.Outcome check(Read read) throws Exception {
        Object result;
        try {
            result = read.read();
        } catch (InkFormatException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionFailedError("an InkFormatException must say what was wrong", refused);
            }
            return FuzzRun.Outcome.REFUSED;
        }
        if (result instanceof Ink ink) {
            for (Stroke stroke : ink.strokes()) {
                for (InkPoint p : stroke.points()) {
                    if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                        throw new AssertionFailedError("accepted ink holds a non-finite point " + p);
                    }
                }
            }
        }
        return FuzzRun.Outcome.ACCEPTED;
    }
}
