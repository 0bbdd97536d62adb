package threadsvsprocesses.cli;

/**
 * Another program busy on the same machine: {@code <threads>} threads that spin until stdin closes. Prints
 * {@code burning} once they run.
 */
public final class BurnMain {

    private static volatile long sink;

    private BurnMain() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                long x = System.nanoTime();
                while (true) {
                    x = x * 6364136223846793005L + 1442695040888963407L;
                    if (x == 42) {
                        sink = x;
                    }
                }
            }, "burn-" + i);
            t.setDaemon(true);
            t.start();
        }
        System.out.println("burning");
        System.out.flush();
        while (System.in.read() >= 0) {
            // burn until the test closes stdin (or dies): stdin's EOF ends this process
        }
    }
}
