package threadsvsprocesses.experiments.memory;

import threadsvsprocesses.execution.ThreadLimitException;
import threadsvsprocesses.experiments.child.StdinLifeline;

import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * The main class of a probe JVM of the memory experiment: a fresh JVM that measures what {@code <count>}
 * {@code <platform|virtual>} threads parked in it cost, and prints one line: {@code FOOTPRINT <rss> <pss> <uss>
 * <kernel> <alive> <pid>} (bytes, for all the threads together; its pid, which the benchmark consumes),
 * {@code UNKNOWN <reason>} where /proc is missing, {@code LIMIT <reason>} where the OS refuses a thread, or
 * {@code ERR <reason>}. It then halts with its threads still parked: releasing and joining 10,000 threads would take
 * seconds and tell nothing. It also exits when its stdin closes.
 *
 * <p>Why a fresh JVM for every measurement: a JVM that has started and stopped threads before keeps what they
 * freed (glibc caches the stacks of ended threads and malloc keeps its arenas), so its memory would hardly grow for
 * the next ones. Here nothing has started a thread of the measured kind before the baseline. The heap is fixed and
 * resident from the start ({@code -Xms} = {@code -Xmx}, {@code -XX:+AlwaysPreTouch}): the process's memory moves only
 * with what lies outside the heap (a platform thread's stack pages, the JVM's and the C library's per-thread
 * structures), and the live heap, read after a full collection, adds what lies inside it (a virtual thread's stack
 * chunk, every Thread object), without overlap. The compiler threads start with the JVM
 * ({@code -XX:-UseDynamicNumberOfCompilerThreads}), and for virtual threads their carrier threads are started before
 * the baseline: both are a cost of the JVM or of using virtual threads at all, not of one more thread.
 */
public final class ThreadProbeMain {

    /** The probe's own JVM flags, before the suite's child flags. */
    static final java.util.List<String> FLAGS = java.util.List.of("-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch",
            "-XX:-UseDynamicNumberOfCompilerThreads");

    private ThreadProbeMain() {
    }

    public static void main(String[] args) throws Exception {
        StdinLifeline.exitWhenClosed();
        boolean virtual = args.length == 2 && args[0].equals("virtual");
        int count = args.length == 2 ? Integer.parseInt(args[1]) : -1;
        if (count < 1 || !(virtual || args[0].equals("platform"))) {
            System.out.println("ERR expected '<platform|virtual> <count>', got '" + String.join(" ", args) + "'");
            System.exit(2);
        }
        System.out.println(measure(virtual, count));
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static String measure(boolean virtual, int count) throws InterruptedException {
        if (virtual) {
            startCarriers();
        }
        long heapBefore = liveHeapBytes();
        Optional<ProcessMemory> before = ProcessMemory.ofSelf();
        long stacksBefore = ProcessMemory.kernelStackBytes();
        ParkedThreads holders;
        try {
            holders = ParkedThreads.start(virtual, count);
        } catch (ThreadLimitException e) {
            return "LIMIT " + e.getMessage().replace('\n', ' ');
        }
        // The threads' frames stay live: each keeps its locals for after the call below it, which never returns.
        long heapGrowth = liveHeapBytes() - heapBefore;
        Optional<ProcessMemory> after = ProcessMemory.ofSelf();
        long stacksAfter = ProcessMemory.kernelStackBytes();
        int alive = holders.aliveCount();
        if (before.isEmpty() || after.isEmpty() || stacksBefore == ProcessMemory.UNKNOWN
                || stacksAfter == ProcessMemory.UNKNOWN) {
            return "UNKNOWN /proc/self/status, smaps_rollup or /proc/meminfo is unreadable on "
                    + System.getProperty("os.name");
        }
        ProcessMemory grown = after.get().minus(before.get());
        return "FOOTPRINT " + (grown.rss() + heapGrowth) + " " + plus(grown.pss(), heapGrowth) + " "
                + plus(grown.uss(), heapGrowth) + " " + (stacksAfter - stacksBefore + grown.pageTables()) + " "
                + alive + " " + ProcessHandle.current().pid();
    }

    private static long plus(long figure, long heap) {
        return figure == ProcessMemory.UNKNOWN ? ProcessMemory.UNKNOWN : figure + heap;
    }

    /**
     * Runs one virtual thread per processor at once, each spinning (a parked one would free its carrier) until all
     * run or a second has passed, so that the scheduler's carrier threads are all started.
     */
    private static void startCarriers() throws InterruptedException {
        int n = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        long deadline = System.nanoTime() + 1_000_000_000L;
        Thread[] threads = new Thread[n];
        for (int i = 0; i < n; i++) {
            threads[i] = Thread.ofVirtual().start(() -> {
                running.incrementAndGet();
                while (running.get() < n && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            });
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    /**
     * Bytes of live objects on the heap, after a full collection. A parked virtual thread keeps its frames in a
     * stack chunk on the heap, in pages the heap touched long ago (it is pre-touched), so the process's memory alone
     * would not see them.
     */
    private static long liveHeapBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
