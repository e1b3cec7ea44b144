package inkwell.app.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where sampling runs: a fixed number of workers and a short queue. A request that finds the queue full is
 * turned away at once with 503 and Retry-After, rather than waiting in a line that grows without bound; a
 * request that waits longer than the timeout gets 503 as well. The sampler cannot be stopped halfway, so a
 * timed-out task runs on to its step budget (which bounds it) while its worker stays counted as busy.
 */
public final class SamplingPool implements AutoCloseable {
    private final ThreadPoolExecutor executor;
    private final Duration timeout;

    public SamplingPool(int workers, int queue, Duration timeout) {
        if (workers < 1 || queue < 0) {
            throw new IllegalArgumentException("need at least one worker and a queue of 0 or more");
        }
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread t = new Thread(r, "inkwell-sampler-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.timeout = timeout;
    }

    /** Runs the task on a worker and waits for it; problems for a full queue, a timeout or an interrupted wait. */
    public <T> T run(Callable<T> task) throws ExecutionException {
        Future<T> future;
        try {
            future = executor.submit(task);
        } catch (RejectedExecutionException e) {
            throw new ProblemException(Problem.of(503, "busy", "The server is busy",
                    "all " + executor.getMaximumPoolSize() + " writers are busy and " + executor.getQueue().size()
                            + " requests are waiting; try again in a few seconds").withHeader("Retry-After", "2"));
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ProblemException(Problem.of(503, "timeout", "Writing took too long",
                    "the text was not written within " + timeout.toSeconds() + " s; try a shorter text or again"
                            + " later").withHeader("Retry-After", "10"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new ProblemException(Problem.of(503, "shutting-down", "The server is stopping",
                    "the request was interrupted"));
        }
    }

    public int workers() {
        return executor.getMaximumPoolSize();
    }

    public int busy() {
        return executor.getActiveCount();
    }

    public int queued() {
        return executor.getQueue().size();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
