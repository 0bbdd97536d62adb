package threadsvsprocesses.execution;

/**
 * The operating system refused to create another platform thread (on Linux typically near 32,000, set by
 * {@code vm.max_map_count} and the process limits). The run records such a cell as skipped, with this reason: it
 * is a limit of the machine, not a failure of the model.
 */
public final class ThreadLimitException extends WorkerFailedException {

    private static final long serialVersionUID = 1L;

    public ThreadLimitException(String message, Throwable cause) {
        super(message, cause);
    }
}
