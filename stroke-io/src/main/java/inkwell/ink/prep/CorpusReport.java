package inkwell.ink.prep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading a corpus delivered and skipped, in words a report can print: files opened, samples delivered,
 * counts of what was skipped keyed by a description of the reason, and notes (e.g. contributors without a
 * resolution header).
 */
public record CorpusReport(String source, long files, long samples, Map<String, Long> skipped, List<String> notes) {
    public CorpusReport {
        skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        notes = List.copyOf(notes);
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
