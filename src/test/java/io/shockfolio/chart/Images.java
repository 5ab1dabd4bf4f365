package io.shockfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;

/** Checking a chart drawn as PNG, as a person would see it. */
final class Images {

  private Images() {}

  /**
   * Draws {@code chart} as PNG at the default 1200×800 and checks it is that size and not blank
   * (more than 3 colours: background, text and something drawn).
   */
  static BufferedImage drawnAtDefaultSize(JFreeChart chart) {
    byte[] png = ChartRenderer.png(chart);
    BufferedImage image = ChartRendererTest.decode(png);
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(800);
    assertThat(ChartRendererTest.distinctColours(png)).as("not blank").isGreaterThan(3);
    return image;
  }

  /**
   * Draws {@code chart} at {@code width × height} with the PNG renderer's settings and returns where
   * things went: the plot's data area is {@code info.getPlotInfo().getDataArea()}.
   */
  static ChartRenderingInfo drawn(JFreeChart chart, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = graphics(image);
    ChartRenderingInfo info = new ChartRenderingInfo();
    try {
      chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
    } finally {
      g2.dispose();
    }
    return info;
  }

  /** A graphics context on {@code image} with the PNG renderer's text settings, for measuring text. */
  static Graphics2D graphics(BufferedImage image) {
    Graphics2D g2 = image.createGraphics();
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    return g2;
  }

  /** The width of {@code text} in {@code font} as drawn on {@code g2}. */
  static double width(Graphics2D g2, String text, Font font) {
    return g2.getFontMetrics(font).getStringBounds(text, g2).getWidth();
  }

  /** Whether any pixel has exactly the colour {@code rgb} ({@code 0xRRGGBB}). */
  static boolean hasColour(BufferedImage image, int rgb) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          return true;
        }
      }
    }
    return false;
  }
}
