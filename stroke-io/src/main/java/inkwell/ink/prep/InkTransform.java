package inkwell.ink.prep;

import inkwell.ink.Ink;

/** One preprocessing step from ink to ink; steps chain with {@link #andThen}. Text and writer pass through. */
@FunctionalInterface
public interface InkTransform {
    Ink apply(Ink ink);

    default InkTransform andThen(InkTransform next) {
        return ink -> next.apply(apply(ink));
    }
}
