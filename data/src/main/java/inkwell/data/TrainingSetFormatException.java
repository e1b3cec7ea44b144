package inkwell.data;

import java.io.IOException;

/** A training-set file that is not one, is of another version, or fails its checksum. */
public class TrainingSetFormatException extends IOException {
    public TrainingSetFormatException(String message) {
        super(message);
    }
}
