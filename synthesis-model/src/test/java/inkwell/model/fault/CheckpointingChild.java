package inkwell.model.fault;

import inkwell.model.ModelFile;
import inkwell.model.Trainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The child process of the process-level fault tests. It resumes the tiny training run in {@code args[0]} from its
 * checkpoint (or starts it), as the training command does, and prints {@code READY <step>}. Then, by
 * {@code args[1]}:
 * <ul>
 * <li>{@code kill}: trains 2 steps with a checkpoint after each, then rewrites that checkpoint with
 * {@link ModelFile#write} as fast as it can, until it is killed, so that a kill at a random moment most likely
 * lands inside a write;</li>
 * <li>{@code term}: trains without end and without periodic checkpoints, until it is stopped.</li>
 * </ul>
 */
public final class CheckpointingChild {
    private CheckpointingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path runDir = Path.of(args[0]);
        Path checkpoint = Trainer.checkpointPath(runDir);
        boolean kill = args[1].equals("kill");
        long start = Files.exists(checkpoint)
                ? ModelFile.readContents(checkpoint).extraJson().path("step").asLong() : 0;
        Trainer trainer = TinyTraining.resumeOrStart(runDir, kill ? TinyTraining.settings(start + 2, 1)
                : TinyTraining.settings(Long.MAX_VALUE / 4, 1_000_000), System.out);
        System.out.println("READY " + trainer.step());
        System.out.flush();
        trainer.run(null);
        System.out.println("TRAINED " + trainer.step());
        System.out.flush();
        if (!kill) {
            return;
        }
        ModelFile.Contents c = ModelFile.readContents(checkpoint);
        Map<String, INDArray> extras = new LinkedHashMap<>();
        c.extraArrays().forEach((k, v) -> extras.put(k, Nd4j.createFromArray(v)));
        for (long n = 0; ; n++) {
            ModelFile.write(checkpoint, c.model().withProvenance(c.model().provenance().with("rewrite", n)), extras,
                    c.extraJson());
        }
    }
}
