package inkwell.ink.format;

/**
 * XML 1.0 cannot carry most control characters, even escaped; a writer that let one through would produce a
 * file no parser accepts. Writers check their text with this first.
 */
final class XmlChars {
    private XmlChars() {
    }

    /** Throws IllegalArgumentException naming the first character XML 1.0 cannot hold. */
    static String requireLegal(String text, String what) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!isLegal(c)) {
                throw new IllegalArgumentException(String.format(
                        "%s contains U+%04X at index %d, which XML 1.0 cannot hold (allowed: tab, newline, carriage"
                                + " return and printable characters)", what, c, i));
            }
            i += Character.charCount(c);
        }
        return text;
    }

    private static boolean isLegal(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
