package threadsvsprocesses.report.rows;

import threadsvsprocesses.run.BadInputException;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The checks {@link ResultsCsvReader} makes of single fields of an untrusted results.csv, each failing with a
 * one-line {@link BadInputException}: {@code <file>:<line>: <what was found>; expected <what is accepted>}.
 */
final class CsvFields {

    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,18}");
    /** Plain decimals only: Double.parseDouble would also take "Infinity", hex floats and a trailing 'd'. */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]{1,3})?");

    private final Path file;
    private final int line;

    CsvFields(Path file, int line) {
        this.file = file;
        this.line = line;
    }

    /** A whole number of zero or more; -1 for an empty cell unless {@code required}. */
    long integer(String column, String s, boolean required) {
        if (s.isEmpty() && !required) {
            return -1;
        }
        if (!INTEGER.matcher(s).matches()) {
            throw fail(column + " '" + shown(s) + "'", "a whole number of zero or more"
                    + (required ? "" : ", or an empty cell"));
        }
        return Long.parseLong(s);
    }

    /** {@link #integer} for a cell that may be empty. */
    long optionalInteger(String column, String s) {
        return integer(column, s, false);
    }

    /** A decimal number in {@link Accepted}'s range; NaN for an empty cell or JMH's "NaN". */
    double number(String column, String s) {
        return number(column, s, false);
    }

    /**
     * A spread (an error or a standard deviation) of zero or more: as {@link #nonNegative}, but a magnitude below
     * {@link Accepted#SMALLEST} is read as 0 (floating-point dust of identical samples), never as a refusal.
     */
    double spread(String column, String s) {
        double d = number(column, s, true);
        if (d < 0) {
            throw fail(column + " " + s, "zero or more (empty if unknown)");
        }
        return d;
    }

    private double number(String column, String s, boolean dustIsZero) {
        if (s.isEmpty() || s.equals("NaN")) {
            return Double.NaN;
        }
        if (DECIMAL.matcher(s).matches()) {
            double d = Double.parseDouble(s);
            if (dustIsZero && Math.abs(d) < Accepted.SMALLEST) {
                return 0;
            }
            if (Double.isFinite(d) && Accepted.figure(d)) {
                return d;
            }
            // a plain decimal that is not accepted is too large or too small (1e999 parses as infinity)
            throw fail(column + " " + shown(s) + " is outside the accepted range", Accepted.RANGE
                    + " (empty if unknown)");
        }
        throw fail(column + " '" + shown(s) + "' is not a number", "a decimal number such as 82.5 (empty if unknown)");
    }

    /** {@link #number} that must not be negative. */
    double nonNegative(String column, String s) {
        double d = number(column, s);
        if (d < 0) {
            throw fail(column + " " + s, "zero or more (empty if unknown)");
        }
        return d;
    }

    /** The error for this line. */
    BadInputException fail(String what, String expected) {
        return fail(file, line, what, expected);
    }

    /** {@code <file>:<line>: <what>; expected <expected>}. */
    static BadInputException fail(Path file, int line, String what, String expected) {
        return new BadInputException(file + ":" + line + ": " + what + "; expected " + expected);
    }

    /** A value for a one-line message ({@link CsvCells#shown}). */
    static String shown(String s) {
        return CsvCells.shown(s);
    }
}
