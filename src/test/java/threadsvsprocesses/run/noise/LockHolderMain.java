package threadsvsprocesses.run.noise;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Another process holding a lock, as another run would: {@code <dir> suite|jmh}. Takes the suite's lock (writing its
 * pid into it, as a run does) or JMH's, prints {@code locked}, and holds it until its stdin closes.
 */
public final class LockHolderMain {

    private LockHolderMain() {
    }

    public static void main(String[] args) throws IOException {
        boolean suite = args[1].equals("suite");
        Path file = Path.of(args[0]).resolve(suite ? RunLock.FILE : RunLock.JMH_FILE);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                System.out.println("held by another");
                return;
            }
            if (suite) {
                // through the locked channel: closing any other descriptor of the file would drop this process's lock
                channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", started now: --profile smoke\n")
                        .getBytes(StandardCharsets.UTF_8)), 0);
            }
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold it until the test closes stdin (or dies)
            }
        }
    }
}
