package inkwell.app.cli;

import inkwell.ink.InkFormatException;
import inkwell.ink.prep.InspectReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code inkwell inspect}: what a corpus holds, before any training. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Describe a handwriting corpus without any model: samples read and skipped (by reason),"
                + " writers, points, points per character before and after preprocessing, and a character histogram."})
public final class InspectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS", arity = "1..*",
            description = "A UNIPEN archive (.tar.gz) or folder, or an IAM-OnDB folder.")
    List<Path> corpora;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        for (Path corpus : corpora) {
            if (!Files.exists(corpus)) {
                throw new UserInputException(corpus + ": no such file or folder");
            }
            try {
                out.print(InspectReport.of(corpus).render());
            } catch (InkFormatException e) {
                throw new UserInputException(e.getMessage(), e);
            }
            out.flush();
        }
        return ExitCode.OK;
    }
}
