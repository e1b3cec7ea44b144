package inkwell.app.server;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SamplingPoolTest {

    @Test
    void aFullQueueIsTurnedAwayAtOnceWithRetryAfter() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (SamplingPool pool = new SamplingPool(1, 1, Duration.ofSeconds(30))) {
            Future<String> first = callers.submit(() -> pool.run(() -> {
                started.countDown();
                release.await();
                return "first";
            }));
            started.await();
            Future<String> queued = callers.submit(() -> pool.run(() -> "queued"));
            while (pool.queued() == 0) {
                Thread.sleep(5);
            }
            long start = System.nanoTime();
            ProblemException busy = assertThrows(ProblemException.class, () -> pool.run(() -> "third"));
            assertEquals(503, busy.problem().status());
            assertEquals("2", busy.problem().headers().get("Retry-After"));
            assertEquals(true, System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1));
            release.countDown();
            assertEquals("first", first.get());
            assertEquals("queued", queued.get());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aSlowPageIsAnsweredWhenTheTimeoutComes() {
        try (SamplingPool pool = new SamplingPool(1, 1, Duration.ofMillis(100))) {
            ProblemException e = assertThrows(ProblemException.class, () -> pool.run(() -> {
                Thread.sleep(5000);
                return "late";
            }));
            assertEquals(503, e.problem().status());
            assertEquals("urn:inkwell:problem:timeout", e.problem().type());
        }
    }

    @Test
    void aFailingTaskReportsItsCause() {
        try (SamplingPool pool = new SamplingPool(1, 0, Duration.ofSeconds(5))) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> pool.run(() -> {
                throw new IllegalStateException("broken");
            }));
            assertEquals("broken", e.getCause().getMessage());
        }
    }
}
