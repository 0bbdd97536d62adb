package threadsvsprocesses.report.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the two renderers make of the same outline. */
class HtmlTest {

    @Test
    void escapeReplacesAllFiveSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;t&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
                Html.escape("<a href=\"x\" title='t'>Tom & Jerry</a>"));
        assertEquals("plain \u00b1 text", Html.escape("plain \u00b1 text"));
        assertEquals("&amp;amp;", Html.escape("&amp;"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void oneTableTwoSyntaxes() {
        Block.Table t = new Block.Table("rows", List.of(Block.Column.text("model"), Block.Column.number("time")),
                List.of(new Block.Row("done", List.of(Block.Cell.of("a|b"), Block.Cell.of("1.5")))));
        Page page = new Page("T", "", List.of(t));
        assertTrue(HtmlRenderer.render(page).contains("<table class=\"rows\">\n<thead><tr><th>model</th>"
                + "<th class=\"num\">time</th></tr></thead>\n<tbody>\n<tr class=\"done\"><td>a|b</td>"
                + "<td class=\"num\">1.5</td></tr>\n</tbody>\n</table>\n"));
        assertEquals("# T\n\n| model | time |\n|---|---:|\n| a\\|b | 1.5 |\n", MarkdownRenderer.render(page));
    }

    @Test
    void aSpanningCellIsWrittenOnceInHtmlAndOnEveryRowInMarkdown() {
        Block.Cell model = Block.Cell.of("multi-thread");
        Block.Table t = new Block.Table("compare", List.of(Block.Column.text("model"), Block.Column.text("run")),
                List.of(new Block.Row("first", List.of(model.spanning(2), Block.Cell.of("a"))),
                        new Block.Row(null, List.of(model.covered(), Block.Cell.of("b")))));
        String h = HtmlRenderer.render(new Page("T", "", List.of(t)));
        assertTrue(h.contains("<tr class=\"first\"><td rowspan=\"2\">multi-thread</td><td>a</td></tr>\n<tr><td>b</td></tr>"), h);
        assertTrue(MarkdownRenderer.render(new Page("T", "", List.of(t))).contains("| multi-thread | a |\n| multi-thread | b |"));
    }

    @Test
    void markdownKeepsTextInertAndAnchorsAsText() {
        Page page = new Page("T", "", List.of(new Block.Paragraph(List.of(Span.text("a <b> & c "),
                new Span.Link("#C1", "C1"), Span.text(" "), new Span.Link("x.csv", "x.csv")))));
        assertEquals("# T\n\na &lt;b> &amp; c C1 [x.csv](x.csv)\n", MarkdownRenderer.render(page));
    }

    /** Issue 15: a model or reason copied in from another machine's run folder must not become a live link. */
    @Test
    void markdownEscapesLinkSyntaxAndUnsafeTargets() {
        Page page = new Page("T", "", List.of(new Block.Paragraph(List.of(Span.text("[x](javascript:alert(1)) "),
                new Span.Link("javascript:alert(1)", "y"), Span.text(" "), new Span.Link("a b.png", "z")))));
        String md = MarkdownRenderer.render(page);
        assertEquals("# T\n\n\\[x\\](javascript:alert(1)) y [z](a%20b.png)\n", md);
    }
}
