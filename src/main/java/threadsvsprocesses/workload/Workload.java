package threadsvsprocesses.workload;

import threadsvsprocesses.labels.Labelled;

/**
 * The three workloads, each a function over a range of its units of work returning a checksum. Every execution
 * model calls these same functions; the workloads know nothing of threads, processes or JMH.
 */
public enum Workload implements Labelled {

    /**
     * Units are blocks of {@link Countdown#STEPS_PER_BLOCK} countdown steps; the size is the number of steps. A job's
     * fourth number, if positive, makes each unit a task of that many steps instead ({@link Countdown#countTasks}):
     * the task-size sweep's finer tasks.
     */
    COUNTDOWN {
        @Override
        public long units(long size) {
            return Countdown.blocksFor(size);
        }

        @Override
        public long run(long from, long to, long sleepMillis) {
            return sleepMillis > 0 ? Countdown.countTasks(from, to, sleepMillis) : Countdown.countBlocks(from, to);
        }
    },

    /** Units are the terms i of the sum of squares; the size is the number of terms. */
    SQUARES {
        @Override
        public long units(long size) {
            return positive(size, "squares count");
        }

        @Override
        public long run(long from, long to, long sleepMillis) {
            return Squares.sumOfSquares(from, to);
        }
    },

    /** Units are tasks that sleep {@code sleepMillis}, then compute a small result; the size is the task count. */
    SLEEP {
        @Override
        public long units(long size) {
            return positive(size, "sleep tasks");
        }

        @Override
        public long run(long from, long to, long sleepMillis) throws InterruptedException {
            return SleepTasks.runTasks(from, to, sleepMillis);
        }
    };

    /** How many units of work a workload of this size has. */
    public abstract long units(long size);

    /**
     * Runs the units {@code [from, to)} on the calling thread and returns their checksum. Checksums of disjoint
     * ranges add up (wrapping) to the checksum of their union. {@code sleepMillis} is the workload's number per unit:
     * a sleep task's sleep; for the countdown, steps per unit if positive (else a block).
     */
    public abstract long run(long from, long to, long sleepMillis) throws InterruptedException;

    /** The name a person reads: {@code Countdown}, {@code Squares}, {@code Sleep}. */
    public String title() {
        String l = label();
        return Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }

    /** The workload with this label or constant name, or an error naming the accepted values. */
    public static Workload byName(String name) {
        for (Workload w : values()) {
            if (w.label().equals(name) || w.name().equals(name)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown workload '" + name + "'; accepted: "
                + Labelled.labels(Workload.class));
    }

    private static long positive(long size, String what) {
        if (size <= 0) {
            throw new IllegalArgumentException(what + " must be positive, got " + size);
        }
        return size;
    }
}
