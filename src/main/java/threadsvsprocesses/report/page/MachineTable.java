package threadsvsprocesses.report.page;

import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.page.Block.Cell;
import threadsvsprocesses.report.page.Block.Column;
import threadsvsprocesses.report.page.Block.Row;
import threadsvsprocesses.report.page.Block.Table;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.machine.MachineFacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine a run measured on, as a table of its facts: CPU, cores, memory, then its topology, CPU state, limits and
 * load at the start ({@link MachineFacts}, where machine.json has them), OS, JVM and its flags, profile.
 */
final class MachineTable {

    private MachineTable() {
    }

    static Table of(MachineInfo m) {
        Map<String, List<Span>> f = new LinkedHashMap<>();
        f.put("run id", text(m.runId()));
        f.put("started at", text(m.startedAt()));
        f.put("host", text(m.host()));
        f.put("CPU", text(m.cpuModel()));
        f.put("cores", text(Integer.toString(m.cores())));
        f.put("memory", text(m.memoryBytes() < 0 ? "unknown"
                : Figures.gibibytes(m.memoryBytes()) + " (" + m.memoryBytes() + " bytes)"));
        if (m.details() != null) {
            MachineFacts.of(m.details()).forEach((name, value) -> f.put(name, text(value)));
        }
        f.put("OS", text(m.os()));
        f.put("JVM", text(orUnknown(m.jvmVendor()) + " " + orUnknown(m.jvmVersion())));
        f.put("Java home", text(m.javaHome()));
        List<String> args = m.jvmArgs() == null ? List.of() : m.jvmArgs().stream().map(String::valueOf).toList();
        f.put("JVM arguments", args.isEmpty() ? text("") : List.of(new Span.CodeList("args", args)));
        f.put("profile", text(m.profile()));
        f.put("suite version", text(m.suiteVersion()));
        List<Row> rows = new ArrayList<>();
        f.forEach((name, value) -> rows.add(new Row(null, List.of(Cell.of(name), Cell.of(value)))));
        return new Table("machine", List.of(new Column("", false, true), Column.text("")), rows, false, false);
    }

    private static List<Span> text(String s) {
        return List.of(Span.text(orUnknown(s)));
    }

    private static String orUnknown(String s) {
        return s == null ? "unknown" : s;
    }
}
