package inkwell.app.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Breaks text into the lines the model writes. Blank lines separate paragraphs; a single line break is kept as
 * one (addresses and verse keep their shape); within a line, runs of spaces and tabs become one space and words
 * wrap greedily at the width; a word longer than the width is cut into pieces of the width.
 */
public final class LineBreaker {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern SPACES = Pattern.compile("[ \t]+");

    private LineBreaker() {
    }

    public static List<TextLine> lines(String text, int widthCharacters) {
        if (widthCharacters < 1) {
            throw new IllegalArgumentException("the width must be at least one character");
        }
        List<TextLine> out = new ArrayList<>();
        int paragraph = 0;
        boolean inParagraph = false;
        for (String raw : LINE_BREAK.split(text, -1)) {
            String line = SPACES.matcher(raw).replaceAll(" ").strip();
            if (line.isEmpty()) {
                if (inParagraph) {
                    paragraph++;
                    inParagraph = false;
                }
                continue;
            }
            inParagraph = true;
            wrap(line, widthCharacters, paragraph, out);
        }
        return out;
    }

    private static void wrap(String line, int width, int paragraph, List<TextLine> out) {
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            while (word.length() > width) {
                flush(current, paragraph, out);
                out.add(new TextLine(word.substring(0, width), paragraph));
                word = word.substring(width);
            }
            if (current.length() > 0 && current.length() + 1 + word.length() > width) {
                flush(current, paragraph, out);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        flush(current, paragraph, out);
    }

    private static void flush(StringBuilder current, int paragraph, List<TextLine> out) {
        if (current.length() > 0) {
            out.add(new TextLine(current.toString(), paragraph));
            current.setLength(0);
        }
    }
}
