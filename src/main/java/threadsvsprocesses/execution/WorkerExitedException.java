package threadsvsprocesses.execution;

/**
 * A worker JVM ended (it crashed, was killed, or exited) before it answered: the one failure a fresh worker can
 * mend, so the one after which a {@link ProcessPool} is rebuilt. A worker that hangs or answers garbage fails
 * with a plain {@link WorkerFailedException}: a new JVM would run the same request into the same fault.
 */
public class WorkerExitedException extends WorkerFailedException {

    private static final long serialVersionUID = 1L;

    public WorkerExitedException(String message) {
        super(message);
    }

    public WorkerExitedException(String message, Throwable cause) {
        super(message, cause);
    }
}
