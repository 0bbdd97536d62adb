package threadsvsprocesses.report.page;

import threadsvsprocesses.report.page.Block.Bullets;
import threadsvsprocesses.report.page.Block.Cell;
import threadsvsprocesses.report.page.Block.Column;
import threadsvsprocesses.report.page.Block.Contents;
import threadsvsprocesses.report.page.Block.Figure;
import threadsvsprocesses.report.page.Block.Heading;
import threadsvsprocesses.report.page.Block.Paragraph;
import threadsvsprocesses.report.page.Block.Row;
import threadsvsprocesses.report.page.Block.Section;
import threadsvsprocesses.report.page.Block.Table;

import java.util.List;

/**
 * Renders a {@link Page} as Markdown ({@code report.md}). Text is made inert: {@code &} and {@code <} become
 * entities everywhere, so nothing read from a file turns into markup; in table cells and list items a pipe is
 * escaped and line breaks are joined, so a cell stays one cell.
 */
public final class MarkdownRenderer {

    private final StringBuilder md = new StringBuilder();

    private MarkdownRenderer() {
    }

    /** The page's Markdown text. */
    public static String render(Page page) {
        MarkdownRenderer r = new MarkdownRenderer();
        r.md.append("# ").append(r.inert(page.title(), false)).append("\n\n");
        r.blocks(page.blocks());
        return r.md.toString().stripTrailing() + "\n";
    }

    private void blocks(List<Block> blocks) {
        blocks.forEach(this::block);
    }

    private void block(Block b) {
        switch (b) {
            case Heading x -> md.append("#".repeat(x.level())).append(' ').append(inert(x.text(), true)).append("\n\n");
            case Paragraph x -> md.append(spans(x.spans(), false)).append("\n\n");
            case Figure x -> md.append("![").append(x.alt()).append("](").append(x.src()).append(")\n\n");
            case Bullets x -> {
                x.items().forEach(item -> md.append("- ").append(spans(item, true)).append('\n'));
                md.append('\n');
            }
            case Contents x -> {
                // Markdown viewers draw their own table of contents
            }
            case Section x -> blocks(x.blocks());
            case Table x -> table(x);
        }
    }

    private void table(Table t) {
        md.append('|');
        for (Column c : t.columns()) {
            md.append(t.headed() ? " " + inert(c.name(), true) + " |" : " |");
        }
        md.append("\n|");
        t.columns().forEach(c -> md.append(c.numeric() ? "---:|" : "---|"));
        md.append('\n');
        for (Row row : t.rows()) {
            md.append('|');
            for (Cell cell : row.cells()) {
                String content = spans(cell.spans(), true);
                md.append(' ').append(cell.marked() ? "**" + content + "**" : content).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private String spans(List<Span> spans, boolean inCell) {
        StringBuilder s = new StringBuilder();
        for (Span span : spans) {
            switch (span) {
                case Span.Text x -> s.append(inert(x.text(), inCell));
                case Span.Strong x -> s.append("**").append(inert(x.text(), inCell)).append("**");
                case Span.Code x -> s.append('`').append(code(x.text(), inCell)).append('`');
                case Span.Link x -> s.append(x.href().startsWith("#") || !safe(x.href()) ? inert(x.text(), inCell)
                        : "[" + inert(x.text(), inCell) + "](" + x.href().replace(" ", "%20").replace(")", "%29")
                        + ")");
                case Span.Marked x -> s.append("**").append(inert(x.text(), inCell)).append("**");
                case Span.CodeList x -> s.append(inert(String.join(" ", x.items()), inCell));
            }
        }
        return s.toString();
    }

    /**
     * Text that stays text: entities for {@code &} and {@code <}, and link brackets escaped, so that a model name or
     * a reason read from a run folder of elsewhere (e.g. {@code [x](javascript:...)}) cannot become a live link; in
     * a cell also pipes escaped, lines joined.
     */
    private String inert(String s, boolean inCell) {
        return cell(s.replace("&", "&amp;").replace("<", "&lt;").replace("[", "\\[").replace("]", "\\]"), inCell);
    }

    /** Text inside a code span, where brackets are inert already and a backtick would end the span. */
    private String code(String s, boolean inCell) {
        return cell(s.replace("&", "&amp;").replace("<", "&lt;").replace("`", "'"), inCell);
    }

    /** In a table cell: pipes escaped, lines joined, so a cell stays one cell. */
    private static String cell(String t, boolean inCell) {
        return inCell ? t.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ") : t;
    }

    /** A link target the page may keep live: relative paths and web addresses, no other scheme. */
    private static boolean safe(String href) {
        int colon = href.indexOf(':');
        int slash = href.indexOf('/');
        return colon < 0 || (slash >= 0 && slash < colon) || href.startsWith("https://") || href.startsWith("http://");
    }
}
