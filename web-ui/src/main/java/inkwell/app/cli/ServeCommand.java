package inkwell.app.cli;

import inkwell.app.server.InkwellServer;
import inkwell.app.server.RequestLimits;
import inkwell.app.writing.PageSynthesiser;
import inkwell.app.writing.StyleLibrary;
import inkwell.model.HandwritingModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code inkwell serve}: the page and the HTTP API, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the Inkwell page and its HTTP API (see the README) until stopped with Ctrl+C.",
                "Open the printed address in a browser."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
            description = "TCP port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on: 127.0.0.1 serves this machine only, 0.0.0.0 every network."
                    + " Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
            description = "Pages written at the same time (each keeps a CPU core busy). Default: ${DEFAULT-VALUE}.")
    int workers;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "4",
            description = "Requests that may wait for a worker; more are answered 503 at once."
                    + " Default: ${DEFAULT-VALUE}.")
    int queue;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Longest a request waits for its page before it is answered 503. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds;

    @Mixin
    ModelOption modelOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UserInputException("--port must be 0 to 65535, got " + port);
        }
        if (workers < 1 || workers > 64 || queue < 0 || queue > 1000 || timeoutSeconds < 1) {
            throw new UserInputException("--workers must be 1 to 64, --queue 0 to 1000 and --timeout at least 1");
        }
        HandwritingModel model = modelOption.load();
        StyleLibrary styles = StyleLibrary.fromClasspath(ServeCommand.class.getClassLoader());
        InkwellServer.Settings settings = new InkwellServer.Settings(host, port, workers, queue,
                Duration.ofSeconds(timeoutSeconds), RequestLimits.DEFAULT);
        InkwellServer server;
        try {
            server = InkwellServer.start(new PageSynthesiser(model), styles, settings);
        } catch (RuntimeException e) {
            // Jetty reports a taken port or an unknown host as a runtime exception wrapping the bind failure.
            throw new UserInputException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "inkwell-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        out.println("Inkwell is serving at http://" + shownHost + ":" + server.port() + "/ (Ctrl+C stops it)");
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
