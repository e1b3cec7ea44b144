package inkwell.app.cli;

/** A failure the user can fix by changing the command or its input; ends the command with exit code 2. */
public final class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
