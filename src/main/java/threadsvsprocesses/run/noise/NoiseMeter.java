package threadsvsprocesses.run.noise;

import threadsvsprocesses.run.machine.CpuReading;
import threadsvsprocesses.run.machine.ProcessTree;
import threadsvsprocesses.run.machine.SystemFiles;

/** Reads the machine's CPU accounting and the run's own CPU time, before and after each cell. */
@FunctionalInterface
public interface NoiseMeter {

    CpuReading read();

    /** This machine, with this run's process tree as its own. */
    static NoiseMeter live() {
        SystemFiles files = SystemFiles.live();
        ProcessTree tree = ProcessTree.ofThisRun();
        return () -> CpuReading.now(files, tree);
    }
}
