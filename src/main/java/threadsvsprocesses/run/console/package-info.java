/**
 * What a person sees while a run goes: the suite's own console, one line per cell as it ends ({@code CellLines}),
 * on a terminal a live line for the cell in progress ({@code Console}, fed by {@code ProgressFormat}, which follows
 * JMH's iterations without parsing its text), the ETA ({@code Progress}) and the summary at the end
 * ({@code RunSummary}). JMH's own output goes to {@code jmh.log}, and to the console only with {@code --verbose}.
 * Depends on {@code run} and {@code report} (claims, findings, format); nothing in {@code run} but the runner uses it.
 */
package threadsvsprocesses.run.console;
