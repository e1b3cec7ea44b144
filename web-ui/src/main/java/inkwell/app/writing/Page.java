package inkwell.app.writing;

import inkwell.ink.Ink;
import inkwell.model.Sampler;

import java.util.List;

/**
 * A written page: the laid-out ink (page units, y up), each line as the sampler wrote it (with its attention),
 * and the lines (numbered from 1) whose step budget ran out before the model reached their end.
 */
public record Page(Ink ink, List<Sampler.Line> lines, List<Integer> unfinishedLines) {
    public Page {
        lines = List.copyOf(lines);
        unfinishedLines = List.copyOf(unfinishedLines);
    }
}
