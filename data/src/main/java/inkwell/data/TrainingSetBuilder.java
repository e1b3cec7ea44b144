package inkwell.data;

import inkwell.ink.Ink;
import inkwell.ink.OffsetSequence;
import inkwell.ink.prep.Corpus;
import inkwell.ink.prep.CorpusReport;
import inkwell.ink.prep.CorpusSample;
import inkwell.ink.prep.OffsetStatistics;
import inkwell.ink.prep.Preprocessor;
import inkwell.ink.prep.ScaleNormaliser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Builds a training-set file from one or more corpora: reads them twice (once to measure each contributor's size,
 * once to preprocess), filters, splits by writer and writes. Run as
 * {@code TrainingSetBuilder --corpus <unipen .tar.gz|tree|IAM-OnDB tree> [--corpus ...] --out <file>}.
 */
public final class TrainingSetBuilder {

    /**
     * @param corpora            paths {@link Corpus#open} accepts
     * @param categories         UNIPEN categories to keep (8 lines, 6-7 words); empty for all
     * @param prep               preprocessing
     * @param filters            sample filters
     * @param validationFraction share of writers held out
     * @param seed               seed of the writer split
     */
    public record Options(List<Path> corpora, Set<Integer> categories, Preprocessor.Settings prep,
                          FilterSettings filters, double validationFraction, long seed) {
        public Options {
            corpora = List.copyOf(corpora);
            categories = Set.copyOf(categories);
        }

        public static Options defaults(List<Path> corpora) {
            Preprocessor.Settings prep = Preprocessor.Settings.defaults();
            return new Options(corpora, Set.of(), prep, FilterSettings.defaults(prep), 0.05, 20130804L);
        }
    }

    private TrainingSetBuilder() {
    }

    /** Builds the set in memory; {@link BuildReport#set()} is ready to {@link TrainingSet#write}. */
    public static BuildReport build(Options options) throws IOException {
        List<Corpus> corpora = new ArrayList<>();
        for (Path path : options.corpora()) {
            corpora.add(Corpus.open(path));
        }
        ScaleNormaliser.Builder sizes = new ScaleNormaliser.Builder();
        for (Corpus corpus : corpora) {
            corpus.read(selected(options, sample -> sizes.add(sample.group(), sample.ink())));
        }
        Preprocessor prep = new Preprocessor(options.prep(), sizes.build(options.prep().inkPerCharacter()));
        SampleFilter filter = new SampleFilter(options.filters());

        Map<FilterReason, Long> filtered = new EnumMap<>(FilterReason.class);
        List<TrainingSample> kept = new ArrayList<>();
        List<CorpusReport> reports = new ArrayList<>();
        long[] considered = {0};
        for (Corpus corpus : corpora) {
            reports.add(corpus.read(selected(options, sample -> {
                considered[0]++;
                Ink ink = prep.apply(sample);
                Optional<FilterReason> reason = filter.reject(ink, sample.quality());
                if (reason.isPresent()) {
                    filtered.merge(reason.get(), 1L, Long::sum);
                } else {
                    kept.add(new TrainingSample(ink.text(), ink.writer(), sample.category(),
                            OffsetSequence.fromInk(ink)));
                }
            })));
        }

        Set<String> heldOut = WriterSplit.validationWriters(
                kept.stream().map(TrainingSample::writer).toList(), options.validationFraction(), options.seed());
        List<TrainingSample> train = new ArrayList<>();
        List<TrainingSample> validation = new ArrayList<>();
        for (TrainingSample s : kept) {
            (heldOut.contains(s.writer()) ? validation : train).add(s);
        }
        OffsetStatistics offsets = train.isEmpty() ? null
                : OffsetStatistics.of(train.stream().map(TrainingSample::offsets).toList());
        TrainingSet set = new TrainingSet(metadata(options, prep, offsets), train, validation);
        return new BuildReport(set, reports, considered[0], filtered, prep.scale().medians());
    }

    /** Passes on only the samples of the chosen categories. */
    private static Consumer<CorpusSample> selected(Options options, Consumer<CorpusSample> sink) {
        return sample -> {
            if (options.categories().isEmpty() || options.categories().contains(sample.category())) {
                sink.accept(sample);
            }
        };
    }

    private static Map<String, String> metadata(Options options, Preprocessor prep, OffsetStatistics offsets) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("corpora", options.corpora().stream().map(p -> p.getFileName().toString())
                .collect(Collectors.joining(",")));
        m.put("categories", options.categories().isEmpty() ? "all"
                : new java.util.TreeSet<>(options.categories()).toString());
        Preprocessor.Settings s = options.prep();
        m.put("prep.inkPerCharacter", Double.toString(s.inkPerCharacter()));
        m.put("prep.step", Double.toString(s.step()));
        m.put("prep.maxJump", Double.toString(s.maxJump()));
        m.put("prep.smoothingHalfWidth", Integer.toString(s.smoothingHalfWidth()));
        FilterSettings f = options.filters();
        m.put("filter.labelLength", f.minLabelLength() + ".." + f.maxLabelLength());
        m.put("filter.pointsPerCharacter", f.minPointsPerCharacter() + ".." + f.maxPointsPerCharacter());
        m.put("filter.widthPerCharacter", f.minWidthPerCharacter() + ".." + f.maxWidthPerCharacter());
        m.put("filter.maxHeightPerCharacterInk", Double.toString(f.maxHeightPerCharacterInk()));
        m.put("split.validationFraction", Double.toString(options.validationFraction()));
        m.put("split.seed", Long.toString(options.seed()));
        new TreeMap<>(prep.scale().medians()).forEach((group, median) ->
                m.put("scale." + group, Double.toString(prep.scale().factor(group))));
        if (offsets != null) {
            m.put("offsets.train.meanDx", Double.toString(offsets.meanDx()));
            m.put("offsets.train.meanDy", Double.toString(offsets.meanDy()));
            m.put("offsets.train.stdDx", Double.toString(offsets.stdDx()));
            m.put("offsets.train.stdDy", Double.toString(offsets.stdDy()));
        }
        return m;
    }

    public static void main(String[] args) throws IOException {
        List<Path> corpora = new ArrayList<>();
        Path out = null;
        Options defaults = Options.defaults(List.of());
        Set<Integer> categories = Set.of();
        int minLabel = defaults.filters().minLabelLength();
        int maxLabel = defaults.filters().maxLabelLength();
        double step = defaults.prep().step();
        double fraction = defaults.validationFraction();
        long seed = defaults.seed();
        String charset = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--corpus" -> corpora.add(Path.of(required(value, args[i])));
                case "--out" -> out = Path.of(required(value, args[i]));
                case "--categories" -> categories = java.util.Arrays.stream(required(value, args[i]).split(","))
                        .map(String::trim).map(Integer::parseInt).collect(Collectors.toSet());
                case "--min-label" -> minLabel = Integer.parseInt(required(value, args[i]));
                case "--max-label" -> maxLabel = Integer.parseInt(required(value, args[i]));
                case "--step" -> step = Double.parseDouble(required(value, args[i]));
                case "--validation-fraction" -> fraction = Double.parseDouble(required(value, args[i]));
                case "--seed" -> seed = Long.parseLong(required(value, args[i]));
                case "--charset" -> charset = required(value, args[i]);
                default -> usage("unknown argument " + args[i]);
            }
            i++;
        }
        if (corpora.isEmpty() || out == null) {
            usage("--corpus and --out are required");
        }
        Preprocessor.Settings d = defaults.prep();
        Preprocessor.Settings prep = new Preprocessor.Settings(d.inkPerCharacter(), step, d.maxJump(),
                d.smoothingHalfWidth());
        FilterSettings filters = FilterSettings.defaults(prep).withLabelLength(minLabel, maxLabel);
        if (charset != null) {
            Set<Integer> allowed = charset.codePoints().boxed().collect(Collectors.toSet());
            filters = filters.withAllowedCharacters(allowed::contains);
        }
        BuildReport report = build(new Options(corpora, categories, prep, filters, fraction, seed));
        report.set().write(out);
        System.out.print(report.render());
        System.out.println("written: " + out);
    }

    private static String required(String value, String flag) {
        if (value == null) {
            usage(flag + " needs a value");
        }
        return value;
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: TrainingSetBuilder --corpus <path> [--corpus <path>] --out <file> "
                + "[--categories 8|6,7] [--min-label N] [--max-label N] [--step S] "
                + "[--validation-fraction F] [--seed N] [--charset <characters>]");
        System.exit(2);
    }
}
