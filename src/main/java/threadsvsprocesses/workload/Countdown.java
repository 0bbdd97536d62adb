package threadsvsprocesses.workload;

/**
 * The tutorials' countdown (seed 003: {@code while n > 0: n -= 1}), made honest for the JVM.
 *
 * <p>A plain {@code while (n > 0) n--;} is deleted by C2 once warm (about 0 ns for any n), while a cold child JVM
 * really runs it, so warm threads and cold processes would do different work. Here every decrement also advances
 * an xorshift generator whose next state depends on the previous one: there is no closed form to jump to, so the
 * loop costs the same per step warm or cold, and its final state is returned as a checksum.
 *
 * <p>The count is cut into blocks of {@value #STEPS_PER_BLOCK} steps, each seeded from its block number, and the
 * checksum is the sum of the blocks' final states: any split of the blocks over workers gives the same checksum.
 *
 * <p>Work finer than a block (the task-size sweep's tasks of a few hundred steps) is counted as tasks of any number
 * of steps ({@link #countTasks}): task i counts down its steps from {@code seed(i)}, so a task of a block's steps is
 * that block, and any split of the tasks over workers again gives the same checksum.
 */
public final class Countdown {

    /** Steps in one block, the unit of work that is split across workers. */
    public static final long STEPS_PER_BLOCK = 10_000;

    private Countdown() {
    }

    /** How many blocks make a countdown of {@code steps}; {@code steps} must be a positive multiple of a block. */
    public static long blocksFor(long steps) {
        if (steps <= 0 || steps % STEPS_PER_BLOCK != 0) {
            throw new IllegalArgumentException("countdown count must be a positive multiple of " + STEPS_PER_BLOCK
                    + ", got " + steps);
        }
        return steps / STEPS_PER_BLOCK;
    }

    /** Counts down the blocks {@code [fromBlock, toBlock)} and returns the sum of their final xorshift states. */
    public static long countBlocks(long fromBlock, long toBlock) {
        return countTasks(fromBlock, toBlock, STEPS_PER_BLOCK);
    }

    /**
     * Counts down the tasks {@code [fromTask, toTask)} of {@code stepsPerTask} steps each, task i from the seed of i,
     * and returns the sum of their final states; {@code stepsPerTask} must be positive.
     */
    public static long countTasks(long fromTask, long toTask, long stepsPerTask) {
        if (stepsPerTask <= 0) {
            throw new IllegalArgumentException("steps per task must be positive, got " + stepsPerTask);
        }
        long checksum = 0;
        for (long task = fromTask; task < toTask; task++) {
            checksum += countdown(stepsPerTask, seed(task));
        }
        return checksum;
    }

    /** The seed's countdown: n steps down to zero, each step one xorshift64 round on {@code state}. */
    static long countdown(long n, long state) {
        long x = state;
        while (n > 0) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            n--;
        }
        return x;
    }

    /** A non-zero seed per block (splitmix64 of the block number), so no two blocks repeat each other's work. */
    static long seed(long block) {
        long z = block + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return z == 0 ? 1 : z;
    }
}
