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

import static threadsvsprocesses.report.page.Html.escape;

/**
 * Renders a {@link Page} as one self-contained HTML page to open from the file system: the style is inline and the
 * charts are referenced by their path relative to the page, so it fetches nothing. Every text is escaped.
 */
public final class HtmlRenderer {

    private final StringBuilder h = new StringBuilder();

    private HtmlRenderer() {
    }

    /** The page's HTML text. */
    public static String render(Page page) {
        HtmlRenderer r = new HtmlRenderer();
        r.h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(page.title())).append("</title>\n<style>\n").append(page.style())
                .append("</style>\n</head>\n<body>\n<main>\n");
        r.h.append("<h1>").append(escape(page.title())).append("</h1>\n");
        r.blocks(page.blocks());
        r.h.append("</main>\n</body>\n</html>\n");
        return r.h.toString();
    }

    private void blocks(List<Block> blocks) {
        blocks.forEach(this::block);
    }

    private void block(Block b) {
        switch (b) {
            case Heading x -> h.append("<h").append(x.level()).append(x.id() == null ? "" : " id=\"" + escape(x.id()) + "\"")
                    .append('>').append(escape(x.text())).append("</h").append(x.level()).append(">\n");
            case Paragraph x -> {
                h.append("<p").append(cssAttribute(x.css())).append('>');
                spans(x.spans());
                h.append("</p>\n");
            }
            case Figure x -> h.append("<figure><img src=\"").append(escape(x.src())).append("\" alt=\"")
                    .append(escape(x.alt())).append("\"></figure>\n");
            case Bullets x -> {
                h.append("<ul").append(cssAttribute(x.css())).append(">\n");
                for (List<Span> item : x.items()) {
                    h.append("<li>");
                    spans(item);
                    h.append("</li>\n");
                }
                h.append("</ul>\n");
            }
            case Contents x -> {
                h.append("<nav class=\"contents\"><strong>Contents:</strong> ");
                spans(List.copyOf(x.links()));
                h.append("</nav>\n");
            }
            case Section x -> {
                h.append("<section").append(cssAttribute(x.css())).append(">\n");
                blocks(x.blocks());
                h.append("</section>\n");
            }
            case Table x -> table(x);
        }
    }

    private void table(Table t) {
        if (t.scroll()) {
            h.append("<div class=\"scroll\">\n");
        }
        h.append("<table").append(cssAttribute(t.css())).append(">\n");
        if (t.headed()) {
            h.append("<thead><tr>");
            for (Column c : t.columns()) {
                h.append(c.numeric() ? "<th class=\"num\">" : "<th>").append(escape(c.name())).append("</th>");
            }
            h.append("</tr></thead>\n<tbody>\n");
        }
        for (Row row : t.rows()) {
            h.append("<tr").append(cssAttribute(row.css())).append('>');
            for (int i = 0; i < row.cells().size(); i++) {
                Cell cell = row.cells().get(i);
                if (cell.continued()) {
                    continue;
                }
                Column column = t.columns().get(i);
                String tag = column.rowHeader() ? "th" : "td";
                String css = cell.css() != null ? cell.css() : column.numeric() ? "num" : null;
                h.append('<').append(tag).append(cssAttribute(css))
                        .append(cell.rowSpan() > 1 ? " rowspan=\"" + cell.rowSpan() + "\"" : "").append('>');
                spans(cell.spans());
                h.append("</").append(tag).append('>');
            }
            h.append("</tr>\n");
        }
        if (t.headed()) {
            h.append("</tbody>\n");
        }
        h.append("</table>\n");
        if (t.scroll()) {
            h.append("</div>\n");
        }
    }

    private void spans(List<Span> spans) {
        for (Span s : spans) {
            switch (s) {
                case Span.Text x -> h.append(escape(x.text()));
                case Span.Strong x -> h.append("<strong>").append(escape(x.text())).append("</strong>");
                case Span.Code x -> h.append("<code>").append(escape(x.text())).append("</code>");
                case Span.Link x -> h.append("<a href=\"").append(escape(x.href())).append("\">").append(escape(x.text()))
                        .append("</a>");
                case Span.Marked x -> h.append("<span class=\"").append(escape(x.css())).append("\">")
                        .append(escape(x.text())).append("</span>");
                case Span.CodeList x -> {
                    h.append("<ul").append(cssAttribute(x.css())).append('>');
                    x.items().forEach(i -> h.append("<li><code>").append(escape(i)).append("</code></li>"));
                    h.append("</ul>");
                }
            }
        }
    }

    private static String cssAttribute(String css) {
        return css == null ? "" : " class=\"" + escape(css) + "\"";
    }
}
