package inkwell.app.writing;

/** One line of text to write, and which paragraph (counted from 0) it belongs to. */
public record TextLine(String text, int paragraph) {
}
