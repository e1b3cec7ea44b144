package inkwell.data;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BuildReportTest {

    @Test
    void aCorpusWhereNothingWasFilteredReportsZeroForEveryReason() {
        BuildReport report = new BuildReport(new TrainingSet(Map.of(), List.of(), List.of()), List.of(), 0, Map.of(),
                Map.of());
        for (FilterReason reason : FilterReason.values()) {
            assertEquals(0, report.filtered(reason));
        }
    }
}
