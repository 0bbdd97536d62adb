package threadsvsprocesses.report.rows;

/**
 * Text cells of the suite's CSV files made safe against formula injection: a spreadsheet opening a CSV runs a cell
 * that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return before one) as a
 * formula. {@link #text} writes such a cell with a leading apostrophe, which spreadsheets show as plain text;
 * {@link #restore} takes it off again when the suite reads its own CSV back. Numeric cells are written as plain
 * numbers and never pass through here (a negative number such as {@code -1} is not text).
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** Whether a cell starts with a character a spreadsheet reads as the start of a formula. */
    public static boolean isFormulaLike(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The cell to write for a text value: empty for null, an apostrophe before a formula-like value. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return isFormulaLike(value) ? "'" + value : value;
    }

    /** The value a cell written by {@link #text} stood for: the apostrophe before a formula-like value removed. */
    public static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && isFormulaLike(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    /** A value for a one-line message: control characters replaced, at most 60 characters. */
    public static String shown(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 57) + "..." : clean;
    }
}
