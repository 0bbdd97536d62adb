package threadsvsprocesses.report.rows;

import threadsvsprocesses.report.Fixtures;
import threadsvsprocesses.report.Reporter;
import threadsvsprocesses.report.RunFixture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.run.MachineInfo;
import threadsvsprocesses.run.RunFolder;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text from another machine's files never reaches results.csv as a spreadsheet formula. */
class CsvFormulaTest {

    @TempDir
    Path dir;

    @Test
    void machineTextStartingLikeAFormulaIsWrittenAsPlainText() throws Exception {
        Path run = Fixtures.full(dir.resolve("run")).write();
        MachineInfo m = RunFixture.machine();
        new RunFolder(run).writeMachine(new MachineInfo(m.runId(), m.startedAt(), "=HYPERLINK(\"http://x\")",
                "+cmd|' /C calc'!A0", m.cores(), -1, "@SUM(1+1)", "-2+3", m.jvmVersion(),
                m.javaHome(), m.jvmArgs(), m.profile(), m.suiteVersion()));
        Path csv = Reporter.write(run, dir.resolve("charts")).csv();
        try (Reader in = Files.newBufferedReader(csv);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<CSVRecord> records = parser.getRecords();
            assertFalse(records.isEmpty());
            for (CSVRecord r : records) {
                assertEquals("'=HYPERLINK(\"http://x\")", r.get("host"));
                assertEquals("'+cmd|' /C calc'!A0", r.get("cpu_model"));
                assertEquals("'@SUM(1+1)", r.get("os"));
                assertEquals("'-2+3", r.get("jvm_vendor"));
                // -1 (memory unknown) starts like a formula, yet is a number and must stay one
                assertEquals("-1", r.get("memory_bytes"), "numbers are written as numbers, not quoted as text");
                for (String cell : r.values()) {
                    assertTrue(!CsvCells.isFormulaLike(cell) || cell.matches("-?[0-9.]+"), "formula-like cell: " + cell);
                }
            }
        }
    }
}
