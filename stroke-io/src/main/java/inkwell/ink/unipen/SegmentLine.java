package inkwell.ink.unipen;

/**
 * One {@code .SEGMENT <level> <delineation> <quality> "<label>"} line. The quality may be absent; the label is a
 * double-quoted string in which a backslash escapes the next character ({@code \"}, {@code \\}).
 */
public record SegmentLine(String level, Delineation delineation, String quality, String label) {

    /** Parses the arguments after the {@code .SEGMENT} keyword; throws IllegalArgumentException when it cannot. */
    public static SegmentLine parse(String arguments) {
        int quote = arguments.indexOf('"');
        if (quote < 0) {
            throw new IllegalArgumentException("segment without a quoted label: " + arguments);
        }
        String[] tokens = arguments.substring(0, quote).trim().split("\\s+");
        if (tokens.length < 2 || tokens[0].isEmpty()) {
            throw new IllegalArgumentException("segment without level or delineation: " + arguments);
        }
        String level = tokens[0];
        String quality = "";
        int delineationEnd = tokens.length;
        if (tokens.length >= 3) {
            quality = tokens[tokens.length - 1];
            delineationEnd = tokens.length - 1;
        }
        String delineation = String.join(" ", java.util.Arrays.copyOfRange(tokens, 1, delineationEnd));
        return new SegmentLine(level, Delineation.parse(delineation), quality, unquote(arguments, quote));
    }

    /** The quoted string starting at {@code open}, with escapes resolved; a missing closing quote is an error. */
    static String unquote(String text, int open) {
        StringBuilder out = new StringBuilder();
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(text.charAt(++i));
            } else if (c == '"') {
                return out.toString();
            } else {
                out.append(c);
            }
        }
        throw new IllegalArgumentException("label without closing quote: " + text);
    }
}
