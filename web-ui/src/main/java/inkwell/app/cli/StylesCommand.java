package inkwell.app.cli;

import inkwell.app.writing.StyleLibrary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code inkwell styles}: the styles built into the jar, one per line with the text of its sample. */
@Command(name = "styles", mixinStandardHelpOptions = true,
        description = {"List the handwriting styles to pass to 'write --style' (or choose in the page).",
                "Each line is the name, a tab, and the text of the style's sample; 'none' lets the model choose."})
public final class StylesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.println(StyleLibrary.NONE + "\t(no style: the model's own)");
        for (StyleLibrary.Style style : StyleLibrary.fromClasspath(StylesCommand.class.getClassLoader()).styles()) {
            out.println(style.name() + "\t" + style.text());
        }
        out.flush();
        return ExitCode.OK;
    }
}
