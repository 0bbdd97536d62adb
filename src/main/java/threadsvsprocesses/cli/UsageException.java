package threadsvsprocesses.cli;

/** Bad input from the user: the message is one line naming the value and what is accepted. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
