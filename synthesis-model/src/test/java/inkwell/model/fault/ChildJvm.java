package inkwell.model.fault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CheckpointingChild} running in its own JVM (same java, same class path). Its output goes to a file, not
 * a pipe: {@link Process#destroy()} closes the parent's ends of the pipes, so whatever a child prints while it
 * shuts down would be lost. Only this process is ever killed, through its own {@link Process} handle.
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Path output;

    private ChildJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static ChildJvm start(Path runDir, String mode) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = Files.createTempFile("inkwell-child-", ".log");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), CheckpointingChild.class.getName(), runDir.toString(), mode)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // the machine is shared: one native thread is plenty for a model this small
        builder.environment().put("OMP_NUM_THREADS", "1");
        return new ChildJvm(builder.start(), output);
    }

    Process process() {
        return process;
    }

    /** Everything the child has printed so far. */
    String output() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** The step the child resumed at, once it says it is ready. */
    long awaitReady() throws Exception {
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < waitUntil) {
            for (String line : output().lines().toList()) {
                if (line.startsWith("READY ")) {
                    return Long.parseLong(line.substring(6).trim());
                }
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the child did not get ready:\n" + tail());
    }

    /** Waits for the process to end; false if it has not ended in time. */
    boolean awaitExit(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    /** The last lines the child printed, for failure messages. */
    String tail() {
        try {
            List<String> lines = output().lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    /** kill -9. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        awaitExit(30);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            kill();
        }
        Files.deleteIfExists(output);
    }
}
