package inkwell.ink.prep;

import inkwell.ink.Ink;

/**
 * One labelled ink from a corpus, with what preprocessing needs to know about where it came from: the group whose
 * samples share a tablet and headers (a UNIPEN contributor; "iam" for IAM-OnDB), the UNIPEN category (8 lines, 6
 * and 7 words; {@link #NO_CATEGORY} outside UNIPEN) and the quality mark ("" when the corpus has none).
 */
public record CorpusSample(Ink ink, String group, int category, String quality) {
    public static final int NO_CATEGORY = 0;
}
