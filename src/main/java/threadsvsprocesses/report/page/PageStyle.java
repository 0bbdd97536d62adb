package threadsvsprocesses.report.page;

/** The look every page of the suite shares (a run's and a comparison's); each page adds its own rules. */
public final class PageStyle {

    /** Page, headings, tables and figures, for a main column {@code width} wide (e.g. {@code 1100px}). */
    public static String base(String width) {
        return """
                body { margin: 0; background: #fafafa; color: #222; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", \
                Roboto, Helvetica, Arial, sans-serif; }
                h1 { font-size: 1.6rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ddd; }
                table { border-collapse: collapse; margin: 0.8rem 0; }
                th, td { border: 1px solid #bbb; padding: 0.25rem 0.6rem; vertical-align: top; }
                th { text-align: left; } thead th { background: #eee; }
                td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
                figure { margin: 0.8rem 0; }
                main { max-width: %s; margin: 0 auto; padding: 1rem 1.5rem 3rem; background: #fff; }
                """.formatted(width);
    }

    private PageStyle() {
    }
}
