package inkwell.ink.prep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InspectReportTest {

    @Test
    void summarisesTheFixtureTree() throws Exception {
        InspectReport report = InspectReport.of(Path.of(getClass().getResource("/unipen/tree").toURI()));
        assertEquals(5, report.corpus().samples()); // four lines and one word
        assertEquals(3, report.writers()); // xyz/w1, prs/pressure.dat, xyz/word.dat
        assertEquals(1L, report.characterHistogram().get((int) 'w'));
        String text = report.render();
        assertTrue(text.contains("segments whose ink is in a missing include"), text);
        assertTrue(text.contains("| xyz |"), text);
    }
}
