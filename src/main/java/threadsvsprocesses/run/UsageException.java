package threadsvsprocesses.run;

/** Bad input from the user: the message is one line naming the value and what is accepted. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
