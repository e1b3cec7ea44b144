package inkwell.ink.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Random;
import java.util.function.Function;
import org.opentest4j.AssertionFailedError;

/**
 * A bounded, reproducible fuzzing loop. Case {@code i} is generated from {@code new Random(seed * 1_000_003 + i)},
 * so a failure names the one case to replay; the loop ends after {@code maxCases} cases or when its time budget is
 * spent, whichever comes first. Defaults keep each loop to a few seconds of the normal test run;
 * {@code -Dfuzz.seed=N} explores other inputs and {@code -Dfuzz.seconds=S} runs longer.
 */
final class FuzzRun {
    static final long SEED = Long.getLong("fuzz.seed", 20130804L);
    static final Duration BUDGET = Duration.ofSeconds(Long.getLong("fuzz.seconds", 4));
    /** One input taking this long is a denial of service even if it ends: fail on it. */
    static final Duration SLOW_CASE = Duration.ofSeconds(3);

    /** What the target did with one input. */
    enum Outcome { ACCEPTED, REFUSED }

    /** Runs the parser on one input; returns how it ended; anything it throws is a finding. */
    interface Target {
        Outcome run(byte[] input) throws Throwable;
    }

    /** Counts of a finished loop. */
    record Tally(int cases, int accepted, int refused) {
    }

    private FuzzRun() {
    }

    static Tally run(String name, int maxCases, Function<Random, byte[]> generator, Target target) {
        long deadline = System.nanoTime() + BUDGET.toNanos();
        int accepted = 0, refused = 0, cases = 0;
        for (int i = 0; i < maxCases && (i < 50 || System.nanoTime() < deadline); i++) {
            byte[] input = generator.apply(new Random(SEED * 1_000_003L + i));
            long start = System.nanoTime();
            Outcome outcome;
            try {
                outcome = target.run(input);
            } catch (Throwable t) {
                throw new AssertionFailedError(name + ": case " + i + " (seed " + SEED + ") threw "
                        + t.getClass().getName() + " instead of the declared exception. Input: " + show(input), t);
            }
            long nanos = System.nanoTime() - start;
            if (nanos > SLOW_CASE.toNanos()) {
                throw new AssertionFailedError(name + ": case " + i + " (seed " + SEED + ") took "
                        + nanos / 1_000_000 + " ms. Input: " + show(input));
            }
            if (outcome == Outcome.ACCEPTED) {
                accepted++;
            } else {
                refused++;
            }
            cases++;
        }
        Tally tally = new Tally(cases, accepted, refused);
        System.out.printf("fuzz %s: %s, seed %d%n", name, tally, SEED);
        return tally;
    }

    /** The input as text when it is short and printable enough to read, else as Base64. */
    static String show(byte[] input) {
        String text = new String(input, StandardCharsets.ISO_8859_1);
        String shown = text.length() > 600 ? text.substring(0, 600) + "...(" + text.length() + " bytes)" : text;
        boolean readable = shown.chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n' || c == '\t' || c == '\r');
        return readable ? "\n" + shown : "base64 " + Base64.getEncoder().encodeToString(
                input.length > 4096 ? java.util.Arrays.copyOf(input, 4096) : input);
    }
}
