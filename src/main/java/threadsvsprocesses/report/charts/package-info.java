/**
 * The charts (PNG and SVG): the palette, one way to draw a series with error bars, axes, markers, and one class per
 * chart. Reads rows; depends on {@code report.rows} and {@code report.format}, never on pages.
 */
package threadsvsprocesses.report.charts;
