package inkwell.model;

import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * Runs the parts of one piece of work at once: part 0 on the calling thread, the others on helper threads that
 * live as long as the splitter. Made for the per-step products of training, about 50-250 microseconds each and
 * thousands per batch, where handing work to an executor cost a noticeable share: a helper spins briefly for its
 * next part before it parks, and the caller spins for the helpers' ends.
 */
final class WorkSplitter {
    /** About 20 microseconds of spinning before parking: longer than the gap between two products of a step. */
    private static final int SPINS = 20_000;

    private final Helper[] helpers;
    private final ReentrantLock inUse = new ReentrantLock();

    WorkSplitter(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1, not " + parts);
        }
        helpers = new Helper[parts - 1];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = new Helper(i + 1);
        }
    }

    int parts() {
        return helpers.length + 1;
    }

    /**
     * Runs {@code part.accept(i)} for every i < {@link #parts()} and returns when all have ended. Another caller
     * already using the helpers gets its parts run one after the other on its own thread instead of waiting.
     */
    void run(IntConsumer part) {
        if (helpers.length == 0 || !inUse.tryLock()) {
            for (int i = 0; i < parts(); i++) {
                part.accept(i);
            }
            return;
        }
        try {
            for (Helper h : helpers) {
                h.start(part);
            }
            part.accept(0);
            for (Helper h : helpers) {
                h.await();
            }
        } finally {
            inUse.unlock();
        }
    }

    /** Ends the helper threads (they are daemons, so an application that forgets this still exits). */
    void close() {
        for (Helper h : helpers) {
            h.thread.interrupt();
        }
    }

    private static final class Helper implements Runnable {
        private final int index;
        private final Thread thread;
        private volatile IntConsumer task;
        private volatile boolean done = true;
        private volatile Throwable failure;

        Helper(int index) {
            this.index = index;
            thread = new Thread(this, "inkwell-kernel-" + index);
            thread.setDaemon(true);
            thread.start();
        }

        void start(IntConsumer part) {
            done = false;
            task = part;
            LockSupport.unpark(thread);
        }

        void await() {
            for (int spins = 0; !done; spins++) {
                if (spins < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(10_000);
                }
            }
            Throwable f = failure;
            if (f != null) {
                failure = null;
                if (f instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException("a kernel helper thread failed", f);
            }
        }

        @Override
        public void run() {
            while (!Thread.currentThread().isInterrupted()) {
                IntConsumer t = task;
                for (int spins = 0; t == null && spins < SPINS; spins++) {
                    Thread.onSpinWait();
                    t = task;
                }
                if (t == null) {
                    LockSupport.park(this);
                    continue;
                }
                task = null;
                try {
                    t.accept(index);
                } catch (Throwable e) {
                    failure = e;
                } finally {
                    done = true;
                }
            }
        }
    }
}
