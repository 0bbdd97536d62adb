package threadsvsprocesses.execution;

/** A worker (thread or child JVM) crashed, exited early, answered garbage, or did not answer in time. */
public class WorkerFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    public WorkerFailedException(String message) {
        super(message);
    }

    public WorkerFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
