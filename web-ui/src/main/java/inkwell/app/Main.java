package inkwell.app;

import inkwell.app.cli.AugmentCommand;
import inkwell.app.cli.BenchCommand;
import inkwell.app.cli.EvaluateCommand;
import inkwell.app.cli.ExitCode;
import inkwell.app.cli.GalleryCommand;
import inkwell.app.cli.InspectCommand;
import inkwell.app.cli.LoadCommand;
import inkwell.app.cli.PrepareCommand;
import inkwell.app.cli.ServeCommand;
import inkwell.app.cli.StylesCommand;
import inkwell.app.cli.TrainCommand;
import inkwell.app.cli.UserInputException;
import inkwell.app.cli.WriteCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.util.Arrays;

/**
 * The {@code inkwell} command. Exit codes: 0 done, 2 bad usage or input (the message says what to change),
 * 1 anything else. An error is one line on standard error; {@code --verbose} adds the stack trace and the
 * libraries' logging.
 */
@Command(name = "inkwell", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Typed text in, handwriting out: Graves' handwriting synthesis network.",
        subcommands = {WriteCommand.class, ServeCommand.class, StylesCommand.class, InspectCommand.class,
                PrepareCommand.class, AugmentCommand.class, TrainCommand.class, EvaluateCommand.class,
                GalleryCommand.class, BenchCommand.class,
                LoadCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run 'inkwell COMMAND --help' for the options of a command."})
public final class Main implements Runnable {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show stack traces and the libraries' log messages.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code, printing to the given writers. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        // ND4J and Jetty log their start-up at INFO; a command line user wants only the result or the error.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("java.awt.headless", "true");
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("inkwell: " + e.getMessage() + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help')");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean input = e instanceof UserInputException;
            err.println("inkwell: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return input ? ExitCode.USAGE : ExitCode.FAILURE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest, when run from the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"inkwell " + (v == null ? "(development build)" : v)};
        }
    }
}
