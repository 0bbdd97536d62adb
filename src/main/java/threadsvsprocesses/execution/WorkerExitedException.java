package threadsvsprocesses.execution;

/**
 * A worker JVM ended (it crashed, was killed, or exited) before it answered: the one failure a fresh worker can
 * mend, so the one after which a {@link ProcessPool} is rebuilt. A worker that hangs or answers garbage fails
 * with a plain {@link WorkerFailedException}: a new JVM would run the same request into the same fault.
 */
public class WorkerExitedException extends WorkerFailedException {

    private static final long serialVersionUID = 1L;

    /** The worker's exit code, -1 if it had not exited yet when this was made. */
    private final int exitCode;

    public WorkerExitedException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /**
     * Whether the worker was stopped on purpose by SIGINT or SIGTERM (exit code 130 or 143: Ctrl-C in a terminal reaches
     * the whole process group, and a system shutdown sends SIGTERM), which a rebuild must not undo.
     */
    public boolean stoppedOnPurpose() {
        return exitCode == 130 || exitCode == 143;
    }
}
