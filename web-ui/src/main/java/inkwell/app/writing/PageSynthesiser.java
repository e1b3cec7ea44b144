package inkwell.app.writing;

import inkwell.data.AlignmentCheck;
import inkwell.ink.Ink;
import inkwell.model.HandwritingModel;
import inkwell.model.Sampler;

import java.util.ArrayList;
import java.util.List;

/**
 * Text in, a page of handwriting out: checks the text, breaks it into lines, samples the lines together (one
 * style and one seed for the whole text) and lays them out. A line that the stop rule ended but that is not
 * {@link #acceptable} (a letter skipped or doubled, a scrawl taller than people write, a line that steps down
 * partway or whose letters change size) is written again, up to {@link #REWRITES} times, each time from its own
 * stream of the seed; the first acceptable attempt is kept, else the first. A stray mark after the end of a line is
 * left out ({@link TrailingStroke}). Safe to share between threads: the model's weights are only read, and every
 * call has its own sampler state.
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

    private final HandwritingModel model;
    private final Sampler sampler;

    public PageSynthesiser(HandwritingModel model) {
        this.model = model;
        this.sampler = new Sampler(model);
    }

    public HandwritingModel model() {
        return model;
    }

    /**
     * What to write and how.
     *
     * @param prime the style to imitate, in the model's ink space; null writes unprimed
     * @param bias  0 (varied, sometimes illegible) to 10 (tidy and uniform)
     */
    public record Request(String text, Sampler.Prime prime, double bias, long seed, LayoutOptions layout) {
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
        List<Sampler.Line> written = new ArrayList<>(sample(texts, request, 0));
        List<Integer> rejected = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            if (written.get(i).finished() && !acceptable(written.get(i))) {
                rejected.add(i);
            }
        }
        for (int attempt = 1; attempt <= REWRITES && !rejected.isEmpty(); attempt++) {
            List<Sampler.Line> again = sample(rejected.stream().map(texts::get).toList(), request, attempt);
            List<Integer> stillRejected = new ArrayList<>();
            for (int j = 0; j < rejected.size(); j++) {
                if (acceptable(again.get(j))) {
                    written.set(rejected.get(j), again.get(j));
                } else {
                    stillRejected.add(rejected.get(j));
                }
            }
            rejected = stillRejected;
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
            return TrailingStroke.trimmed(line).toInk(line.text());
        } catch (IllegalArgumentException e) {
            // Not the caller's fault: the model produced offsets that are not finite numbers.
            throw new IllegalStateException("the model wrote non-finite coordinates for \"" + line.text() + "\"", e);
        }
    }
}
