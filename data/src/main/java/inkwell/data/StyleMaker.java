package inkwell.data;

import inkwell.ink.Ink;
import inkwell.ink.format.InkJson;
import inkwell.model.HandwritingModel;
import inkwell.model.ModelFile;
import inkwell.model.Sampler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the built-in styles: each is a line the model itself wrote, unprimed, with a chosen seed and bias, kept
 * only if it ended by the stop rule with its attention in order. Written as Inkwell JSON inks (model ink space)
 * with an index, the layout the application's style library reads from /inkwell/styles/.
 */
public final class StyleMaker {

    /** A style to make: its name, the text written, and the seed and bias that give the hand. */
    public record Spec(String name, String text, long seed, double bias) {
        /** {@code name:seed:bias:text}. */
        public static Spec parse(String s) {
            String[] f = s.split(":", 4);
            if (f.length != 4) {
                throw new IllegalArgumentException("a style spec is name:seed:bias:text, got '" + s + "'");
            }
            return new Spec(f[0], f[3], Long.parseLong(f[1]), Double.parseDouble(f[2]));
        }
    }

    private StyleMaker() {
    }

    /**
     * Writes every spec whose line aligned strictly (a prime should not carry even a brief return); returns the names
     * written.
     */
    public static List<String> make(HandwritingModel model, List<Spec> specs, Path dir, java.io.PrintStream log)
            throws IOException {
        Files.createDirectories(dir);
        Sampler sampler = new Sampler(model);
        InkJson json = new InkJson();
        List<String> written = new ArrayList<>();
        for (Spec spec : specs) {
            Sampler.Line line = sampler.sample(
                    new Sampler.Request(List.of(spec.text()), spec.bias(), spec.seed(), null, 30)).get(0);
            AlignmentCheck check = AlignmentCheck.of(line);
            if (!check.strictSuccess()) {
                log.printf("%s: left out, the line did not align strictly (%s)%n", spec.name(),
                        check.describeFailure(spec.text()));
                continue;
            }
            Ink ink = line.offsets().toInk(spec.text());
            json.write(new Ink(ink.strokes(), spec.text(),
                            "inkwell model, seed " + spec.seed() + ", bias " + spec.bias()),
                    dir.resolve(spec.name() + ".json"));
            written.add(spec.name());
            log.printf("%s: %d points%n", spec.name(), ink.pointCount());
        }
        StringBuilder index = new StringBuilder("{\"styles\": [");
        for (int i = 0; i < written.size(); i++) {
            index.append(i > 0 ? ", " : "").append('"').append(written.get(i)).append('"');
        }
        Files.writeString(dir.resolve("index.json"), index.append("]}\n").toString());
        return written;
    }

    /** {@code StyleMaker model-file out-dir name:seed:bias:text ...}. */
    public static void main(String[] args) throws IOException {
        HandwritingModel model = args[0].equals("default") ? DefaultModel.load() : ModelFile.read(Path.of(args[0]));
        List<Spec> specs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            specs.add(Spec.parse(args[i]));
        }
        make(model, specs, Path.of(args[1]), System.out);
    }
}
