package inkwell.ink.prep;

import inkwell.ink.format.IamOnDbTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** An unpacked IAM-OnDB tree read as a {@link Corpus}: one whiteboard, so one group ("iam"), no categories. */
public final class IamOnDbCorpus implements Corpus {
    public static final String GROUP = "iam";

    private final Path root;

    public IamOnDbCorpus(Path root) {
        this.root = root;
    }

    @Override
    public String name() {
        return root.toString();
    }

    @Override
    public CorpusReport read(Consumer<CorpusSample> sink) throws IOException {
        IamOnDbTree.Summary summary = IamOnDbTree.walk(root, line ->
                sink.accept(new CorpusSample(line.ink(), GROUP, CorpusSample.NO_CATEGORY, "")));
        Map<String, Long> skipped = new LinkedHashMap<>();
        summary.skipped().forEach((reason, count) -> skipped.put(reason.description(), (long) count));
        long files = summary.linesRead() + summary.skippedTotal();
        return new CorpusReport(root.toString(), files, summary.linesRead(), skipped, List.of());
    }
}
