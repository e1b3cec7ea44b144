package inkwell.app.server;

import inkwell.app.writing.LayoutOptions;
import inkwell.ink.Ink;
import inkwell.ink.format.SvgStyle;

/**
 * A checked request to write: what to sample (text, style or drawn prime, bias, seed, takes, layout) and how to
 * draw it.
 *
 * @param drawnPrime handwriting drawn by the user, y up, with its text; null when none was sent
 */
public record WriteSpec(String text, String style, double bias, long seed, int takes, LayoutOptions layout,
                        SvgStyle drawing, Ink drawnPrime) {

    /** What the written page depends on: everything but the drawing options, which only change the rendering. */
    public record SampleKey(String text, String style, double bias, long seed, int takes, LayoutOptions layout,
                            Ink drawnPrime) {
    }

    public SampleKey sampleKey() {
        return new SampleKey(text, style, bias, seed, takes, layout, drawnPrime);
    }
}
