package threadsvsprocesses.report.format;

import threadsvsprocesses.experiments.Experiment;
import threadsvsprocesses.workload.Workload;

import java.util.Arrays;

/** The name a person reads for a workload or an experiment: "Countdown", "Shared counter". */
public final class Titles {

    private Titles() {
    }

    /** The title of the workload or experiment labelled {@code label}; any other label capitalised. */
    public static String of(String label) {
        return Experiment.byLabel(label).map(Experiment::title)
                .or(() -> Arrays.stream(Workload.values()).filter(w -> w.label().equals(label)).findFirst()
                        .map(Workload::title))
                .orElseGet(() -> capitalised(label));
    }

    /** {@code s} with its first letter in upper case. */
    public static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
