package threadsvsprocesses.run.machine;

/**
 * Something about the machine that would distort a run's numbers now, with its figure and what to do about it.
 *
 * @param what   what it is ("a busy process", "SMT siblings")
 * @param figure the figure that shows it ("java (pid 4242) keeps 0.95 cores busy")
 * @param advice what to do about it
 */
public record Distortion(String what, String figure, String advice) {

    /** One line: "! a busy process: java (pid 4242) keeps 0.95 cores busy. Wait for it to end, or stop it." */
    public String line() {
        return "! " + what + ": " + figure + ". " + advice;
    }
}
