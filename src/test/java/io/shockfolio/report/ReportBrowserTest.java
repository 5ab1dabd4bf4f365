package io.shockfolio.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.shockfolio.chart.ChartRenderer;
import io.shockfolio.chart.PnlByHoldingChart;
import io.shockfolio.domain.ScenarioResult;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens an HTML report in headless Chromium: a screenshot and the DOM after parsing. Skipped when
 * Chromium is not installed, unless {@code SHOCKFOLIO_REQUIRE_BROWSER=1} (as in CI), which makes
 * that a failure.
 */
class ReportBrowserTest {

  static final int WIDTH = 1200;
  static final int HEIGHT = 1600;

  private static Chromium chromium() {
    Optional<Chromium> found = Chromium.find();
    if (found.isEmpty()) {
      if ("1".equals(System.getenv("SHOCKFOLIO_REQUIRE_BROWSER"))) {
        fail("SHOCKFOLIO_REQUIRE_BROWSER=1, but Chromium was not found (looked for chromium and chromium-browser"
            + " on the PATH, and /usr/bin/chromium): install it, e.g. apt-get install chromium");
      }
      Assumptions.abort("Chromium is not installed; set SHOCKFOLIO_REQUIRE_BROWSER=1 to make this a failure");
    }
    return found.get();
  }

  private static Path writeReport(Path dir) throws Exception {
    ScenarioResult r = Fixture.demo();
    ReportChart chart = new ReportChart(r.scenario().name(), "pnl-by-holding", "P&L by holding",
        ChartRenderer.svg(PnlByHoldingChart.create(r, Locale.US)), "pnl-by-holding.png");
    Path html = dir.resolve("report.html");
    Files.writeString(html, HtmlReport.render(List.of(r), List.of(chart), Locale.US), StandardCharsets.UTF_8);
    return html;
  }

  @Test
  void theReportRendersAsAPageWithItsChart(@TempDir Path dir) throws Exception {
    Chromium chromium = chromium();
    Path html = writeReport(dir);
    Path png = dir.resolve("report.png");
    chromium.screenshot(html, png, WIDTH, HEIGHT);

    assertThat(png).exists();
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(WIDTH);
    assertThat(img.getHeight()).isEqualTo(HEIGHT);
    Set<Integer> colours = new HashSet<>();
    long dark = 0;
    long chartLoss = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int rgb = img.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        int r = rgb >> 16;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r + g + b < 3 * 160) {
          dark++;
        }
        // the chart's loss bars, vermillion #D55E00: only there if the inline SVG was drawn
        if (Math.abs(r - 0xD5) <= 6 && Math.abs(g - 0x5E) <= 6 && b <= 8) {
          chartLoss++;
        }
      }
    }
    long pixels = (long) WIDTH * HEIGHT;
    // text in several colours and anti-aliased: far more than a blank or one-colour page
    assertThat(colours).hasSizeGreaterThan(100);
    // text and bars cover at least 1% of the page
    assertThat(dark).isGreaterThan(pixels / 100);
    // at least one loss bar, e.g. 30 × 500 pixels
    assertThat(chartLoss).isGreaterThan(5_000);
  }

  @Test
  void theBrowserSeesTheTitleTheSummaryAndNoScript(@TempDir Path dir) throws Exception {
    Chromium chromium = chromium();
    String dom = chromium.dumpDom(writeReport(dir));
    assertThat(dom).contains("<title>Shockfolio report — demo — deepseek-2025-01-27</title>");
    // Fixture.demo: P&L -2,211.50 EUR, -7.81% of 28,300.00
    assertThat(dom).contains("<dd class=\"loss\">−2,211.50 EUR</dd>", "<dd class=\"loss\">−7.81%</dd>");
    // the holding named <script>… is text, not an element; the chart is an element
    assertThat(dom).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Co\"").doesNotContainIgnoringCase("<script");
    assertThat(dom).contains("<svg ").contains("viewBox=\"0 0 1200 800\"");
  }
}
