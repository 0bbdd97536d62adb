package threadsvsprocesses.report.compare;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadsvsprocesses.report.claims.SweepClaims;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.SweepRows;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 2-core VM and an 8-core laptop with task-size sweeps, compared: the curves overlaid, the break-evens side by side. */
class SweepCompareTest {

    @TempDir
    Path tmp;

    private static final String VM = "20261202T165250Z-vm";
    private static final String LAPTOP = "20261201T090000Z-laptop";

    private static Map<String, double[]> speedups(double... poolThenThreads) {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("process-pool-chunked", new double[] {poolThenThreads[0], poolThenThreads[1], poolThenThreads[2]});
        m.put("multi-thread", new double[] {poolThenThreads[3], poolThenThreads[4], poolThenThreads[5]});
        return m;
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (CSVParser p = CSVParser.parse(Files.readString(file, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    @Test
    void breakEvensOfMachinesWithDifferentCoresLineUpAndTheCurvesShareOneChart() throws Exception {
        List<ResultRow> vmRows = SweepFixtures.rows(2, 1.6, speedups(0.5, 1.5, 1.9, 0.1, 0.8, 1.85));
        List<ResultRow> laptopRows = SweepFixtures.rows(8, 1.0, speedups(0.8, 6, 7.5, 0.2, 2, 7.4));
        Path vm = SweepFixtures.write(tmp.resolve("vm"), VM, "AMD EPYC", 2, vmRows);
        Path laptop = SweepFixtures.write(tmp.resolve("laptop"), LAPTOP, "Intel Core i7-1185G7", 8, laptopRows);

        Compare.Output out = Compare.run(List.of(vm.toString(), laptop.toString()), null, tmp.resolve("charts"));

        Path chart = out.dir().resolve("granularity-speedup.png");
        assertTrue(out.charts().contains(chart), out.charts().toString());
        BufferedImage image = ImageIO.read(chart.toFile());
        assertEquals(1200, image.getWidth());

        // each machine's break-even figure of a model is one measurement: in both runs, side by side
        List<CSVRecord> rows = csv(out.csv());
        List<CSVRecord> breakEven = rows.stream().filter(r -> r.get("metric").equals(SweepRows.BREAK_EVEN)
                && r.get("model").equals("process-pool-chunked")).toList();
        assertEquals(2, breakEven.size(), breakEven.toString());
        for (CSVRecord r : breakEven) {
            assertEquals("2", r.get("runs_with_row"), r.toString());
            assertEquals("model=process-pool-chunked", r.get("params"));
        }
        double vmFigure = figure(vmRows, "process-pool-chunked");
        double laptopFigure = figure(laptopRows, "process-pool-chunked");
        assertTrue(laptopFigure < vmFigure, "the laptop's pool pays off on smaller tasks");
        CSVRecord onLaptop = breakEven.stream().filter(r -> r.get("run_id").equals(LAPTOP)).findFirst().orElseThrow();
        assertEquals(laptopFigure, Double.parseDouble(onLaptop.get("score")), laptopFigure * 1e-6);
        assertEquals("8", onLaptop.get("workers"));
        assertEquals(laptopFigure / vmFigure, Double.parseDouble(onLaptop.get("ratio_to_baseline")), 1e-6);
        assertTrue(rows.stream().filter(r -> SweepRows.FULL_SPEED.equals(r.get("metric")))
                .allMatch(r -> r.get("runs_with_row").equals("2")), "0.9 x cores lines up too");

        String md = Files.readString(out.report());
        assertTrue(md.contains("![granularity-speedup.png](granularity-speedup.png)"), md);
        assertTrue(md.contains("| model | figure | AMD EPYC, 2 cores, JDK 25.0.3 \\[baseline\\] | Intel Core i7-1185G7,"
                + " 8 cores, JDK 25.0.3 |"), md);
        String vmText = SweepClaims.text(SweepRows.breakEvens(vmRows).get(0).beatsOne());
        String laptopText = SweepClaims.text(SweepRows.breakEvens(laptopRows).get(0).beatsOne());
        assertTrue(md.contains("| process-pool-chunked | beats one thread from | " + vmText + " | " + laptopText + " |"),
                md);
        String partial = md.substring(md.indexOf("## Measured in only some runs"));
        assertFalse(partial.contains(SweepRows.BREAK_EVEN), "no break-even figure is missing from a run: " + partial);
    }

    @Test
    void aRunWithoutASweepShowsItsFiguresAsAbsent() throws Exception {
        List<ResultRow> vmRows = SweepFixtures.rows(2, 1.6, speedups(0.5, 1.5, 1.9, 0.1, 0.8, 1.85));
        List<ResultRow> other = SweepFixtures.rows(4, 1.0, Map.of("process-pool-chunked", new double[] {1, 2, 3}));
        Path vm = SweepFixtures.write(tmp.resolve("vm"), VM, "AMD EPYC", 2, vmRows);
        Path laptop = SweepFixtures.write(tmp.resolve("laptop"), LAPTOP, "Intel Core i7-1185G7", 4, other);
        Compare.Output out = Compare.run(List.of(vm.toString(), laptop.toString()), null, tmp.resolve("charts"));
        String md = Files.readString(out.report());
        assertTrue(md.contains("| multi-thread | beats one thread from | "), md);
        assertTrue(md.contains("\u2014 (not in this run) |"), "the laptop has no multi-thread curve: " + md);
    }

    private static double figure(List<ResultRow> rows, String model) {
        return rows.stream().filter(r -> r.metric().equals(SweepRows.BREAK_EVEN) && r.model().equals(model))
                .findFirst().orElseThrow().score();
    }
}
