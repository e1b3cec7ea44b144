package inkwell.app.cli;

import inkwell.model.bench.Bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code inkwell bench}: the performance figures on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure this machine: the matrix-product rate (the limit), training sample-steps per"
                + " second (batch 32) and sampling steps per second at batch 1 and 8, on random data with the"
                + " paper's window and mixture sizes. Each figure is the median of the iterations."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--what", paramLabel = "WHAT", defaultValue = "all",
            description = "all, gemm, train or sample. Default: ${DEFAULT-VALUE}.")
    String what;

    @Option(names = "--hidden", paramLabel = "N", split = ",", defaultValue = "400",
            description = "LSTM sizes to measure, comma separated. Default: ${DEFAULT-VALUE}.")
    List<Integer> hidden;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Threads for matrix products. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "300",
            description = "Timesteps per measurement. Default: ${DEFAULT-VALUE}.")
    int steps;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "5",
            description = "Measurements per figure. Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Option(names = "--json", description = "One JSON object per line instead of text.")
    boolean json;

    @Override
    public Integer call() {
        if (!List.of("all", "gemm", "train", "sample").contains(what)) {
            throw new UserInputException("--what must be all, gemm, train or sample, got '" + what + "'");
        }
        if (threads < 1 || steps < 2 || iterations < 1 || hidden.stream().anyMatch(h -> h < 1 || h > 4096)) {
            throw new UserInputException("--threads and --iterations must be positive, --steps at least 2,"
                    + " --hidden 1 to 4096");
        }
        Bench.run(what, hidden.stream().mapToInt(Integer::intValue).toArray(), threads, steps, iterations, json,
                System.out);
        return ExitCode.OK;
    }
}
