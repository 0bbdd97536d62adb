package threadsvsprocesses.report.page;

import java.util.List;

/**
 * A piece of inline text in a page's outline. Spans hold raw text; each renderer escapes it for its format
 * ({@link HtmlRenderer}, {@link MarkdownRenderer}).
 */
public sealed interface Span {

    /** Plain text. */
    record Text(String text) implements Span {
    }

    /** Bold text. */
    record Strong(String text) implements Span {
    }

    /** Code: a run id, parameters, a command. */
    record Code(String text) implements Span {
    }

    /**
     * A link. One to an anchor of the same page ({@code #C1}) is a link only in HTML; Markdown shows its text, since
     * Markdown viewers name their anchors themselves.
     */
    record Link(String href, String text) implements Span {
    }

    /** Text that stands out: a class of its own in HTML (e.g. {@code partial}), bold in Markdown. */
    record Marked(String css, String text) implements Span {
    }

    /** A list of code items: a bulleted list in HTML (class {@code css}), the items joined by spaces in Markdown. */
    record CodeList(String css, List<String> items) implements Span {
    }

    /** Shorthand for plain text. */
    static Span text(String s) {
        return new Text(s);
    }
}
