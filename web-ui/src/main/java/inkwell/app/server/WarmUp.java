package inkwell.app.server;

import inkwell.app.writing.LayoutOptions;
import inkwell.app.writing.PageSynthesiser;
import inkwell.model.Alphabet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.OptionalLong;

/**
 * A short page sampled in the background once the server listens. The sampling kernel (Vector API) runs
 * interpreted, many times slower, until the JIT has compiled it: without this the first page after a start took
 * about a second longer than the rest (1.1 s against 0.2 s for a three-line paragraph with a 3x256 model). It
 * starts after listening because on two cores it would otherwise slow the start itself by half a second; a
 * request that comes in before it ends is served at once, at no worse than the cold speed. Two takes of each
 * line, so that reading the takes (the page asks for several) is compiled too.
 */
final class WarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    /** Three lines, as the longest usual request, so the kernel's several-line passes are compiled too. */
    private static final String TEXT = "warm up the writing\nof the first page\nbefore anyone asks";

    private final PageSynthesiser synthesiser;
    private volatile long millis = -1;

    WarmUp(PageSynthesiser synthesiser) {
        this.synthesiser = synthesiser;
    }

    void start() {
        Thread thread = new Thread(this::run, "inkwell-warm-up");
        // Never keeps the process alive.
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long start = System.nanoTime();
        try {
            String text = writable(synthesiser.model().alphabet());
            if (!text.isBlank()) {
                synthesiser.write(new PageSynthesiser.Request(text, null, 1.0, 1, LayoutOptions.DEFAULT, 2));
            }
        } catch (RuntimeException e) {
            // Only the first pages are slower without it; serving goes on regardless.
            LOG.warn("warming up the sampler failed", e);
        }
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    /** The warm-up text without characters this model cannot write (a model may have a smaller alphabet). */
    private static String writable(Alphabet alphabet) {
        StringBuilder text = new StringBuilder();
        TEXT.chars().filter(c -> c == '\n' || alphabet.contains((char) c)).forEach(c -> text.append((char) c));
        return text.toString();
    }

    /** How long the warm-up took, once it has ended. */
    OptionalLong millis() {
        long m = millis;
        return m < 0 ? OptionalLong.empty() : OptionalLong.of(m);
    }
}
