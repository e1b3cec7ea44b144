package inkwell.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProvenanceTest {
    @Test
    void theTrainingStepsAddUpOverTheModelsARunContinuedFrom() {
        Provenance chain = Provenance.empty().with("training.steps", 2000).with("init.training.steps", 14500)
                .with("init.init.training.steps", 750).with("init.init.init.data", "no steps recorded");
        assertEquals(17250, chain.totalTrainingSteps());
        assertEquals(0, Provenance.empty().totalTrainingSteps());
    }
}
