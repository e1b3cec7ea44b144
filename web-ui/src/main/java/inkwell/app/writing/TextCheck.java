package inkwell.app.writing;

import inkwell.model.Alphabet;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks text against a model's alphabet before any sampling, by code point, so that a character outside the
 * Basic Multilingual Plane (an emoji) is named as itself rather than as two halves of a surrogate pair.
 */
public final class TextCheck {
    private TextCheck() {
    }

    /** Throws {@link UnwritableTextException} naming every character the alphabet cannot write, even after folding. */
    public static void requireWritable(Alphabet alphabet, String text, String what) {
        Set<String> unknown = new LinkedHashSet<>();
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                return; // line breaks and tabs are layout, not ink
            }
            String folded = alphabet.fold(new String(Character.toChars(cp)));
            if (!folded.chars().allMatch(c -> alphabet.contains((char) c))) {
                unknown.add(describe(cp));
            }
        });
        if (!unknown.isEmpty()) {
            throw new UnwritableTextException("the model cannot write " + String.join(", ", unknown) + " in the "
                    + what + "; it writes " + summary(alphabet), List.copyOf(unknown));
        }
    }

    static String describe(int cp) {
        String code = String.format("U+%04X", cp);
        if (Character.isISOControl(cp) || Character.isWhitespace(cp) || !Character.isDefined(cp)
                || Character.getType(cp) == Character.FORMAT) {
            return code;
        }
        return "'" + new String(Character.toChars(cp)) + "' (" + code + ")";
    }

    /** The alphabet for a message: its characters, without the space. */
    private static String summary(Alphabet alphabet) {
        String visible = alphabet.characters().replace(" ", "");
        return alphabet.contains(' ') ? visible + " and space" : visible;
    }
}
