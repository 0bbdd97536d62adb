package threadsvsprocesses.report.page;

import threadsvsprocesses.report.format.Figures;
import threadsvsprocesses.report.page.Block.Paragraph;
import threadsvsprocesses.report.rows.Interval;
import threadsvsprocesses.report.rows.ResultRow;
import threadsvsprocesses.report.rows.RunRows;
import threadsvsprocesses.report.rows.SchedulerBound;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The notes a run's page gives on its statistics: how the intervals (±) were computed, with how many forks, and
 * which cells of a section depend on the host's scheduler.
 */
final class StatisticsNotes {

    private StatisticsNotes() {
    }

    /** How the run's intervals were computed: one note for the page. */
    static Paragraph intervals(RunRows rows) {
        List<ResultRow> measured = rows.all().stream().filter(ResultRow::measured).toList();
        TreeSet<Integer> forks = new TreeSet<>();
        measured.stream().filter(r -> r.interval().forkAware()).forEach(r -> forks.add(r.forks()));
        long oneFork = measured.stream().filter(r -> r.interval().basis() == Interval.Basis.ITERATIONS).count();
        long none = measured.stream().filter(r -> !r.interval().known()).count();
        StringBuilder s = new StringBuilder("Every \u00b1 is the suite's " + Figures.percent(Interval.LEVEL, 0)
                + " interval of the mean with forks as the repetitions: Student's t over the forks' means, not JMH's"
                + " error, which pools the iterations of all forks as if they were independent.");
        if (!forks.isEmpty()) {
            s.append(" Forks per cell: ").append(forks.first().equals(forks.last()) ? forks.first()
                    : forks.first() + " to " + forks.last() + " (cells whose first forks disagreed got more; plan.json"
                    + " says why)").append('.');
        }
        if (oneFork > 0) {
            s.append(" ").append(oneFork).append(oneFork == 1 ? " cell was" : " cells were").append(" measured in one"
                    + " fork: its interval sees only that fork's iterations, not the spread between forks, and may be"
                    + " too narrow.");
        }
        if (none > 0) {
            s.append(" ").append(none).append(none == 1 ? " cell has" : " cells have").append(" too few samples for"
                    + " an interval.");
        }
        return new Paragraph(List.of(Span.text(s.toString())), "note");
    }

    /** Which cells of a section depend on the host's scheduler, if any of its measured cells does. */
    static Optional<Paragraph> scheduler(String workload, List<ResultRow> cells) {
        long bound = cells.stream().filter(ResultRow::measured).filter(SchedulerBound::of).count();
        String which = SchedulerBound.which(workload);
        if (bound == 0 || which.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Paragraph(List.of(Span.text("Depends on the host's scheduler: " + which + ". Such"
                + " figures move with the host's load, kernel and virtualisation more than their intervals show"
                + " (scheduler_bound in results.csv).")), "note"));
    }
}
