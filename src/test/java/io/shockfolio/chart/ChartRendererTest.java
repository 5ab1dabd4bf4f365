package io.shockfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class ChartRendererTest {

  static BufferedImage decode(byte[] png) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(image).as("a PNG ImageIO can read").isNotNull();
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int distinctColours(byte[] png) {
    BufferedImage image = decode(png);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    return colours.size();
  }


  @Test
  void rendersPngAt1200By800WithTheBarColours() {
    byte[] png = ChartRenderer.png(PnlByHoldingChart.create(Results.small(), Locale.US), 1200, 800, 1);

    BufferedImage image = decode(png);
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(800);
    assertThat(distinctColours(png)).as("not blank").isGreaterThan(3);
    assertThat(Images.hasColour(image, 0xD55E00)).as("a loss bar").isTrue();
    assertThat(Images.hasColour(image, 0x009E73)).as("a gain bar").isTrue();
    assertThat(image.getRGB(0, 0) & 0xFFFFFF).as("white background").isEqualTo(0xFFFFFF);
  }

  @Test
  void rendersPngAtTwiceTheResolutionForPrint() {
    JFreeChart chart = WaterfallChart.create(Results.small(), Locale.US);

    byte[] png = ChartRenderer.png(chart, 1200, 800, 2);

    BufferedImage image = decode(png);
    assertThat(image.getWidth()).isEqualTo(2400);
    assertThat(image.getHeight()).isEqualTo(1600);
    assertThat(distinctColours(png)).isGreaterThan(3);
    assertThat(Images.hasColour(image, 0x0072B2)).as("a Before bar").isTrue();
    assertThat(Images.hasColour(image, 0xE69F00)).as("an After bar").isTrue();
  }

  @Test
  void rejectsSizesAndScalesThatMakeNoSense() {
    JFreeChart chart = PnlByHoldingChart.create(Results.small(), Locale.US);

    assertThatThrownBy(() -> ChartRenderer.png(chart, 0, 800, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0x800");
    assertThatThrownBy(() -> ChartRenderer.png(chart, 1200, 800, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale");
    assertThatThrownBy(() -> ChartRenderer.png(chart, 1200, 800, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChartRenderer.svg(chart, 1200, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rendersSvgWithTextAsText() {
    String svg = ChartRenderer.svg(PnlByHoldingChart.create(Results.small(), Locale.US), 1200, 800);

    assertThat(svg).contains("<svg", "</svg>", "width='1200.0'", "height='800.0'");
    // JFreeSVG writes the em dash as is and escapes the ampersand
    assertThat(svg).contains(">demo — deepseek-2025-01-27 (2025-01-27)<");
    assertThat(svg).contains(
        "Total P&amp;L -1,510 EUR (-8.88%) · the scenario&apos;s shocks as written, no estimates");
    // SAP is not moved, so it has no bar, only a count
    assertThat(svg).contains(">ASML<", ">NVDA<", ">SHORT<").doesNotContain(">SAP<");
    assertThat(svg).contains(">1 holding not moved by the scenario, not shown<");
    assertThat(svg).contains(">-1,000<", ">+340<", ">P&amp;L (EUR)<");
  }

  @Test
  void rendersTheSectorChartToSvg() {
    String svg = ChartRenderer.svg(BreakdownChart.create(Results.small(), BreakdownChart.Dimension.SECTOR, Locale.US));

    // Semiconductors: 10,000 - 2,000 + 5,000 = 13,000 before, -1,000 + 340 - 850 = -1,510, -11.62%
    assertThat(svg).contains("<svg", ">Semiconductors<", ">Software<", ">-1,510<", ">-11.62%<");
  }

  @Test
  void anAllZeroResultRendersTheNoDataMessage() {
    var unmoved = Results.build("p", Results.scenario(), java.util.List.of(
        new Results.Line("SAP", "", "", 4_000, 0)));
    JFreeChart chart = PnlByHoldingChart.create(unmoved, Locale.US);

    byte[] png = ChartRenderer.png(chart);
    String svg = ChartRenderer.svg(chart);

    assertThat(distinctColours(png)).isGreaterThan(3);
    assertThat(svg).contains(">No holding moved in this scenario<", ">1 holding not moved by the scenario, not shown<")
        .doesNotContain(">SAP<")
        .as("no grey zero bar").doesNotContain("fill:rgb(153,153,153)");
  }

  @Test
  void svgIsWellFormedAndAsksForTheFontItWasLaidOutWith() throws Exception {
    String svg = ChartRenderer.svg(WaterfallChart.create(Results.small(), Locale.US));

    javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    // the document names the SVG 1.1 DTD; well-formedness needs no fetch of it
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    // Java lays the text out with DejaVu Sans (its SansSerif on Linux); the viewer is asked for it first
    assertThat(svg).contains("font-family: DejaVu Sans, Bitstream Vera Sans, Verdana, sans-serif;")
        .doesNotContain("font-family: sans-serif");
  }

  @Test
  void theSameChartGivesTheSameSvg() {
    // clip-path ids come from a fixed prefix, not the clock, so a rerun rewrites the same file
    String first = ChartRenderer.svg(WaterfallChart.create(Results.small(), Locale.US));
    String second = ChartRenderer.svg(WaterfallChart.create(Results.small(), Locale.US));

    assertThat(first).isEqualTo(second).contains("clip-path='url(#shockfolio-");
  }
}
