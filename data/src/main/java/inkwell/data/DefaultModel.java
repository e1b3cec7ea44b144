package inkwell.data;

import inkwell.model.HandwritingModel;
import inkwell.model.ModelFile;

import java.io.IOException;
import java.io.InputStream;

/** The model trained by this project on UNIPEN and shipped inside the jar, loaded once on first use. */
public final class DefaultModel {
    public static final String RESOURCE = "/inkwell/data/default-model.iwm";
    /**
     * The bias the command line, the API, the page and the gallery write at unless asked otherwise: visibly neater
     * than 0 or 0.5, at the price of a few more lines out of order (the README's table: 169 of 180 at bias 1, 176 at
     * 0, 165 at 2), which the page writer writes again.
     */
    public static final double WRITING_BIAS = 1.0;
    private static HandwritingModel cached;

    private DefaultModel() {
    }

    public static synchronized HandwritingModel load() throws IOException {
        if (cached == null) {
            try (InputStream in = DefaultModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IOException("this build has no embedded default model (" + RESOURCE
                            + "); pass --model with a model file trained by 'inkwell train'");
                }
                cached = ModelFile.readContents(in, "the embedded default model").model();
            }
        }
        return cached;
    }
}
