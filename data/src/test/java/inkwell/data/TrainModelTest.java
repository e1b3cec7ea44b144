package inkwell.data;

import inkwell.model.Alphabet;
import inkwell.model.HandwritingModel;
import inkwell.model.NetworkConfig;
import inkwell.model.OffsetStats;
import inkwell.model.Provenance;
import inkwell.model.SynthesisNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrainModelTest {

    @Test
    void aContinuedRunKeepsTheProvenanceOfTheModelItStartedFrom() {
        HandwritingModel start = new HandwritingModel(
                SynthesisNetwork.initialise(new NetworkConfig(1, 4, 1, 1, new Alphabet("ab"), true, -1), DataType.FLOAT, 1),
                new OffsetStats(0, 0, 1, 1),
                Provenance.empty().with("command", "inkwell train --run a").with("training.steps", 750));
        Provenance p = TrainModel.continuedFrom(start, Path.of("runs/a/best.iwm")).provenance();
        assertEquals("inkwell train --run a", p.get("init.command"));
        assertEquals("750", p.get("init.training.steps"));
        assertEquals("best.iwm", p.get("init.file"));
        assertEquals("", p.get("command"));
    }
}
