package inkwell.data;

import inkwell.model.HandwritingModel;
import inkwell.model.ModelFile;

import java.io.IOException;
import java.io.InputStream;

/** The model trained by this project on UNIPEN and shipped inside the jar, loaded once on first use. */
public final class DefaultModel {
    public static final String RESOURCE = "/inkwell/data/default-model.iwm";
    /**
     * The bias the command line, the API, the page and the gallery write at unless asked otherwise: neater than the
     * unbiased model, which scrawls, and still aligned about as often as at 0.5 (the README's table), where bias 2
     * starts to lose lines.
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
