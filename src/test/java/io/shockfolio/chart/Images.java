package io.shockfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
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
