package threadsvsprocesses.report.page;

import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.page.Block.Bullets;
import threadsvsprocesses.report.page.Block.Paragraph;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.run.machine.NoiseLimit;

import java.util.ArrayList;
import java.util.List;

/** What a run's page opens with when the machine disturbed some of its cells: a warning and the noisy cells. */
final class NoiseBanner {

    private NoiseBanner() {
    }

    /** The banner's blocks; none when no cell was noisy. */
    static List<Block> of(RunRows rows) {
        List<ResultRow> noisy = rows.noisy();
        if (noisy.isEmpty()) {
            return List.of();
        }
        long measured = rows.cells().stream().filter(ResultRow::measured).count();
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph(List.of(new Span.Marked("noisy", "Noisy:"), Span.text(" " + noisy.size() + " of " + measured
                + " measured cells keep a fork that ran while other processes or the hypervisor took more than "
                + Figures.number(NoiseLimit.CORES) + " of a core, so their numbers may be off, and so may the claims"
                + " that use them. Measure them again on a quiet machine (java -jar benchmarks.jar check says what is"
                + " busy). Each cell's figures are over all its forks:")), "noisy-banner"));
        List<List<Span>> items = new ArrayList<>();
        for (ResultRow r : noisy) {
            items.add(List.of(new Span.Code(r.describeCell()), Span.text(": " + r.noise().describe()
                    + (r.noise().retried() ? "; a noisy fork measured twice, the quieter attempt kept" : ""))));
        }
        b.add(new Bullets(items, "noisy-cells"));
        return b;
    }
}
