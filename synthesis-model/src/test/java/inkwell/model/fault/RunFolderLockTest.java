package inkwell.model.fault;

import inkwell.model.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trainer does not start on a run folder another trainer holds, and leaves it untouched. */
class RunFolderLockTest {

    @Test
    void aSecondTrainerOnTheSameFolderStopsBeforeWritingAnything(@TempDir Path runDir) throws IOException {
        Trainer second = TinyTraining.trainer(TinyTraining.newModel(11), TinyTraining.settings(4, 2),
                TinyTraining.shapes(), runDir, TinyTraining.quiet());
        try (FileChannel file = FileChannel.open(runDir.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock running = file.lock()) {
            IOException e = assertThrows(IOException.class, () -> second.run(null));
            assertTrue(e.getMessage().contains("in use by another training run"), e.getMessage());
            assertFalse(Files.exists(Trainer.checkpointPath(runDir)), "no checkpoint written");
            assertFalse(Files.exists(runDir.resolve("history.csv")), "no history written");
        }
        second.run(null);
        assertEquals(4, second.step(), "once the folder is free the same trainer runs");
    }
}
