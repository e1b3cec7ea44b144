package inkwell.model;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * How many cores the numerics use, process-wide like ND4J's own settings: BLAS gets them for its products, the
 * sampling kernel splits its per-step products over them, and ND4J's element-wise operations stay on one (with two
 * OpenMP threads they measured slower on this machine while BLAS got faster). Training splits its batches over
 * cores instead ({@link ParallelTrainingPass}) and keeps this at one.
 */
public final class ComputeThreads {
    private static WorkSplitter splitter = new WorkSplitter(1);

    private ComputeThreads() {
    }

    public static synchronized void use(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        Nd4j.getEnvironment().setMaxThreads(1);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        // OpenBLAS sizes its own pool from OMP_NUM_THREADS at load; data-parallel training needs it at one thread
        // per part whatever the environment says (two parts of two BLAS threads each ran 25% slower).
        Nd4j.factory().blas().setMaxThreads(threads);
        if (splitter.parts() != threads) {
            splitter.close();
            splitter = new WorkSplitter(threads);
        }
    }

    public static synchronized int count() {
        return splitter.parts();
    }

    static synchronized WorkSplitter splitter() {
        return splitter;
    }
}
