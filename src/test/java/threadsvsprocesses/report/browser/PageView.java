package threadsvsprocesses.report.browser;

import java.util.List;
import java.util.Optional;

/**
 * What a page showed in the browser once it had loaded.
 *
 * @param url              the page's URL
 * @param title            its title
 * @param images           every {@code <img>}, in document order
 * @param tables           every {@code <table>}, in document order
 * @param text             the rendered text of the body ({@code innerText}: one line per block, list item or row)
 * @param externalRequests URLs the page fetched or declared for fetching that are not file: (nor data:, blob:,
 *                         about:); empty for a page that works offline
 */
public record PageView(String url, String title, List<Image> images, List<Table> tables, String text,
                       List<String> externalRequests) {

    /**
     * One image.
     *
     * @param src           the src attribute as written
     * @param url           the URL it resolved to
     * @param loaded        complete and decoded: {@code complete && naturalWidth > 0}
     * @param naturalWidth  its width in pixels, 0 if not loaded
     * @param naturalHeight its height in pixels, 0 if not loaded
     */
    public record Image(String src, String url, boolean loaded, int naturalWidth, int naturalHeight) {
    }

    /**
     * One table.
     *
     * @param heading   the text of the nearest h1, h2 or h3 before it, empty if none
     * @param className its class attribute
     * @param rows      the rendered text of each cell (th or td), row by row, header rows included
     */
    public record Table(String heading, String className, List<List<String>> rows) {
    }

    /** The image whose src attribute is {@code src}, if any. */
    public Optional<Image> image(String src) {
        return images.stream().filter(i -> src.equals(i.src())).findFirst();
    }
}
