package inkwell.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    private RunningServer(List<String> jvmOptions, String... extraArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--model",
                TinyModelFile.get().toString()));
        args.addAll(List.of(extraArgs));
        process = new ProcessBuilder(InkwellJar.command(jvmOptions, args.toArray(String[]::new)))
                .redirectErrorStream(true).start();
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
        return new RunningServer(List.of(), extraArgs);
    }

    /**
     * A server whose heap is committed and touched in full from the start (as bench/soak.sh runs it), so that
     * resident size minus committed heap is what the process holds outside the heap, whatever the collector does.
     */
    static RunningServer startWithFixedHeap(String... extraArgs) throws IOException {
        return new RunningServer(List.of("-Xms512m", "-XX:+AlwaysPreTouch"), extraArgs);
    }

    /** One server with default settings for all test classes of the run; stopped when the test JVM ends. */
    static synchronized RunningServer shared() throws IOException {
        if (shared == null) {
            shared = new RunningServer(List.of());
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

    /**
     * Asks the server's JVM for a full collection ({@code jcmd PID GC.run}, as bench/soak.sh does), so that heap
     * used read afterwards is what is live rather than wherever the collector happened to be.
     */
    void collectGarbage() throws IOException, InterruptedException {
        // Its few lines of output fit the pipe, so it is read after the wait, which the timeout can then bound.
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), "GC.run").redirectErrorStream(true).start();
        if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
            jcmd.destroyForcibly();
            throw new IllegalStateException("jcmd GC.run did not finish in 60 s");
        }
        if (jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd GC.run failed on the server:\n"
                    + new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
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
