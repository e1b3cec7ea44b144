package inkwell.ink.unipen;

import inkwell.ink.Ink;

/**
 * One labelled piece of UNIPEN handwriting: its ink (inches, y up, pen-down strokes only) with the label as text
 * and {@code contributor/writer-id} as writer; the contributor (the institution that recorded it, e.g. "bbd"),
 * the category (8 free text, 7 and 6 words), the quality mark of its {@code .SEGMENT} line ("OK", "?", "BAD",
 * ...) and the data file it came from.
 */
public record UnipenSegment(Ink ink, String contributor, int category, String quality, String file) {
}
