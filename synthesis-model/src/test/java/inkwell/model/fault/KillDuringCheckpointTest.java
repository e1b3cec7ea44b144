package inkwell.model.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import inkwell.model.ModelFile;
import inkwell.model.Trainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 (destroyForcibly) of a real training process ({@link CheckpointingChild}: Trainer steps with a checkpoint
 * after each, then checkpoint rewrites back to back), at a random moment or the moment a checkpoint's temp file
 * appears (a write under way), never leaves the run without a usable
 * checkpoint: after each kill the checkpoint reads back (checksum valid) with finite weights, it is newer than the
 * one read after the previous kill, the next process resumes from exactly its step, and finally a Trainer in this
 * JVM restores it and trains on. At least one kill must have interrupted a write (its temp file is the proof).
 */
class KillDuringCheckpointTest {
    private static final int KILLS = 6;

    /** The identity of the file now at {@code path} (a rename brings a new one), or null when there is none. */
    private static Object fileKey(Path path) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return a.fileKey() != null ? a.fileKey() : a.lastModifiedTime().toString() + "/" + a.size();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** Temp files ModelFile.write leaves when it is killed before its rename. */
    private static long leftoverTempFiles(Path runDir) throws IOException {
        try (Stream<Path> files = Files.list(runDir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("checkpoint.iwm") && n.endsWith(".tmp")).count();
        }
    }

    /** Returns as soon as a checkpoint temp file appears that an earlier kill did not leave: a write under way. */
    private static void awaitTempFile(Path runDir, ChildJvm child) throws IOException {
        long leftBefore = leftoverTempFiles(runDir);
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (leftoverTempFiles(runDir) == leftBefore) {
            if (!child.process().isAlive() || System.nanoTime() > waitUntil) {
                fail("the child wrote no checkpoint temp file:\n" + child.tail());
            }
            Thread.onSpinWait();
        }
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void killMinus9AtRandomMomentsLeavesAReadableResumableCheckpoint(@TempDir Path runDir) throws Exception {
        Path checkpoint = Trainer.checkpointPath(runDir);
        Random rng = new Random(Long.getLong("fault.seed", 42L));
        long lastStep = -1;
        for (int kill = 0; kill < KILLS; kill++) {
            try (ChildJvm child = ChildJvm.start(runDir, "kill")) {
                long resumedAt = child.awaitReady();
                assertEquals(Math.max(lastStep, 0), resumedAt, "the child resumes from the checkpoint read last");
                // wait until the child has replaced the checkpoint at least once, then kill it at a random moment
                Object before = fileKey(checkpoint);
                long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (Objects.equals(before, fileKey(checkpoint))) {
                    if (!child.process().isAlive() || System.nanoTime() > waitUntil) {
                        fail("the child wrote no checkpoint:\n" + child.tail());
                    }
                    Thread.sleep(5);
                }
                if (kill % 2 == 0) {
                    Thread.sleep(rng.nextInt(400));
                } else {
                    awaitTempFile(runDir, child);
                }
                child.kill();
            }
            ModelFile.Contents contents = ModelFile.readContents(checkpoint);
            long step = contents.extraJson().path("step").asLong();
            assertTrue(step > lastStep, "checkpoint step " + step + " after kill " + kill + ", " + lastStep
                    + " before");
            float[] weights = contents.model().network().parameters().flat().toFloatVector();
            for (float w : weights) {
                assertTrue(Float.isFinite(w), "a checkpoint holds a non-finite weight");
            }
            lastStep = step;
        }
        // The kills must have hit writes in progress, or this test proves nothing: each leaves its temp file.
        long interrupted = leftoverTempFiles(runDir);
        System.out.printf("KillDuringCheckpointTest: %d kills, last checkpoint at step %d, %d kills interrupted a"
                + " write%n", KILLS, lastStep, interrupted);
        assertTrue(interrupted >= 1, "no kill landed inside ModelFile.write");

        Trainer trainer = TinyTraining.resumeOrStart(runDir, TinyTraining.settings(lastStep + 3, 1_000_000),
                TinyTraining.quiet());
        assertEquals(lastStep, trainer.step());
        trainer.run(Duration.ofSeconds(60));
        assertEquals(lastStep + 3, trainer.step());
        assertEquals(lastStep + 3, ModelFile.readContents(checkpoint).extraJson().path("step").asLong());
    }
}
