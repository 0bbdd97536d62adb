package threadsvsprocesses.run.machine;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The machine's description read from saved {@code /proc} and {@code /sys} files (src/test/resources/machines): a
 * cgroup v1 VM without SMT (this suite's own kind of machine) and one whose two vCPUs are siblings of one core, a
 * cgroup v2 laptop with SMT and a cgroup v2 container with a quota, and a laptop without /proc, whose every figure is
 * unknown with why, not a crash.
 */
class SavedMachinesTest {

    static MachineDetails read(String machine) throws Exception {
        Path root = Path.of(SavedMachinesTest.class.getResource("/machines/" + machine).toURI());
        return MachineDetails.read(SystemFiles.under(root), ProcessTree.of(-1), Duration.ZERO);
    }

    @Test
    void aCgroupV1VmWithoutSmt() throws Exception {
        MachineDetails d = read("vm-cgroup1");
        Topology t = d.topology();
        assertEquals(2, t.logicalCpus());
        assertEquals("0-1", t.availableCpus());
        assertEquals(2, t.physicalCores());
        assertEquals(1, t.threadsPerCore());
        assertEquals(1, t.sockets());
        assertEquals(1, t.numaNodes());
        assertEquals(2, t.availablePhysicalCores());
        assertEquals(List.of(), t.smtSiblings());
        assertEquals(List.of("L1 Data 32K", "L1 Instruction 32K", "L2 Unified 512K", "L3 Unified 32768K"),
                t.caches().stream().map(c -> "L" + c.level() + " " + c.type() + " " + c.size()).toList());
        assertNull(d.cpu().governor());
        assertTrue(d.whyUnknown("governor").contains("cpufreq"), d.whyUnknown("governor"));
        assertNull(d.cpu().boost());
        assertEquals(2445.4, d.cpu().currentMhz());
        assertEquals("present (the CPU's hypervisor flag), its kind not shown", d.cpu().hypervisor());
        Limits l = d.limits();
        assertEquals("v1 /", l.cgroup());
        assertEquals(Limits.NONE, l.cpuQuota());
        assertNull(l.cpuQuotaCores());
        assertEquals("0-1", l.cpuset());
        assertEquals(Limits.NONE, l.memoryLimit(), "v1 writes no limit as a huge number");
        assertEquals("madvise", l.transparentHugePages());
        assertEquals(List.of(0.49, 0.15, 0.05), d.start().loadAverage());
        assertEquals(24334220L * 1024, d.start().memoryAvailableBytes());
        assertEquals(List.of(), Distortions.of(d, 2, 1L << 30), "nothing distorts a run on it");
    }

    @Test
    void aCgroupV1VmWhoseTwoVcpusAreSiblingsOfOneCore() throws Exception {
        MachineDetails d = read("vm-cgroup1-smt");
        assertEquals(2, d.topology().logicalCpus());
        assertEquals(1, d.topology().physicalCores());
        assertEquals(2, d.topology().threadsPerCore());
        assertEquals(1, d.topology().availablePhysicalCores());
        assertEquals(List.of("0-1"), d.topology().smtSiblings());
        assertEquals("xen", d.cpu().hypervisor());
        assertEquals("v1 /docker/abc", d.limits().cgroup());
        assertEquals(0.5, d.limits().cpuQuotaCores(), "the container's quota, tighter than the root's none");
        assertEquals("50000 us per 100000 us", d.limits().cpuQuota());
        assertEquals("0-1", d.limits().cpuset());
        assertEquals(1L << 30, d.limits().memoryLimitBytes());
        assertEquals("always", d.limits().transparentHugePages());
        List<String> what = Distortions.of(d, 2, 2L << 30).stream().map(Distortion::what).toList();
        assertEquals(List.of("load", "SMT siblings", "a CPU quota below the core count", "too little free memory"), what);
    }

    @Test
    void aCgroupV2LaptopWithSmtAndAPowersaveGovernor() throws Exception {
        MachineDetails d = read("laptop-cgroup2-smt");
        Topology t = d.topology();
        assertEquals(8, t.logicalCpus());
        assertEquals(4, t.physicalCores());
        assertEquals(2, t.threadsPerCore());
        assertEquals(4, t.availablePhysicalCores());
        assertEquals(List.of("0,4", "1,5", "2,6", "3,7"), t.smtSiblings());
        assertEquals("powersave", d.cpu().governor());
        assertEquals("on", d.cpu().boost(), "intel_pstate's no_turbo 0");
        assertEquals(4700.0, d.cpu().maxMhz());
        assertEquals(1200.0, d.cpu().currentMhz());
        assertEquals("none (no hypervisor flag)", d.cpu().hypervisor());
        assertEquals("v2 /user.slice/user-1000.slice/session-2.scope", d.limits().cgroup());
        assertEquals(Limits.NONE, d.limits().cpuQuota());
        assertEquals(Limits.NONE, d.limits().memoryLimit());
        assertEquals("0-7", d.limits().cpuset());
        List<Distortion> found = Distortions.of(d, 8, 1L << 30);
        assertEquals(List.of("a powersave governor", "SMT siblings"), found.stream().map(Distortion::what).toList());
        assertTrue(found.get(1).figure().contains("8 CPUs sit on 4 physical cores"), found.get(1).figure());
        assertTrue(found.get(0).line().startsWith("! a powersave governor: the frequency governor is powersave. Set "),
                found.get(0).line());
    }

    @Test
    void aCgroupV2ContainerWithAQuotaOnAKvmHost() throws Exception {
        MachineDetails d = read("container-cgroup2-quota");
        assertEquals(4, d.topology().physicalCores());
        assertEquals(1, d.topology().threadsPerCore());
        assertEquals("performance", d.cpu().governor());
        assertEquals("off", d.cpu().boost());
        assertEquals("QEMU Standard PC (Q35 + ICH9, 2009)", d.cpu().hypervisor());
        assertEquals("v2 /", d.limits().cgroup());
        assertEquals(1.5, d.limits().cpuQuotaCores());
        assertEquals(2L << 30, d.limits().memoryLimitBytes());
        assertEquals("0-3", d.limits().cpuset());
        assertEquals("never", d.limits().transparentHugePages());
        List<Distortion> found = Distortions.of(d, 4, 1L << 30);
        assertEquals(List.of("a CPU quota below the core count", "too little free memory"),
                found.stream().map(Distortion::what).toList());
        assertTrue(found.get(1).figure().startsWith("200 MiB available"), found.get(1).figure());
    }

    @Test
    void aLaptopWithoutProcGetsUnknownWithWhyNotACrash() throws Exception {
        MachineDetails d = read("no-proc");
        assertNull(d.topology().logicalCpus());
        assertNull(d.topology().physicalCores());
        assertNull(d.cpu().hypervisor());
        assertNull(d.limits().cpuQuota());
        assertNull(d.start().loadAverage());
        for (String figure : List.of("logicalCpus", "physicalCores", "threadsPerCore", "numaNodes", "caches", "governor",
                "boost", "currentMhz", "maxMhz", "hypervisor", "cgroup", "cpuQuota", "cpuset", "memoryLimit",
                "transparentHugePages", "loadAverage", "memoryAvailableBytes")) {
            assertTrue(d.unknown().containsKey(figure), figure + " is unknown with why: " + d.unknown());
        }
        assertTrue(d.whyUnknown("loadAverage").contains("no /proc: not Linux"), d.whyUnknown("loadAverage"));
        Map<String, String> facts = MachineFacts.of(d);
        assertTrue(facts.get("physical cores").startsWith("unknown ("), facts.get("physical cores"));
        assertTrue(facts.get("CPU quota").startsWith("unknown ("), facts.get("CPU quota"));
        assertEquals(List.of(), Distortions.of(d, 8, 1L << 30), "nothing known, so nothing is claimed to distort");
    }
}
