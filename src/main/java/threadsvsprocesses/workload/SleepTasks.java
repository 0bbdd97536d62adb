package threadsvsprocesses.workload;

/**
 * The tutorials' I/O-bound task (seed 004's {@code calculate_raise_to}): wait, then compute a small result.
 *
 * <p>Task t sleeps, then raises the seed's input {@code [1..7]}, shifted by t so that no two tasks compute the
 * same thing, to the power 2 or 3 (alternating, as the seed calls it with 2 and with 3), and returns the sum.
 */
public final class SleepTasks {

    private static final int INPUT_LENGTH = 7;

    private SleepTasks() {
    }

    /** Runs tasks {@code [fromTask, toTask)} one after another and returns the sum of their results. */
    public static long runTasks(long fromTask, long toTask, long sleepMillis) throws InterruptedException {
        long checksum = 0;
        for (long task = fromTask; task < toTask; task++) {
            Thread.sleep(sleepMillis);
            checksum += raiseTo(task);
        }
        return checksum;
    }

    /** {@code sum(x ** y for x in [1+t .. 7+t])} with y = 2 for even t and 3 for odd t. */
    static long raiseTo(long task) {
        int power = 2 + (int) (task & 1);
        long sum = 0;
        for (long x = 1 + task; x <= INPUT_LENGTH + task; x++) {
            long value = 1;
            for (int p = 0; p < power; p++) {
                value *= x;
            }
            sum += value;
        }
        return sum;
    }
}
