package inkwell.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code inkwell serve --port 0} started from the jar in its own process; the address is read from the line the
 * command prints once it listens. Closing it sends SIGTERM, as Ctrl+C or a service manager would.
 */
final class RunningServer implements AutoCloseable {
    private static final Pattern ADDRESS = Pattern.compile("serving at (http://\\S+/)");
    private static RunningServer shared;

    private final Process process;
    private final String url;
    private final StringBuffer log = new StringBuffer();

    private RunningServer(String... extraArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--model",
                TinyModelFile.get().toString()));
        args.addAll(List.of(extraArgs));
        process = new ProcessBuilder(InkwellJar.command(args.toArray(String[]::new))).redirectErrorStream(true)
                .start();
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    log.append(line).append('\n');
                    Matcher m = ADDRESS.matcher(line);
                    if (m.find()) {
                        address.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                address.completeExceptionally(e);
            }
            address.completeExceptionally(new IllegalStateException("the server ended:\n" + log));
        }, "inkwell-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            url = address.get(90, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("inkwell serve did not start:\n" + log, e);
        }
    }

    static RunningServer start(String... extraArgs) throws IOException {
        return new RunningServer(extraArgs);
    }

    /** One server with default settings for all test classes of the run; stopped when the test JVM ends. */
    static synchronized RunningServer shared() throws IOException {
        if (shared == null) {
            shared = new RunningServer();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** The base address, ending in a slash. */
    String url() {
        return url;
    }

    String log() {
        return log.toString();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
