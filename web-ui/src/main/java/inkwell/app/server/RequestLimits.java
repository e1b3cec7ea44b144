package inkwell.app.server;

/**
 * What one request may ask of the server. The work of a request grows with its text (a step budget per
 * character, see {@code PageSynthesiser.STEPS_PER_CHARACTER}) and its prime, so bounding those bounds the work.
 *
 * @param maxTextCharacters  longest text to write
 * @param maxBodyBytes       largest request body; checked while reading, before any parsing
 * @param maxPrimePoints     most points in a drawn style
 * @param maxPrimeCharacters longest text of a drawn style
 * @param maxWidthCharacters widest line a request may ask for
 */
public record RequestLimits(int maxTextCharacters, int maxBodyBytes, int maxPrimePoints, int maxPrimeCharacters,
                            int maxWidthCharacters) {
    public static final RequestLimits DEFAULT = new RequestLimits(500, 256 * 1024, 5000, 100, 120);
}
