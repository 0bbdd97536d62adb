package threadsvsprocesses.run;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reason recorded for a failed cell is the benchmark's own exception line from JMH's output. */
class FailureReasonTest {

    @Test
    void takesTheFirstNonJmhExceptionAfterTheFailureMarker() {
        String output = """
                Iteration   8: 4472.346 ms/op
                Iteration   9: <failure>

                threadsvsprocesses.execution.WorkerFailedException: worker JVM pid 26304 wrote 'x' where 'OK <checksum>' was expected
                \tat threadsvsprocesses.execution.ChildJvm.receiveResult(ChildJvm.java:120)
                """;
        assertEquals("benchmark failed: threadsvsprocesses.execution.WorkerFailedException: worker JVM pid 26304 wrote 'x'"
                + " where 'OK <checksum>' was expected", CellFailure.reason(output));
    }

    @Test
    void aThreadTheOsRefusedMakesTheCellSkippedNotFailed() {
        String reason = CellFailure.reason("""
                Iteration   1: <failure>

                threadsvsprocesses.execution.ThreadLimitException: the OS refused thread 32001 of 40000 (unable to create native thread)
                """);
        assertEquals(true, CellFailure.isMachineLimit(reason), reason);
        assertEquals(false, CellFailure.isMachineLimit("benchmark failed: java.lang.IllegalStateException: x"));
    }

    @Test
    void aLaunchMechanismThisJdkRejectsMakesTheCellSkipped() {
        String reason = CellFailure.reason("""
                # Fork: 1 of 1
                <failure>

                java.lang.UnsupportedOperationException: unsupported on this JDK: launch mechanism VFORK (Java 27)
                	at threadsvsprocesses.benchmarks.LaunchBenchmark.applyMechanism(LaunchBenchmark.java:60)
                """);
        assertEquals("benchmark failed: java.lang.UnsupportedOperationException: unsupported on this JDK: launch mechanism"
                + " VFORK (Java 27)", reason);
        assertEquals(true, CellFailure.isMachineLimit(reason), reason);
    }

    @Test
    void pointsToTheLogWhenJmhPrintedNoException() {
        assertEquals("JMH gave no result; see jmh.log", CellFailure.reason("# Fork: 1 of 1\n"));
    }
}
