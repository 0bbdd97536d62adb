package threadsvsprocesses.report.page;

import java.util.List;

/**
 * A block of a page's outline: what a page says, in order, without the syntax of any format. The pages of a run and
 * of a comparison are each built once as blocks; {@link HtmlRenderer} and {@link MarkdownRenderer} only supply the
 * syntax.
 */
public sealed interface Block {

    /** A heading of level 2 or more, with an anchor id (null for none). */
    record Heading(int level, String id, String text) implements Block {
    }

    /** A paragraph, with an HTML class (null for none). */
    record Paragraph(List<Span> spans, String css) implements Block {

        public Paragraph(List<Span> spans) {
            this(spans, null);
        }

        /** A paragraph of plain text. */
        public static Paragraph of(String text) {
            return new Paragraph(List.of(Span.text(text)));
        }
    }

    /** A chart: an image file, relative to the page, with its alternative text. */
    record Figure(String src, String alt) implements Block {
    }

    /** A bulleted list, with an HTML class (null for none). */
    record Bullets(List<List<Span>> items, String css) implements Block {
    }

    /** Links to the page's sections (HTML only: Markdown viewers draw their own). */
    record Contents(List<Span.Link> links) implements Block {
    }

    /** A group of blocks: an HTML {@code <section>} with a class; nothing of its own in Markdown. */
    record Section(String css, List<Block> blocks) implements Block {
    }

    /**
     * A table.
     *
     * @param css     its HTML class
     * @param columns its columns
     * @param rows    its rows, each with one cell per column
     * @param headed  whether it has a header row; without one, a column marked {@link Column#rowHeader} names rows
     * @param scroll  whether a wide table scrolls sideways in HTML
     */
    record Table(String css, List<Column> columns, List<Row> rows, boolean headed, boolean scroll) implements Block {

        public Table(String css, List<Column> columns, List<Row> rows) {
            this(css, columns, rows, true, false);
        }
    }

    /** A column: its name, whether it holds numbers (right-aligned), whether its cells name their rows. */
    record Column(String name, boolean numeric, boolean rowHeader) {

        public static Column text(String name) {
            return new Column(name, false, false);
        }

        public static Column number(String name) {
            return new Column(name, true, false);
        }
    }

    /** A row, with an HTML class (null for none). */
    record Row(String css, List<Cell> cells) {
    }

    /**
     * A cell.
     *
     * @param spans    its content
     * @param css      an HTML class of its own (null: "num" in a numeric column, else none)
     * @param marked   shown in bold in Markdown (HTML marks it by its class)
     * @param rowSpan  rows it spans in HTML (1 for one); the rows below then hold a {@link #continued} cell
     * @param continued a cell covered by a spanning cell above: HTML leaves it out, Markdown repeats its content
     */
    record Cell(List<Span> spans, String css, boolean marked, int rowSpan, boolean continued) {

        public static Cell of(String text) {
            return new Cell(List.of(Span.text(text)), null, false, 1, false);
        }

        public static Cell of(List<Span> spans) {
            return new Cell(spans, null, false, 1, false);
        }

        /** A cell with a class of its own, bold in Markdown if {@code marked}. */
        public static Cell styled(String text, String css, boolean marked) {
            return new Cell(List.of(Span.text(text)), css, marked, 1, false);
        }

        /** This cell spanning {@code rows} rows in HTML. */
        public Cell spanning(int rows) {
            return new Cell(spans, css, marked, rows, false);
        }

        /** The covered copy of this cell, for the rows below a spanning one. */
        public Cell covered() {
            return new Cell(spans, css, marked, 1, true);
        }
    }
}
