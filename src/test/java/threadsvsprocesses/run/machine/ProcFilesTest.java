package threadsvsprocesses.run.machine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small parsers of /proc lines, on lines as the kernel writes them. */
class ProcFilesTest {

    @Test
    void cpuListsAreParsedAndWrittenBack() {
        assertEquals(Set.of(0, 1, 2, 3, 6, 8, 9), CpuList.parse("0-3,6,8-9"));
        assertEquals("0-3,6,8-9", CpuList.format(CpuList.parse("0-3,6,8-9")));
        assertEquals("0,4", CpuList.format(List.of(4, 0)));
        assertEquals(Set.of(), CpuList.parse(""));
        assertThrows(IllegalArgumentException.class, () -> CpuList.parse("3-1"));
        assertThrows(IllegalArgumentException.class, () -> CpuList.parse("a"));
    }

    @Test
    void procStatCpuLinesGiveBusyStealAndTotal() {
        Map<Integer, ProcStat.CpuTimes> cpus = ProcStat.perCpu("cpu  300 3 30 1000 10 1 2 7 5 0\n"
                + "cpu0 100 1 10 500 5 1 1 3 5 0\ncpu1 200 2 20 500 5 0 1 4 0 0\nintr 123 0\n");
        assertEquals(Set.of(0, 1), cpus.keySet(), "the aggregate line is not a CPU");
        ProcStat.CpuTimes cpu0 = cpus.get(0);
        assertEquals(100 + 1 + 10 + 1 + 1, cpu0.busy(), "user, nice, system, irq, softirq; guest is inside user");
        assertEquals(3, cpu0.steal());
        assertEquals(cpu0.busy() + 500 + 5 + 3, cpu0.total());
        assertEquals(7, ProcStat.sum(cpus, List.of(0, 1)).steal());
        assertThrows(IllegalArgumentException.class, () -> ProcStat.perCpu("cpu0 1 x 3 4\n"));
    }

    @Test
    void aPidStatLineIsReadFromAfterItsNameWhichMayHoldSpacesAndParentheses() {
        String line = "4242 (Web (Content) 1) S 4200 4242 4242 0 -1 4194560 1000 0 0 0 250 40 12 3 20 0 30 0 "
                + "123456 1000000 500 18446744073709551615";
        PidStat s = PidStat.parse(line).orElseThrow();
        assertEquals(4242, s.pid());
        assertEquals("Web (Content) 1", s.name());
        assertEquals(4200, s.ppid());
        assertEquals(290, s.ownTicks());
        assertEquals(305, s.treeTicks(), "with the reaped children's user and system time");
        assertTrue(PidStat.parse("not a stat line").isEmpty());
        assertTrue(PidStat.parse("12 (x) S 1 2").isEmpty(), "too few fields");
    }

    @Test
    void procLocksNamesThePidHoldingALockOnAnInode() {
        String locks = "1: POSIX  ADVISORY  WRITE 4242 fd:01:393228 0 EOF\n"
                + "1: -> POSIX  ADVISORY  WRITE 5151 fd:01:393228 0 EOF\n"
                + "2: OFDLCK ADVISORY  READ  -1 00:05:77 0 EOF\n"
                + "3: FLOCK  ADVISORY  WRITE 777 08:02:1234 0 EOF\n";
        assertEquals(OptionalLong.of(4242), ProcLocks.holder(locks, 393228), "the holder, not the waiter");
        assertEquals(OptionalLong.of(777), ProcLocks.holder(locks, 1234));
        assertEquals(OptionalLong.empty(), ProcLocks.holder(locks, 77), "an OFD lock names no pid");
        assertEquals(OptionalLong.empty(), ProcLocks.holder(locks, 1));
    }

    @Test
    void foreignCpuIsTheMachinesBusyTimeLessTheRunsOwnOverAllTime() {
        CpuReading before = new CpuReading(1_000, 10, 10_000, 400, 2, null);
        // 200 ticks passed on 2 CPUs; 150 busy, of which the run's tree used 120; 4 stolen
        CpuReading after = new CpuReading(1_150, 14, 10_200, 520, 2, null);
        assertEquals(30 / 200.0, after.foreignSince(before), 1e-12);
        assertEquals(4 / 200.0, after.stealSince(before), 1e-12);
        CpuReading ownOnly = new CpuReading(1_150, 10, 10_200, 560, 2, null);
        assertEquals(0, ownOnly.foreignSince(before), "the two clocks disagree by a few ticks: never below 0");
        assertTrue(Double.isNaN(before.foreignSince(before)), "no time passed");
        assertTrue(Double.isNaN(after.foreignSince(CpuReading.unknown("no /proc"))));
    }

    @Test
    void theBusiestOtherProcessesAreNamedWithTheCoresTheyUsed() {
        Map<Long, PidStat> before = Map.of(
                1L, new PidStat(1, "systemd", 0, 10, 10, 0, 0),
                50L, new PidStat(50, "burner", 1, 1_000, 0, 0, 0),
                60L, new PidStat(60, "java", 1, 500, 0, 0, 0),
                70L, new PidStat(70, "indexer", 1, 0, 0, 0, 0));
        Map<Long, PidStat> after = Map.of(
                1L, new PidStat(1, "systemd", 0, 10, 11, 0, 0),
                50L, new PidStat(50, "burner", 1, 1_190, 0, 0, 0),
                60L, new PidStat(60, "java", 1, 700, 0, 0, 0),
                70L, new PidStat(70, "indexer", 1, 20, 5, 0, 0),
                80L, new PidStat(80, "new", 1, 50, 0, 0, 0));
        List<StartState.BusyProcess> busy = StartState.busiest(before, after, Set.of(60L), 100);
        assertEquals(List.of("burner", "indexer", "systemd"), busy.stream().map(StartState.BusyProcess::name).toList(),
                "busiest first, the run's own (java) left out, one that started meanwhile too");
        assertEquals(1.9, busy.get(0).cores(), 1e-12);
    }
}
