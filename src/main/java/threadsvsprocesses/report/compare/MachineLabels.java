package threadsvsprocesses.report.compare;

import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.machine.Topology;

import java.util.ArrayList;
import java.util.List;

/**
 * Legend labels that tell machines apart by what matters: CPU model, cores and JVM version, e.g.
 * "AMD EPYC, 2 cores, JDK 25.0.3". The run id is added only to labels two runs would share.
 */
final class MachineLabels {

    /** Longest CPU text kept in a label; longer names are cut with an ellipsis. */
    static final int CPU_CHARS = 40;

    private MachineLabels() {
    }

    /** One label per run, in the runs' order. */
    static List<String> of(List<RunResults> runs) {
        List<String> plain = runs.stream().map(MachineLabels::machine).toList();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String label = plain.get(i);
            boolean shared = false;
            for (int j = 0; j < runs.size(); j++) {
                shared |= j != i && plain.get(j).equals(label);
            }
            labels.add(shared ? label + " (run " + runs.get(i).runId() + ")" : label);
        }
        return labels;
    }

    /** The machine part of a label. */
    static String machine(RunResults r) {
        return cpu(r.machine().cpuModel()) + ", " + r.cores() + (r.cores() == 1 ? " core" : " cores") + ", JDK "
                + r.jvmShortVersion();
    }

    /** "2, 1 thread each" or "4, 2 threads each (SMT)"; "unknown" for a results.csv without the machine's columns. */
    static String physicalCores(MachineInfo m) {
        Topology t = m.details() == null ? null : m.details().topology();
        if (t == null || t.physicalCores() == null) {
            return "unknown";
        }
        Integer threads = t.threadsPerCore();
        return t.physicalCores() + (threads == null ? "" : threads == 1 ? ", 1 thread each" : ", " + threads
                + " threads each (SMT)");
    }

    /** The cgroup's CPU quota in cores, or a dash where there is none or it is unknown. */
    static String quota(MachineInfo m) {
        Double q = m.details() == null ? null : m.details().limits().cpuQuotaCores();
        return q == null ? Figures.DASH : Figures.number(q) + " cores";
    }

    /** The CPU model without trademark signs and filler words, spaces collapsed, at most {@link #CPU_CHARS}. */
    static String cpu(String model) {
        String s = model.replaceAll("\\((R|r|TM|tm)\\)", "").replaceAll("\\b(CPU|Processor)\\b", "")
                .replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").trim();
        if (s.isEmpty()) {
            s = "unknown CPU";
        }
        return s.length() > CPU_CHARS ? s.substring(0, CPU_CHARS - 1).trim() + "\u2026" : s;
    }
}
