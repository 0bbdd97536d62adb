package threadsvsprocesses.experiments.memory;

import threadsvsprocesses.experiments.child.ChildJvm;
import threadsvsprocesses.experiments.child.StdinLifeline;

/**
 * The main class of an idle child JVM for the memory experiment: says {@code READY} on stdout, then does nothing
 * until its stdin closes, when it exits. Its resident memory is what an idle worker process costs.
 */
public final class IdleMain {

    private IdleMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        StdinLifeline.exitWhenClosed();
        System.out.println(ChildJvm.READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
