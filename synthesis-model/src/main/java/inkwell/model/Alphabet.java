package inkwell.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The characters a model can write, each with its one-hot index. Text outside the alphabet is first folded by
 * Unicode NFKD (so "é" can be written as "e"); what still does not fit is refused, naming the characters.
 */
public final class Alphabet {
    private final String characters;
    private final int[] indexOf = new int[Character.MAX_VALUE + 1];

    public Alphabet(String characters) {
        if (characters.isEmpty()) {
            throw new IllegalArgumentException("an alphabet needs at least one character");
        }
        Arrays.fill(indexOf, -1);
        for (int i = 0; i < characters.length(); i++) {
            char c = characters.charAt(i);
            if (indexOf[c] >= 0) {
                throw new IllegalArgumentException("character '" + c + "' appears twice in the alphabet");
            }
            indexOf[c] = i;
        }
        this.characters = characters;
    }

    /** The printable ASCII characters, space to tilde. */
    public static Alphabet printableAscii() {
        StringBuilder sb = new StringBuilder();
        for (char c = ' '; c <= '~'; c++) {
            sb.append(c);
        }
        return new Alphabet(sb.toString());
    }

    /** The sorted set of characters occurring in the texts. */
    public static Alphabet of(Iterable<String> texts) {
        Set<Character> seen = new TreeSet<>();
        for (String t : texts) {
            for (char c : t.toCharArray()) {
                seen.add(c);
            }
        }
        StringBuilder sb = new StringBuilder();
        seen.forEach(sb::append);
        return new Alphabet(sb.toString());
    }

    public int size() {
        return characters.length();
    }

    public String characters() {
        return characters;
    }

    public boolean contains(char c) {
        return indexOf[c] >= 0;
    }

    /** Text with NFKD folding applied where a character is not in the alphabet; unchanged otherwise. */
    public String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (contains(c)) {
                out.append(c);
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
            StringBuilder kept = new StringBuilder();
            for (char d : decomposed.toCharArray()) {
                if (contains(d)) {
                    kept.append(d);
                }
            }
            out.append(kept.length() > 0 ? kept : String.valueOf(c));
        }
        return out.toString();
    }

    /** The one-hot indices of the text after folding; throws naming every character that cannot be written. */
    public int[] encode(String text) {
        String folded = fold(text);
        Set<String> unknown = new LinkedHashSet<>();
        int[] codes = new int[folded.length()];
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            codes[i] = indexOf[c];
            if (codes[i] < 0) {
                unknown.add(describe(c));
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnsupportedCharactersException(List.copyOf(unknown));
        }
        return codes;
    }

    private static String describe(char c) {
        if (Character.isISOControl(c) || Character.isWhitespace(c) && c != ' ') {
            return String.format("U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Alphabet a && a.characters.equals(characters);
    }

    @Override
    public int hashCode() {
        return characters.hashCode();
    }

    @Override
    public String toString() {
        return characters;
    }

    /** Thrown by {@link #encode} with the characters the model cannot write. */
    public static final class UnsupportedCharactersException extends IllegalArgumentException {
        private final List<String> characters;

        UnsupportedCharactersException(List<String> characters) {
            super("the model cannot write " + String.join(", ", characters));
            this.characters = characters;
        }

        public List<String> characters() {
            return characters;
        }
    }
}
