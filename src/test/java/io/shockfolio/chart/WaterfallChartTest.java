package io.shockfolio.chart;

import static io.shockfolio.chart.Plots.columns;
import static io.shockfolio.chart.Plots.plot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.chart.Results.Line;
import io.shockfolio.chart.WaterfallChart.Kind;
import io.shockfolio.chart.WaterfallChart.Step;
import io.shockfolio.domain.Money;
import io.shockfolio.domain.ScenarioResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.IntervalCategoryDataset;
import org.junit.jupiter.api.Test;

class WaterfallChartTest {

  private static IntervalCategoryDataset dataset(JFreeChart chart) {
    return (IntervalCategoryDataset) plot(chart).getDataset();
  }

  private static double start(IntervalCategoryDataset ds, int c) {
    return ds.getStartValue(0, c).doubleValue();
  }

  private static double end(IntervalCategoryDataset ds, int c) {
    return ds.getEndValue(0, c).doubleValue();
  }

  private static List<String> labels(JFreeChart chart) {
    CategoryPlot plot = plot(chart);
    CategoryItemRenderer r = plot.getRenderer();
    List<String> out = new ArrayList<>();
    for (int c = 0; c < plot.getDataset().getColumnCount(); c++) {
      CategoryItemLabelGenerator g = r.getItemLabelGenerator(0, c);
      out.add(g.generateLabel(plot.getDataset(), 0, c));
    }
    return out;
  }

  @Test
  void stepsRunFromTheValueBeforeThroughEachHoldingToTheValueAfter() {
    // Results.small(): before 10,000 + 5,000 + 4,000 - 2,000 = 17,000;
    // ASML -1,000: 17,000 → 16,000; NVDA -850: 16,000 → 15,150; SHORT +340: 15,150 → 15,490;
    // SAP (unmatched, 0) gets no step; after 17,000 - 1,510 = 15,490
    IntervalCategoryDataset ds = dataset(WaterfallChart.create(Results.small(), Locale.US));

    assertThat(ds.getRowCount()).isEqualTo(1);
    assertThat(ds.getRowKey(0).toString()).isEqualTo(WaterfallChart.SERIES);
    assertThat(columns(ds)).containsExactly("Before", "ASML", "NVDA", "SHORT", "After");
    // totals from 0
    assertThat(start(ds, 0)).isZero();
    assertThat(end(ds, 0)).isEqualTo(17_000.0);
    assertThat(start(ds, 1)).isEqualTo(17_000.0);
    assertThat(end(ds, 1)).isEqualTo(16_000.0);
    assertThat(start(ds, 2)).isEqualTo(16_000.0);
    assertThat(end(ds, 2)).isEqualTo(15_150.0);
    assertThat(start(ds, 3)).isEqualTo(15_150.0);
    assertThat(end(ds, 3)).isEqualTo(15_490.0);
    assertThat(start(ds, 4)).isZero();
    assertThat(end(ds, 4)).isEqualTo(15_490.0);
    assertThat(WaterfallChart.steps(Results.small())).extracting(Step::kind)
        .containsExactly(Kind.BEFORE, Kind.STEP, Kind.STEP, Kind.STEP, Kind.AFTER);
  }

  @Test
  void runningTotalsEndExactlyAtTheValueAfterToTheCent() {
    // 1,234.57 × -0.0333 = -41.111181 → -41.11; 987.65 × 0.0271 = 26.765315 → +26.77;
    // 3,333.33 × -0.0707 = -235.666431 → -235.67.
    // Before 1,234.57 + 987.65 + 3,333.33 = 5,555.55; largest loss first:
    // 5,555.55 - 235.67 = 5,319.88; - 41.11 = 5,278.77; + 26.77 = 5,305.54
    ScenarioResult r = Results.build("p", Results.scenario(), List.of(
        new Line("AAA", "", "", 1_234.57, -0.0333),
        new Line("BBB", "", "", 987.65, 0.0271),
        new Line("CCC", "", "", 3_333.33, -0.0707)));

    List<Step> steps = WaterfallChart.steps(r);

    assertThat(steps).extracting(Step::label).containsExactly("Before", "CCC", "AAA", "BBB", "After");
    assertThat(steps).extracting(s -> Money.toCents(s.end()))
        .containsExactly(555_555L, 531_988L, 527_877L, 530_554L, 530_554L);
    assertThat(steps).extracting(Step::amount)
        .containsExactly(5_555.55, -235.67, -41.11, 26.77, 5_305.54);
    Step last = steps.get(steps.size() - 2);
    assertThat(last.end()).isEqualTo(r.valueAfter());
    assertThat(steps.get(steps.size() - 1).end()).isEqualTo(r.valueAfter());
    assertThat(Money.toCents(r.valueAfter())).isEqualTo(530_554L);
  }

  @Test
  void beyondTwentyHoldingsShowsTheLargestAndSumsTheRestBeforeTheAfterBar() {
    // HOLDi worth 1,000 × i, each -1%: -10 × i. Before 1,000 × (1 + ... + 25) = 1,000 × 325 = 325,000.
    // The 20 largest losses are HOLD25 (-250) down to HOLD6 (-60), in that order;
    // "others (5)" sums HOLD1..HOLD5: -10 - 20 - 30 - 40 - 50 = -150.
    // Before others the running total is 325,000 - 10 × (6 + ... + 25) = 325,000 - 3,100 = 321,900;
    // after it 321,750 = 325,000 - 10 × 325.
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      lines.add(new Line("HOLD" + i, "", "", 1_000.0 * i, -0.01));
    }
    ScenarioResult r = Results.build("p", Results.scenario(), lines);
    IntervalCategoryDataset ds = dataset(WaterfallChart.create(r, Locale.US));

    assertThat(ds.getColumnCount()).isEqualTo(1 + WaterfallChart.MAX_STEPS + 1 + 1);
    assertThat(columns(ds).get(1)).isEqualTo("HOLD25");
    assertThat(start(ds, 1)).isEqualTo(325_000.0);
    assertThat(end(ds, 1)).isEqualTo(324_750.0);
    assertThat(columns(ds).get(20)).isEqualTo("HOLD6");
    assertThat(columns(ds).get(21)).isEqualTo("others (5)");
    assertThat(start(ds, 21)).isCloseTo(321_900.0, within(1e-9));
    assertThat(end(ds, 21)).isCloseTo(321_750.0, within(1e-9));
    assertThat(columns(ds).get(22)).isEqualTo("After");
    assertThat(end(ds, 22)).isEqualTo(r.valueAfter()).isEqualTo(321_750.0);
    assertThat(columns(ds)).doesNotContain("HOLD1", "HOLD5");
  }

  @Test
  void theAxisLeavesZeroOutWhenTheStepsAreSmallAndSaysSo() {
    // Results.small(): running totals 17,000, 16,000, 15,150, 15,490: lowest 15,150, highest 17,000,
    // spread 1,850; 15,150 ≥ 2 × 1,850, so zoomed, 0.14 × 1,850 = 259 beyond each end:
    // 15,150 - 259 = 14,891 to 17,000 + 259 = 17,259
    CategoryPlot plot = plot(WaterfallChart.create(Results.small(), Locale.US));
    ValueAxis axis = plot.getRangeAxis();

    assertThat(axis.getLabel()).isEqualTo("Value (EUR), axis does not start at 0");
    assertThat(axis.getLowerBound()).isCloseTo(14_891.0, within(1e-6));
    assertThat(axis.getUpperBound()).isCloseTo(17_259.0, within(1e-6));
    assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
  }

  @Test
  void theAxisStartsAtZeroWhenTheStepsAreLargeAgainstTheTotals() {
    // A 10,000 × -0.60 = -6,000; B 5,000 × -0.5 = -2,500; C 3,000 × 0.2 = +600.
    // Running totals 18,000 → 12,000 → 9,500 → 10,100: lowest 9,500 < 2 × spread 8,500,
    // so from 0 to 18,000 + 0.12 × 18,000 = 20,160
    ScenarioResult r = Results.build("p", Results.scenario(), List.of(
        new Line("A", "", "", 10_000, -0.60),
        new Line("B", "", "", 5_000, -0.5),
        new Line("C", "", "", 3_000, 0.2)));
    ValueAxis axis = plot(WaterfallChart.create(r, Locale.US)).getRangeAxis();

    assertThat(axis.getLabel()).isEqualTo("Value (EUR)");
    assertThat(axis.getLowerBound()).isZero();
    assertThat(axis.getUpperBound()).isCloseTo(20_160.0, within(1e-6));
  }

  @Test
  void labelsTotalsWithTheirAmountAndStepsWithTheirSignedAmount() {
    // Results.small(): 17,000; -1,000; -850; +340; 15,490 (largest amount ≥ 1,000: whole units)
    assertThat(labels(WaterfallChart.create(Results.small(), Locale.US)))
        .containsExactly("17,000", "-1,000", "-850", "+340", "15,490");
    assertThat(labels(WaterfallChart.create(Results.small(), Locale.GERMANY)))
        .containsExactly("17.000", "-1.000", "-850", "+340", "15.490");
  }

  @Test
  void paintsTotalsBeforeAndAfterAndStepsBySign() {
    // Results.small(): Before, ASML (loss), NVDA (loss), SHORT (gain), After
    CategoryItemRenderer r = plot(WaterfallChart.create(Results.small(), Locale.US)).getRenderer();

    assertThat(r.getItemPaint(0, 0)).isEqualTo(ChartTheme.BEFORE);
    assertThat(r.getItemPaint(0, 1)).isEqualTo(ChartTheme.LOSS);
    assertThat(r.getItemPaint(0, 2)).isEqualTo(ChartTheme.LOSS);
    assertThat(r.getItemPaint(0, 3)).isEqualTo(ChartTheme.GAIN);
    assertThat(r.getItemPaint(0, 4)).isEqualTo(ChartTheme.AFTER);
  }

  @Test
  void titleAndSubtitlesFollowTheOtherCharts() {
    JFreeChart chart = WaterfallChart.create(Results.small(), Locale.US);

    assertThat(chart.getTitle().getText()).isEqualTo("demo — deepseek-2025-01-27 (2025-01-27)");
    // total -1,000 - 850 + 340 = -1,510 of 17,000 = -8.88%
    assertThat(((TextTitle) chart.getSubtitle(0)).getText())
        .isEqualTo("Total P&L -1,510 EUR (-8.88%) · the scenario's shocks as written, no estimates");
    assertThat(((TextTitle) chart.getSubtitle(1)).getText())
        .isEqualTo("1 holding not moved by the scenario, not shown");
  }

  @Test
  void rendersToPngAndSvgWithTheTotalsAndTheHoldings() throws Exception {
    JFreeChart chart = WaterfallChart.create(Results.small(), Locale.US);
    String svg = ChartRenderer.svg(chart);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(chart)));

    assertThat(svg).contains("Before", "After", "NVDA", "-850", "15,490", "axis does not start at 0");
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(800);
    int before = 0;
    int after = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        before += rgb == ChartTheme.BEFORE.getRGB() ? 1 : 0;
        after += rgb == ChartTheme.AFTER.getRGB() ? 1 : 0;
      }
    }
    assertThat(before).as("the Before bar is drawn").isGreaterThan(1_000);
    assertThat(after).as("the After bar is drawn").isGreaterThan(1_000);
  }

  @Test
  void aResultWithoutHoldingsHasTwoZeroTotals() {
    ScenarioResult empty = Results.build("p", Results.scenario(), List.of());

    JFreeChart chart = WaterfallChart.create(empty, Locale.US);
    IntervalCategoryDataset ds = dataset(chart);

    assertThat(columns(ds)).containsExactly("Before", "After");
    assertThat(end(ds, 0)).isZero();
    assertThat(end(ds, 1)).isZero();
    assertThat(plot(chart).getRangeAxis().getLabel()).isEqualTo("Value (EUR)");
    assertThat(ChartRenderer.png(chart)).isNotEmpty();
  }

  @Test
  void aNetShortPortfolioIsZoomedBelowZero() {
    // A -10,000 × -0.05 = +500, B -5,000 × 0.03 = -150. Before -15,000; largest loss first:
    // -15,000 - 150 = -15,150; + 500 = -14,650. Highest -14,650 is 14,650 from zero ≥ 2 × 500,
    // so zoomed: 0.14 × 500 = 70 beyond: -15,220 to -14,580
    ScenarioResult r = Results.build("p", Results.scenario(), List.of(
        new Line("A", "", "", -10_000, -0.05),
        new Line("B", "", "", -5_000, 0.03)));
    JFreeChart chart = WaterfallChart.create(r, Locale.US);

    assertThat(columns(dataset(chart))).containsExactly("Before", "B", "A", "After");
    assertThat(end(dataset(chart), 3)).isEqualTo(-14_650.0);
    ValueAxis axis = plot(chart).getRangeAxis();
    assertThat(axis.getLabel()).endsWith("axis does not start at 0");
    assertThat(axis.getLowerBound()).isCloseTo(-15_220.0, within(1e-6));
    assertThat(axis.getUpperBound()).isCloseTo(-14_580.0, within(1e-6));
  }
}
