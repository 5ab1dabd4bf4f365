package io.shockfolio.chart;

import io.shockfolio.domain.SafeText;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** Renders a chart to PNG or SVG in memory; writing the bytes anywhere is the caller's business. */
public final class ChartRenderer {

  /** The size the charts are laid out for. */
  public static final int DEFAULT_WIDTH = 1200;

  public static final int DEFAULT_HEIGHT = 800;

  private ChartRenderer() {}

  /**
   * The chart as PNG bytes. The chart is laid out at {@code width × height} and drawn scaled by
   * {@code scale}, so the image is {@code round(width × scale) × round(height × scale)} pixels:
   * scale 2 gives the same picture at twice the resolution, for print.
   *
   * @throws IllegalArgumentException when a size is not positive or the scale is not a positive number
   */
  public static byte[] png(JFreeChart chart, int width, int height, double scale) {
    try {
      return ChartUtils.encodeAsPNG(image(chart, width, height, scale));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not encode the chart as PNG", e);
    }
  }

  /**
   * The chart drawn as {@link #png} draws it, before encoding: laid out at {@code width × height}
   * and drawn scaled by {@code scale}.
   *
   * @throws IllegalArgumentException when a size is not positive or the scale is not a positive number
   */
  public static BufferedImage image(JFreeChart chart, int width, int height, double scale) {
    Objects.requireNonNull(chart, "chart");
    checkSize(width, height);
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw new IllegalArgumentException("Expected a scale > 0, but found " + scale);
    }
    int w = (int) Math.round(width * scale);
    int h = (int) Math.round(height * scale);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g2.setPaint(chart.getBackgroundPaint() != null ? chart.getBackgroundPaint() : Color.WHITE);
      g2.fillRect(0, 0, w, h);
      g2.scale(w / (double) width, h / (double) height);
      chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g2.dispose();
    }
    return image;
  }

  /** The chart as PNG bytes at {@value #DEFAULT_WIDTH}×{@value #DEFAULT_HEIGHT}, scale 1. */
  public static byte[] png(JFreeChart chart) {
    return png(chart, DEFAULT_WIDTH, DEFAULT_HEIGHT, 1.0);
  }

  /**
   * The chart as a standalone SVG document, {@code width × height} user units, with text as text.
   * Non-ASCII characters (the title's em dash) are written as they are and the document declares
   * no encoding, so write it as UTF-8. JFreeSVG escapes {@code & < > " '} in text; characters
   * XML does not allow (a bell in a holding's name) and those that turn text around are written
   * as spaces ({@link SafeText#printable}), so the document is well-formed whatever the names.
   *
   * @throws IllegalArgumentException when a size is not positive
   */
  public static String svg(JFreeChart chart, int width, int height) {
    Objects.requireNonNull(chart, "chart");
    checkSize(width, height);
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setFontFunction(ChartRenderer::svgFontFamily);
    // ids of clip paths and gradients from a fixed prefix, not the clock: the same chart gives the
    // same document (an HTML report makes ids unique per chart itself)
    g2.setDefsKeyPrefix("shockfolio-");
    chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
    // JFreeSVG's own markup is plain ASCII: only text from the chart can hold such characters
    return SafeText.printable(g2.getSVGDocument());
  }

  /** The chart as SVG at {@value #DEFAULT_WIDTH}×{@value #DEFAULT_HEIGHT}. */
  public static String svg(JFreeChart chart) {
    return svg(chart, DEFAULT_WIDTH, DEFAULT_HEIGHT);
  }

  /**
   * The CSS font family for a Java font family. Text positions in the SVG are measured with the
   * font Java draws the logical {@code SansSerif} with (DejaVu Sans on Linux), so a viewer is asked
   * for that font first, then for fonts of similar widths (Bitstream Vera, Verdana); otherwise
   * labels set against an axis or a bar end would drift.
   */
  static String svgFontFamily(String javaFamily) {
    return switch (javaFamily) {
      // unquoted: CSS takes a family name of several words as it is, and JFreeSVG writes the
      // style in a single-quoted attribute
      case java.awt.Font.SANS_SERIF, "Dialog", "DialogInput" -> "DejaVu Sans, Bitstream Vera Sans, Verdana, sans-serif";
      case java.awt.Font.SERIF -> "DejaVu Serif, Georgia, serif";
      case java.awt.Font.MONOSPACED -> "DejaVu Sans Mono, monospace";
      default -> javaFamily.replaceAll("[^\\p{L}\\p{N} -]", "") + ", sans-serif";
    };
  }

  /**
   * Loads and sets up what drawing a chart needs (Java 2D, the fonts, JFreeChart, the PNG encoder,
   * JFreeSVG) by drawing a small themed bar chart that nobody sees. A run starts it on another
   * thread while it reads its inputs, so its first real chart does not wait for a cold start.
   */
  public static void warmUp() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    data.addValue(-1.5, "P&L", "A");
    data.addValue(2.5, "P&L", "B");
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Holding"), new NumberAxis("P&L"), new BarRenderer());
    JFreeChart chart = ChartTheme.of(Locale.ROOT).apply(new JFreeChart("Warm-up", plot));
    png(chart, 160, 100, 1);
    svg(chart, 160, 100);
  }

  private static void checkSize(int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "Expected a width and height > 0, but found " + width + "x" + height);
    }
  }
}
