package threadsvsprocesses.run;

/**
 * Input the suite cannot use: a command-line value or option it does not accept, or a file or folder given to it
 * (a run folder, JMH's JSON, a results.csv from another machine) that is missing or malformed. The message is one
 * line naming what was wrong and what is accepted; the command line prints it and exits with status 2.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message) {
        super(message);
    }
}
