package inkwell.app.cli;

import inkwell.app.load.LoadGenerator;
import inkwell.app.load.LoadReport;
import inkwell.app.load.LoadResult;
import inkwell.app.load.LoadSettings;
import inkwell.app.load.TextMix;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code inkwell load}: a bounded load test of a running server, with its latencies and memory. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Send a running Inkwell server (see 'inkwell serve') a steady load of pages to write, then"
                + " print the answers by status, the response times (p50, p95, p99, max) by length of text, the"
                + " pages per second, and the server's heap and off-heap memory from its /health.",
                "Each request has its own seed, so none is answered from the server's cache of recent pages.",
                "Memory: heap used is compared by its lowest readings in the first and last thirds of the run (its"
                        + " floor between collections); resident minus committed heap is the off-heap figure, exact"
                        + " when the server's heap is touched up front (java -Xms512m -Xmx512m -XX:+AlwaysPreTouch)."
                        + " Judge flatness on a long run after a warm-up run: the first minutes compile code.",
                "The run ends after --duration or --requests, whichever comes first. Exit code 1 when any request"
                        + " failed; refusals of overload (429, or 503 busy with Retry-After) are not failures."})
public final class LoadCommand implements Callable<Integer> {
    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:7070/",
            description = "The server's address. Default: ${DEFAULT-VALUE}.")
    URI url;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "4",
            description = "Requests in flight at once (1 to 256). Default: ${DEFAULT-VALUE}.")
    int clients;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60",
            description = "Longest the run lasts (at most 86400). Default: ${DEFAULT-VALUE}.")
    long durationSeconds;

    @Option(names = "--requests", paramLabel = "N",
            description = "Requests to send; the run may end sooner, at --duration. Default: no limit.")
    Long requests;

    @Option(names = "--mix", paramLabel = "KIND:WEIGHT,...", defaultValue = "word:1,sentence:1,paragraph:1",
            description = "Texts to send: word, sentence, paragraph (three lines), with their weights."
                    + " Default: ${DEFAULT-VALUE}.")
    String mix;

    @Option(names = "--backoff", paramLabel = "MILLISECONDS", defaultValue = "100",
            description = "A client's pause after a refusal or an error. Default: ${DEFAULT-VALUE}.")
    long backoffMillis;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "90",
            description = "Longest a request waits for its answer. Default: ${DEFAULT-VALUE}.")
    long timeoutSeconds;

    @Option(names = "--health-interval", paramLabel = "MILLISECONDS", defaultValue = "1000",
            description = "How often the server's /health is read for its memory. Default: ${DEFAULT-VALUE}.")
    long healthIntervalMillis;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the first request; each next request uses the next. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        LoadSettings settings;
        try {
            settings = new LoadSettings(url, clients, Duration.ofSeconds(durationSeconds),
                    requests == null ? Long.MAX_VALUE : requests, TextMix.parse(mix), Duration.ofMillis(backoffMillis),
                    Duration.ofSeconds(timeoutSeconds), Duration.ofMillis(healthIntervalMillis), seed);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        LoadResult result;
        try {
            result = LoadGenerator.run(settings);
        } catch (IOException e) {
            throw new UserInputException("no Inkwell server answered at " + settings.base() + " (" + e + ")", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(LoadReport.format(result));
        out.flush();
        return result.failures() == 0 ? ExitCode.OK : ExitCode.FAILURE;
    }
}
