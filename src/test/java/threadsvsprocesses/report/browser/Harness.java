package threadsvsprocesses.report.browser;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The page that Chromium opens to inspect another one. It loads the page in an iframe; once that has loaded (its
 * images included) and a moment of the browser's virtual time has passed, a script reads the page's DOM (allowed
 * across file: URLs by Chromium's --allow-file-access-from-files) and writes its findings into the harness as
 * base64-encoded JSON between two markers, where {@code --dump-dom} prints them. Base64 keeps the findings intact
 * through the HTML serialisation of the dump, whatever text the page holds.
 */
final class Harness {

    static final String BEGIN = "TVP-RESULT ";
    static final String END = " TVP-END";

    /** Virtual milliseconds the harness waits after the page's load event, for requests a script makes late. */
    static final int SETTLE_MILLIS = 300;

    private static final Gson GSON = new Gson();

    // In this text block every JavaScript backslash is doubled: \s would otherwise be a Java escape for a space.
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>harness</title></head>
            <body>
            <pre id="result">TVP-PENDING</pre>
            <iframe id="page" style="width: @WIDTH@px; height: @HEIGHT@px; border: 0"></iframe>
            <script>
            (function () {
              'use strict';
              var LOCAL = ['file:', 'data:', 'blob:', 'about:', 'javascript:'];
              var FETCHING_LINK = /(^|\\s)(stylesheet|icon|preload|prefetch|preconnect|dns-prefetch|modulepreload|manifest)(\\s|$)/i;
              var CSS_URL = /url\\(\\s*(['"]?)([^'")]*)\\1\\s*\\)/g;
              var frame = document.getElementById('page');
              var out = document.getElementById('result');
              var each = function (list, f) { Array.prototype.forEach.call(list, f); };
              var map = function (list, f) { return Array.prototype.map.call(list, f); };

              function publish(findings) {
                var bytes = new TextEncoder().encode(JSON.stringify(findings));
                var binary = '';
                for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
                out.textContent = '@BEGIN@' + btoa(binary) + '@END@';
              }
              function text(node) {
                return node ? (node.innerText || node.textContent || '').trim() : '';
              }
              function heading(doc, table) {
                return text(doc.evaluate('preceding::*[self::h1 or self::h2 or self::h3][1]', table, null,
                    XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue);
              }
              function local(url, base) {
                try { return LOCAL.indexOf(new URL(url, base).protocol) >= 0; } catch (e) { return false; }
              }
              function note(requests, url, base) {
                if (!local(url, base)) {
                  try { requests.add(new URL(url, base).href); } catch (e) { requests.add(String(url)); }
                }
              }
              // What a frame fetched (resource timing lists failed fetches too) and what it declares for fetching.
              function requestsOf(win, requests) {
                var doc = win.document;
                var base = doc.baseURI;
                each(win.performance.getEntriesByType('resource'), function (e) { note(requests, e.name, base); });
                each(doc.querySelectorAll('[src], [srcset], [poster], object[data], link[href]'), function (el) {
                  ['src', 'poster'].forEach(function (a) { if (el.hasAttribute(a)) note(requests, el.getAttribute(a), base); });
                  if (el.hasAttribute('srcset')) {
                    el.getAttribute('srcset').split(',').forEach(function (candidate) {
                      var url = candidate.trim().split(/\\s+/)[0];
                      if (url) note(requests, url, base);
                    });
                  }
                  if (el.localName === 'object' && el.hasAttribute('data')) note(requests, el.getAttribute('data'), base);
                  if (el.localName === 'link' && FETCHING_LINK.test(el.getAttribute('rel') || '')) {
                    note(requests, el.getAttribute('href'), base);
                  }
                });
                each(doc.styleSheets, function (sheet) {
                  var rules;
                  try {
                    rules = sheet.cssRules;
                  } catch (e) { // a sheet from elsewhere, whose href is noted below, or a local one we cannot check
                    if (sheet.href && !local(sheet.href, base)) note(requests, sheet.href, base);
                    else requests.add('unreadable style sheet ' + sheet.href);
                    return;
                  }
                  each(rules, function (rule) {
                    var m;
                    CSS_URL.lastIndex = 0;
                    while ((m = CSS_URL.exec(rule.cssText)) !== null) note(requests, m[2], sheet.href || base);
                    if (rule.href) note(requests, rule.href, sheet.href || base);
                  });
                });
                for (var i = 0; i < win.frames.length; i++) {
                  try { requestsOf(win.frames[i], requests); } catch (e) { requests.add('unreadable frame ' + i + ': ' + e); }
                }
              }
              function inspect() {
                try {
                  var win = frame.contentWindow;
                  var doc = frame.contentDocument;
                  if (!doc || !doc.body) throw new Error('the page is not readable from the harness (it is not a file: page, or it navigated away)');
                  var requests = new Set();
                  requestsOf(win, requests);
                  publish({
                    url: doc.URL,
                    title: doc.title,
                    images: map(doc.images, function (img) {
                      return {src: img.getAttribute('src'), url: img.currentSrc || img.src,
                        loaded: img.complete && img.naturalWidth > 0,
                        naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight};
                    }),
                    tables: map(doc.querySelectorAll('table'), function (table) {
                      return {heading: heading(doc, table), className: table.className,
                        rows: map(table.rows, function (row) { return map(row.cells, function (c) { return text(c); }); })};
                    }),
                    text: doc.body.innerText,
                    externalRequests: Array.from(requests)
                  });
                } catch (e) {
                  publish({error: String(e)});
                }
              }
              frame.addEventListener('load', function () { setTimeout(inspect, @SETTLE@); });
              frame.src = @URL@;
            })();
            </script>
            </body>
            </html>
            """;

    private Harness() {
    }

    /** The harness page for the page at {@code pageUri}, shown in a frame of {@code width} by {@code height}. */
    static String html(String pageUri, int width, int height) {
        return PAGE.replace("@WIDTH@", Integer.toString(width))
                .replace("@HEIGHT@", Integer.toString(height))
                .replace("@SETTLE@", Integer.toString(SETTLE_MILLIS))
                .replace("@BEGIN@", BEGIN)
                .replace("@END@", END)
                // Gson escapes < > & = ' as \\uXXXX, so the URL cannot end the script element or the string.
                .replace("@URL@", GSON.toJson(pageUri));
    }

    /**
     * The findings in the DOM that {@code --dump-dom} printed.
     *
     * @throws IllegalStateException if there are none (the page did not load in time) or the harness reported an
     *                               error
     */
    static PageView parse(String dom, String what) {
        int begin = dom.indexOf(BEGIN);
        int end = begin < 0 ? -1 : dom.indexOf(END, begin);
        if (end < 0) {
            throw new IllegalStateException(what + ": the harness found nothing; the page did not finish loading within"
                    + " the browser's virtual time budget (" + (dom.contains("TVP-PENDING") ? "still pending"
                    : "no harness in the dump") + ")");
        }
        String json = new String(Base64.getDecoder().decode(dom.substring(begin + BEGIN.length(), end).trim()),
                StandardCharsets.UTF_8);
        Findings f;
        try {
            f = GSON.fromJson(json, Findings.class);
        } catch (JsonParseException e) {
            throw new IllegalStateException(what + ": the harness's findings are not the JSON expected: " + e.getMessage());
        }
        if (f.error() != null) {
            throw new IllegalStateException(what + ": " + f.error());
        }
        return new PageView(f.url(), f.title(), orEmpty(f.images()), orEmpty(f.tables()),
                f.text() == null ? "" : f.text(), orEmpty(f.externalRequests()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The JSON the harness script publishes. */
    private record Findings(String error, String url, String title, List<PageView.Image> images,
                            List<PageView.Table> tables, String text, List<String> externalRequests) {
    }
}
