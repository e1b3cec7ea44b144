package inkwell.ink.prep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.ink.OffsetSequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffsetStatisticsTest {

    @Test
    void meanAndPopulationStandardDeviationOverAllSteps() {
        OffsetSequence a = new OffsetSequence(new float[] {1, 3}, new float[] {0, 0}, new boolean[] {false, true});
        OffsetSequence b = new OffsetSequence(new float[] {5}, new float[] {6}, new boolean[] {true});
        OffsetStatistics s = OffsetStatistics.of(List.of(a, b));
        assertEquals(3, s.count());
        assertEquals(3.0, s.meanDx(), 1e-12);
        assertEquals(2.0, s.meanDy(), 1e-12);
        assertEquals(Math.sqrt(8 / 3.0), s.stdDx(), 1e-12);
        assertEquals(Math.sqrt(24 / 3.0), s.stdDy(), 1e-12);
    }
}
