package inkwell.model.fault;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import inkwell.model.ModelFile;
import inkwell.model.Trainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Trainer promises that SIGTERM ends a run at the next step with a checkpoint. A real training process that
 * writes no periodic checkpoints is sent SIGTERM (Process.destroy) after some steps: it must exit by itself, leave
 * a readable checkpoint and say at which step it stopped, and that checkpoint must hold at least that step.
 */
class SigtermEndsRunWithCheckpointTest {

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void sigtermWritesACheckpointOfTheStepReached(@TempDir Path runDir) throws Exception {
        Path checkpoint = Trainer.checkpointPath(runDir);
        String output;
        try (ChildJvm child = ChildJvm.start(runDir, "term")) {
            child.awaitReady();
            long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!child.output().contains("\nstep 20 ")) {
                if (!child.process().isAlive() || System.nanoTime() > waitUntil) {
                    fail("the child did not reach step 20:\n" + child.tail());
                }
                Thread.sleep(20);
            }
            child.process().destroy();
            assertTrue(child.awaitExit(60), "SIGTERM did not end the run within 60 s");
            output = child.output() + "\n(exit code " + child.process().exitValue() + ")";
        }
        assertTrue(Files.exists(checkpoint), "SIGTERM ended the run without a checkpoint:\n" + output);
        long step = ModelFile.readContents(checkpoint).extraJson().path("step").asLong();
        assertTrue(step >= 20, "checkpoint at step " + step);
        assertTrue(output.contains("stopped at step " + step + " (stop requested)"), "the run should say it stopped at"
                + " step " + step + ":\n" + output);
    }
}
