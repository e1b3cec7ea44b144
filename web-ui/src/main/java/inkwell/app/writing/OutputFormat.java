package inkwell.app.writing;

import inkwell.ink.Ink;
import inkwell.ink.format.InkJson;
import inkwell.ink.format.InkMlWriter;
import inkwell.ink.format.PngOptions;
import inkwell.ink.format.PngWriter;
import inkwell.ink.format.SvgStyle;
import inkwell.ink.format.SvgWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The files a page can be written as, each with its file extension and media type. */
public enum OutputFormat {
    SVG("svg", "image/svg+xml"),
    PNG("png", "image/png"),
    INKML("inkml", "application/inkml+xml"),
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    OutputFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format named (svg, png, inkml or json, any case); throws naming the allowed names. */
    public static OutputFormat parse(String name) {
        for (OutputFormat f : values()) {
            if (f.extension.equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("format must be one of " + allowed() + ", got '" + name + "'");
    }

    /** The format a file name's extension says, if it says one. */
    public static Optional<OutputFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(OutputFormat::extension).collect(Collectors.joining(", "));
    }

    /** The page in this format; the style applies to SVG and PNG, whose drawing is the same. */
    public byte[] render(Ink page, SvgStyle style) throws IOException {
        return switch (this) {
            case SVG -> new SvgWriter(style).toSvg(page).getBytes(StandardCharsets.UTF_8);
            case PNG -> new PngWriter(style, PngOptions.DEFAULT).toPng(page);
            case INKML -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                InkMlWriter.write(page, out);
                yield out.toByteArray();
            }
            case JSON -> new InkJson().toJson(page).getBytes(StandardCharsets.UTF_8);
        };
    }
}
