package inkwell.ink.format;

import inkwell.ink.Ink;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** Rasterises the {@link SvgWriter} drawing with Batik's PNG transcoder, so PNG and SVG always look alike. */
public final class PngWriter {
    private final SvgWriter svg;
    private final PngOptions options;

    public PngWriter() {
        this(SvgStyle.DEFAULT, PngOptions.DEFAULT);
    }

    public PngWriter(SvgStyle style, PngOptions options) {
        this.svg = new SvgWriter(style);
        this.options = options;
    }

    /**
     * Writes the PNG. Throws IllegalArgumentException when the ink is so tall for its width that the image would
     * be more than {@link PngOptions#MAX_PIXELS} high.
     */
    public void write(Ink ink, OutputStream out) throws IOException {
        SvgWriter.Frame frame = svg.frame(ink);
        double heightPixels = options.widthPixels() * frame.height() / frame.width();
        if (heightPixels > PngOptions.MAX_PIXELS) {
            throw new IllegalArgumentException("at " + options.widthPixels() + " pixels wide this ink would be "
                    + Math.round(heightPixels) + " pixels high; at most " + PngOptions.MAX_PIXELS
                    + " are allowed, so choose a smaller width");
        }
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) options.widthPixels());
        if (!options.transparentBackground()) {
            transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
        }
        try {
            transcoder.transcode(new TranscoderInput(svg.toDocument(ink)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IOException("cannot render PNG: " + e.getMessage(), e);
        }
    }

    public byte[] toPng(Ink ink) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(ink, out);
        return out.toByteArray();
    }

    public void write(Ink ink, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(ink, out);
        }
    }
}
