package inkwell.app.writing;

import java.util.List;

/** Text the model cannot write: empty, or holding characters outside its alphabet (named, in order of first use). */
public final class UnwritableTextException extends IllegalArgumentException {
    private final List<String> characters;

    public UnwritableTextException(String message, List<String> characters) {
        super(message);
        this.characters = List.copyOf(characters);
    }

    /** The characters that cannot be written, each as 'c' (U+XXXX); empty when the problem is not a character. */
    public List<String> characters() {
        return characters;
    }
}
