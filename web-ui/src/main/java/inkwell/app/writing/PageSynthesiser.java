package inkwell.app.writing;

import inkwell.data.AlignmentCheck;
import inkwell.ink.Ink;
import inkwell.model.HandwritingModel;
import inkwell.model.ReadingMargin;
import inkwell.model.Sampler;

import java.util.ArrayList;
import java.util.List;

/**
 * Text in, a page of handwriting out: checks the text, breaks it into lines, samples the lines together (one
 * style and one seed for the whole text) and lays them out. A line that the stop rule ended but that is not
 * {@link #acceptable} (a letter skipped or doubled, a scrawl taller than people write, a line that steps down
 * partway or whose letters change size) is written again, up to {@link #REWRITES} times, each time from its own
 * stream of the seed; the first acceptable attempt is kept, else the first. Asked for several takes, it writes every
 * line that many times and keeps, of the acceptable takes, the one the model reads most clearly
 * ({@link ReadingMargin}). A stray mark before a primed line or after the end of a line is left out
 * ({@link StrayStrokes}). Safe to share between threads: the model's weights are only read, and every call has its
 * own sampler state.
 */
public final class PageSynthesiser {
    /**
     * The step budget per character: a character of the training data takes about 12 pen points, so 30 is
     * generous for a model that works and bounds the time a model that never finishes a line can take.
     */
    public static final int STEPS_PER_CHARACTER = 30;
    /** Lines sampled in one batch; longer texts take several batches, so memory stays bounded. */
    static final int MAX_BATCH = 16;
    /**
     * How many more times a line that is not acceptable is written. At the default bias (2.5), of 1,000 lines (the
     * 100 evaluation and fresh sentences, seeds 1 to 10) 11 were still unacceptable after two rewrites and 2 after
     * four, in about the same time: the later rounds sample only the few lines left (3 after four with the rule of
     * {@link #MAX_SIZE_CHANGE}, added later). A line the step budget ended is not written again: that costs the whole
     * budget, and a model that does not stop would not stop the next time.
     */
    public static final int REWRITES = 4;
    /**
     * The tallest a line may be from its lowest to its highest point, in the model's ink space (y up, about 10
     * units of pen path per character): of the 6,069 UNIPEN training lines of 15 characters or more, half are under
     * 8.8 units, 99.9% under 21.3 and the tallest is 23.5. Taller lines the model writes are scrawls: a stroke
     * running up or down across several lines' height, the letters around it lost.
     */
    static final double MAX_LINE_HEIGHT = 24;
    /**
     * The tallest a line's body of letters may be ({@link Layout#bodyHeight}, measured as written, before the page
     * levels it), in the same units. Of the same 6,069 training lines, half have a body under 2.4 units, 99% under
     * 5.2 and 99.9% under 8.3; the tallest is 11.1. The model's lines over 8 step up or down by several letters'
     * height partway through, as if the rest went on another line, or are scrawls: of 480 lines each (the 60
     * evaluation sentences, unprimed and in three styles, two seeds), 3 at bias 0.5, 9 at bias 1, 40 at bias 2.
     * Levelled first, a step would pass as a slope.
     */
    static final double MAX_LINE_BODY = 8;
    /**
     * The most the letters' body may differ in height between the two halves of a line ({@link Layout#sizeChange}).
     * Of the 5,739 training lines of 15 characters or more, half are under 1.14, 98.8% under 2 and the largest is
     * 3.4. Over 2, the model's lines mostly shrink into a scrawl partway or carry a loop several letters tall: at
     * the default bias, 7 of 200 unprimed lines (the 100 evaluation and fresh sentences, seeds 1 and 2) and 3 to
     * 13 of 200 in a style, with the other rules applied.
     */
    static final double MAX_SIZE_CHANGE = 2;
    /** The most takes of each line a request may ask for: each costs a sampling and a reading of the line. */
    public static final int MAX_TAKES = 8;
    /**
     * The takes the command line, the gallery and the page write unless told otherwise. In blind ratings (issue 4),
     * the clearest of 4 takes had a fifth to a quarter fewer misread words than the first take (unprimed and in two
     * styles, with the 3 x 256 and the 3 x 400 models); reading the takes costs about 20 times what writing one does.
     */
    public static final int DEFAULT_TAKES = 4;

    private final HandwritingModel model;
    private final Sampler sampler;
    private final ReadingMargin margin;

    public PageSynthesiser(HandwritingModel model) {
        this.model = model;
        this.sampler = new Sampler(model);
        this.margin = new ReadingMargin(sampler);
    }

    public HandwritingModel model() {
        return model;
    }

    /**
     * What to write and how.
     *
     * @param prime the style to imitate, in the model's ink space; null writes unprimed
     * @param bias  0 (varied, sometimes illegible) to 10 (tidy and uniform)
     * @param takes how many times each line is written to choose from, 1 to {@link #MAX_TAKES}
     */
    public record Request(String text, Sampler.Prime prime, double bias, long seed, LayoutOptions layout, int takes) {
        public Request {
            if (takes < 1 || takes > MAX_TAKES) {
                throw new IllegalArgumentException("takes must be between 1 and " + MAX_TAKES + ", got " + takes);
            }
        }

        /** One take of each line. */
        public Request(String text, Sampler.Prime prime, double bias, long seed, LayoutOptions layout) {
            this(text, prime, bias, seed, layout, 1);
        }
    }

    /** Throws {@link UnwritableTextException} for text it cannot write, IllegalArgumentException for bad settings. */
    public Page write(Request request) {
        TextCheck.requireWritable(model.alphabet(), request.text(), "text");
        if (request.prime() != null) {
            TextCheck.requireWritable(model.alphabet(), request.prime().text(), "style's text");
        }
        List<TextLine> lines = LineBreaker.lines(request.text(), request.layout().widthCharacters());
        if (lines.isEmpty()) {
            throw new UnwritableTextException("there is no text to write", List.of());
        }
        List<String> texts = lines.stream().map(TextLine::text).toList();
        List<Sampler.Line> first = sample(texts, request, 0);
        List<List<Sampler.Line>> good = new ArrayList<>();
        for (Sampler.Line line : first) {
            good.add(new ArrayList<>(line.finished() && acceptable(line) ? List.of(line) : List.of()));
        }
        int attempt = 1;
        for (; attempt < request.takes(); attempt++) {
            writeAgain(texts, request, attempt, first, good, i -> true);
        }
        for (int rewrite = 0; rewrite < REWRITES; rewrite++, attempt++) {
            if (!writeAgain(texts, request, attempt, first, good, i -> good.get(i).isEmpty())) {
                break;
            }
        }
        List<Sampler.Line> written = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            written.add(good.get(i).isEmpty() ? first.get(i) : clearest(good.get(i), request.prime()));
        }
        List<Layout.WrittenLine> placed = new ArrayList<>();
        List<Integer> unfinished = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Sampler.Line line = written.get(i);
            placed.add(new Layout.WrittenLine(toInk(line), lines.get(i)));
            if (!line.finished()) {
                unfinished.add(i + 1);
            }
        }
        return new Page(new Layout(request.layout()).place(placed), written, unfinished);
    }

    /**
     * Whether a written line is kept: it follows its text ({@link AlignmentCheck}: no character skipped, none gone
     * back over), is no taller than {@link #MAX_LINE_HEIGHT}, its letters' body no taller than
     * {@link #MAX_LINE_BODY} and no more than {@link #MAX_SIZE_CHANGE} times taller in one half than in the other.
     */
    static boolean acceptable(Sampler.Line line) {
        Ink ink = toInk(line);
        return ink.bounds().height() <= MAX_LINE_HEIGHT && Layout.bodyHeight(ink) <= MAX_LINE_BODY
                && Layout.sizeChange(ink) <= MAX_SIZE_CHANGE && AlignmentCheck.of(line).success();
    }

    /**
     * Writes again the lines the stop rule ended (a line the budget ended is not: see {@link #REWRITES}) that
     * {@code which} selects, adding the acceptable takes to {@code good}; false if no line was selected.
     */
    private boolean writeAgain(List<String> texts, Request request, int attempt, List<Sampler.Line> first,
                               List<List<Sampler.Line>> good, java.util.function.IntPredicate which) {
        List<Integer> again = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (first.get(i).finished() && which.test(i)) {
                again.add(i);
            }
        }
        if (again.isEmpty()) {
            return false;
        }
        List<Sampler.Line> taken = sample(again.stream().map(texts::get).toList(), request, attempt);
        for (int j = 0; j < again.size(); j++) {
            if (acceptable(taken.get(j))) {
                good.get(again.get(j)).add(taken.get(j));
            }
        }
        return true;
    }

    /** The take with the largest {@link ReadingMargin}, the first of equals; one take is not read. */
    private Sampler.Line clearest(List<Sampler.Line> takes, Sampler.Prime prime) {
        Sampler.Line best = takes.get(0);
        double bestMargin = takes.size() > 1 ? margin.of(best, prime) : 0;
        for (Sampler.Line take : takes.subList(1, takes.size())) {
            double m = margin.of(take, prime);
            if (m > bestMargin) {
                best = take;
                bestMargin = m;
            }
        }
        return best;
    }

    /** The lines in batches of {@link #MAX_BATCH}; attempt 0, batch 0 draws from the seed itself. */
    private List<Sampler.Line> sample(List<String> texts, Request request, int attempt) {
        List<Sampler.Line> out = new ArrayList<>();
        for (int from = 0, batch = 0; from < texts.size(); from += MAX_BATCH, batch++) {
            long seed = request.seed() + 0x632BE59BD9B4E019L * batch + 0x9E3779B97F4A7C15L * attempt;
            out.addAll(sampler.sample(new Sampler.Request(texts.subList(from, Math.min(from + MAX_BATCH, texts.size())),
                    request.bias(), seed, request.prime(), STEPS_PER_CHARACTER)));
        }
        return out;
    }

    private static Ink toInk(Sampler.Line line) {
        try {
            return StrayStrokes.trimmed(line).toInk(line.text());
        } catch (IllegalArgumentException e) {
            // Not the caller's fault: the model produced offsets that are not finite numbers.
            throw new IllegalStateException("the model wrote non-finite coordinates for \"" + line.text() + "\"", e);
        }
    }
}
