package threadsvsprocesses.report.page;

import java.util.List;

/**
 * A page's outline: its title, its HTML style sheet, and its blocks in order. Rendered as a self-contained
 * {@code index.html} ({@link HtmlRenderer}) and as {@code report.md} ({@link MarkdownRenderer}).
 *
 * @param title  the page's title and top heading
 * @param style  the CSS of the HTML page, inline (the page fetches nothing)
 * @param blocks what the page says
 */
public record Page(String title, String style, List<Block> blocks) {

    public Page {
        blocks = List.copyOf(blocks);
    }
}
