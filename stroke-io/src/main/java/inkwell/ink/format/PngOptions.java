package inkwell.ink.format;

/**
 * How {@link PngWriter} rasterises: the image width in pixels (the height follows the ink's aspect ratio) and
 * whether the background is transparent rather than white.
 */
public record PngOptions(int widthPixels, boolean transparentBackground) {
    /** Largest width or height; 8192 x 8192 RGBA is already 256 MiB of pixels. */
    public static final int MAX_PIXELS = 8192;
    public static final PngOptions DEFAULT = new PngOptions(1000, false);

    public PngOptions {
        if (widthPixels < 1 || widthPixels > MAX_PIXELS) {
            throw new IllegalArgumentException("widthPixels must be 1 to " + MAX_PIXELS + ", got " + widthPixels);
        }
    }
}
