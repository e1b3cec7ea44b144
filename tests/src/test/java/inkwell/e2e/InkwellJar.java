package inkwell.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The runnable jar under test (copied into target/app by the build), run as a user runs it: java -jar. */
final class InkwellJar {
    private InkwellJar() {
    }

    static Path path() {
        String configured = System.getProperty("inkwell.jar");
        assertTrue(configured != null && Files.isRegularFile(Path.of(configured)),
                "the runnable jar is missing (" + configured + "); build it with 'mvn package' in web-ui first");
        return Path.of(configured);
    }

    /** The command to start the jar with these arguments, on this JVM, with a modest heap. */
    static List<String> command(String... args) {
        return command(List.of(), args);
    }

    /** As {@link #command(String...)}, with options for the JVM (after the project's own). */
    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--add-modules", "jdk.incubator.vector", "-Xmx512m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", path().toString()));
        command.addAll(List.of(args));
        return command;
    }

    record Result(int code, String out, String err) {
    }

    /** Runs a command to its end (at most two minutes) and returns its exit code and output. */
    static Result run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("inkwell-out", ".txt");
        Path err = Files.createTempFile("inkwell-err", ".txt");
        try {
            Process process = new ProcessBuilder(command(args)).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("inkwell " + String.join(" ", args) + " did not finish in two minutes");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
