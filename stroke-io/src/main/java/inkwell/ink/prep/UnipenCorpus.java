package inkwell.ink.prep;

import inkwell.ink.unipen.SkipReason;
import inkwell.ink.unipen.UnipenReadReport;
import inkwell.ink.unipen.UnipenReader;
import inkwell.ink.unipen.UnipenSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** A UNIPEN source read as a {@link Corpus}: each segment's contributor is its group. */
public final class UnipenCorpus implements Corpus {
    /** Category 8 lines and category 6-7 words: whatever of them the source holds. */
    public static final UnipenReader.Options LINES_AND_WORDS =
            new UnipenReader.Options(Set.of(6, 7, 8), Set.of("TEXT", "LINE", "SENTENCE", "WORD"));

    private final UnipenSource source;
    private final UnipenReader.Options options;

    public UnipenCorpus(UnipenSource source, UnipenReader.Options options) {
        this.source = source;
        this.options = options;
    }

    @Override
    public String name() {
        return source.name();
    }

    @Override
    public CorpusReport read(Consumer<CorpusSample> sink) throws IOException {
        UnipenReadReport report = new UnipenReader(source, options).read(segment -> sink.accept(
                new CorpusSample(segment.ink(), segment.contributor(), segment.category(), segment.quality())));
        Map<String, Long> skipped = new LinkedHashMap<>();
        for (SkipReason reason : SkipReason.values()) {
            if (report.skipped(reason) > 0) {
                skipped.put(reason.description(), report.skipped(reason));
            }
        }
        List<String> notes = new ArrayList<>();
        if (!report.contributorsWithoutResolution().isEmpty()) {
            notes.add("no points-per-inch header (device units, aspect taken as 1:1): "
                    + String.join(", ", report.contributorsWithoutResolution()));
        }
        return new CorpusReport(source.name(), report.files(), report.segments(), skipped, notes);
    }
}
