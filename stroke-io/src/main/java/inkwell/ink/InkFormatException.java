package inkwell.ink;

import java.io.IOException;

/** The one exception a reader throws for input it cannot accept; the message says what and where. */
public class InkFormatException extends IOException {
    public InkFormatException(String message) {
        super(message);
    }

    public InkFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
