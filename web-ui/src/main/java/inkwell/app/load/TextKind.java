package inkwell.app.load;

import java.util.List;
import java.util.Locale;

/**
 * The lengths of text a load run sends: the work of a page grows with its longest line and, more slowly, with its
 * number of lines (lines are sampled together). Several texts of each kind, all printable ASCII, which every
 * Inkwell model so far can write.
 */
public enum TextKind {
    WORD(List.of("Hello", "inkwell", "Quill", "letters", "Monday")),
    SENTENCE(List.of("The quick brown fox jumps over the lazy dog.",
            "Thank you for the lovely flowers, they made my day.",
            "Meet me at the station at half past seven.")),
    /** Three lines each, the longest request a visitor of the page typically makes. */
    PARAGRAPH(List.of("Dear Ada, thank you for your kind letter.\nThe garden is full of roses this summer.\n"
                    + "Write soon and tell me all your news.",
            "We walked along the river until sunset.\nThe water was calm and the air was warm.\n"
                    + "It was the best day of the whole year.",
            "Please remember to buy bread and milk.\nThe shop on the corner closes at six.\n"
                    + "I will be home a little later tonight."));

    private final List<String> texts;

    TextKind(List<String> texts) {
        this.texts = texts;
    }

    /** The n-th text of this kind, in turn. */
    public String text(long n) {
        return texts.get((int) Math.floorMod(n, (long) texts.size()));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TextKind parse(String label) {
        for (TextKind kind : values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown text kind '" + label + "'; use word, sentence or paragraph");
    }
}
