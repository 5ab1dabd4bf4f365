package io.shockfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.ScenarioResult;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

class DistributionChartTest {

  /** Paths in 5 bins of 500 from -2,000: [-2,000, -1,500) … [0, 500], 1 + 4 + 10 + 4 + 1 = 20 paths. */
  private static final Analysis.Histogram BINS = new Analysis.Histogram(-2_000, 500, List.of(1, 4, 10, 4, 1));

  /** Simulated: mean -750, sd 400; VaR 95% 1,400, ES 95% 1,580, VaR 99% 1,680, ES 99% 1,820 (losses). */
  private static final Analysis.Risk MONTE_CARLO =
      new Analysis.Risk("Monte Carlo (normal)", -750, 400, 1_400, 1_580, 1_680, 1_820, 20, 89.4);

  /** Analytic: mean -750, sd 400, with other VaR and ES, so the tests see which one is drawn. */
  private static final Analysis.Risk ANALYTIC =
      new Analysis.Risk("analytic (normal)", -750, 400, 1_350, 1_550, 1_650, 1_800, 0, 0);

  private static ScenarioResult with(Optional<Analysis.Risk> analytic, Optional<Analysis.Risk> mc,
      Optional<Analysis.Histogram> bins) {
    Analysis a = new Analysis(List.of(), analytic, mc, Optional.empty());
    return Results.small().withAnalysis(bins.map(a::withSimulatedPnl).orElse(a));
  }

  private static ScenarioResult both() {
    return with(Optional.of(ANALYTIC), Optional.of(MONTE_CARLO), Optional.of(BINS));
  }

  private static XYPlot plot(JFreeChart chart) {
    return (XYPlot) chart.getPlot();
  }

  /** The vertical lines, from the left. */
  private static List<DistributionChart.Mark> markers(XYPlot plot) {
    return plot.getAnnotations().stream().filter(a -> a instanceof DistributionChart.MarkLines)
        .map(a -> ((DistributionChart.MarkLines) a).marks()).findFirst().orElseThrow();
  }

  /** The {@code i}-th text subtitle (the legend is a subtitle too, and not counted). */
  private static String subtitle(JFreeChart chart, int i) {
    List<String> texts = new ArrayList<>();
    for (int k = 0; k < chart.getSubtitleCount(); k++) {
      if (chart.getSubtitle(k) instanceof TextTitle t) {
        texts.add(t.getText());
      }
    }
    return texts.get(i);
  }

  @Test
  void drawsTheSimulatedBinsAsBarsAtTheirCentres() {
    IntervalXYDataset bars = (IntervalXYDataset) plot(DistributionChart.create(both(), Locale.US)).getDataset(0);

    assertThat(bars.getItemCount(0)).isEqualTo(5);
    // bin i spans -2,000 + 500 i to -1,500 + 500 i, centre -1,750 + 500 i
    double[] centres = {-1_750, -1_250, -750, -250, 250};
    int[] counts = {1, 4, 10, 4, 1};
    for (int i = 0; i < 5; i++) {
      assertThat(bars.getXValue(0, i)).isEqualTo(centres[i]);
      assertThat(bars.getStartXValue(0, i)).isEqualTo(-2_000 + 500.0 * i);
      assertThat(bars.getEndXValue(0, i)).isEqualTo(-1_500 + 500.0 * i);
      assertThat(bars.getYValue(0, i)).isEqualTo(counts[i]);
    }
    assertThat(bars.getSeriesKey(0)).isEqualTo("simulated P&L, 20 paths");
  }

  @Test
  void scalesTheNormalDensityToTheCounts() {
    XYDataset line = plot(DistributionChart.create(both(), Locale.US)).getDataset(1);

    int n = DistributionChart.DENSITY_POINTS;
    assertThat(line.getItemCount(0)).isEqualTo(n);
    // from -750 - 4.5 × 400 = -2,550 to -750 + 1,800 = 1,050; the middle point is the mean
    assertThat(line.getXValue(0, 0)).isCloseTo(-2_550, within(1e-9));
    assertThat(line.getXValue(0, n - 1)).isCloseTo(1_050, within(1e-9));
    assertThat(line.getXValue(0, n / 2)).isCloseTo(-750, within(1e-9));
    // 20 paths × 500 wide × 1 / (400 √(2π)) = 10,000 / 1,002.651 = 9.9736 paths per bin at the mean
    assertThat(line.getYValue(0, n / 2)).isCloseTo(9.9736, within(1e-4));
    // n - 1 = 240 steps over 9 sd, so 1.5 sd is 240 × 1.5 / 9 = 40 steps: x = -750 + 1.5 × 400 = -150,
    // where the density is e^(-1.5² / 2) = e^-1.125 = 0.324652 of the peak
    assertThat(line.getXValue(0, n / 2 + 40)).isCloseTo(-150, within(1e-9));
    assertThat(line.getYValue(0, n / 2 + 40)).isCloseTo(9.9736 * 0.324652, within(1e-3));
  }

  @Test
  void marksVarAndExpectedShortfallOfTheMonteCarloAtMinusTheLoss() {
    XYPlot plot = plot(DistributionChart.create(both(), Locale.US));

    // the Monte Carlo's losses, not the analytic ones (1,350 …), and the scenario's P&L, -1,510
    // (Results.small), in the order of their values: ES 99%, VaR 99%, ES 95%, P&L, VaR 95%
    assertThat(markers(plot)).extracting(DistributionChart.Mark::value)
        .containsExactly(-1_820.0, -1_680.0, -1_580.0, -1_510.0, -1_400.0);
    assertThat(markers(plot)).extracting(DistributionChart.Mark::label).containsExactly(
        "ES 99%: -1,820", "VaR 99%: -1,680", "ES 95%: -1,580", "scenario's P&L: -1,510", "VaR 95%: -1,400");
    assertThat(markers(plot).get(4).paint()).isEqualTo(ChartTheme.LOSS);
    assertThat(markers(plot).get(3).paint()).isEqualTo(ChartTheme.TEXT);
    assertThat(markers(plot).get(0).stroke()).as("ES dashed").isEqualTo(DistributionChart.DASHED);
    assertThat(markers(plot).get(1).stroke()).as("VaR solid").isEqualTo(DistributionChart.SOLID);
  }

  @Test
  void theMiddleLineIsTheScenariosPnlNotTheSimulatedMean() {
    // the Monte Carlo's mean, -1,509.40, rounds to -1,509; the scenario's P&L is -1,510 (Results.small):
    // the line is at -1,510 and says so, as the subtitle does
    Analysis.Risk mc = new Analysis.Risk("Monte Carlo (normal)", -1_509.40, 400, 2_160, 2_340, 2_440, 2_580,
        20, 89.4);
    JFreeChart chart = DistributionChart.create(with(Optional.empty(), Optional.of(mc), Optional.of(BINS)),
        Locale.US);

    DistributionChart.Mark middle = markers(plot(chart)).get(4);
    assertThat(middle.value()).isEqualTo(-1_510.0);
    assertThat(middle.label()).isEqualTo("scenario's P&L: -1,510");
    assertThat(subtitle(chart, 0)).startsWith("Total P&L -1,510 EUR");
    assertThat(ChartRenderer.svg(chart)).contains("scenario&apos;s P&amp;L: -1,510").doesNotContain("-1,509");
  }

  @Test
  void labelsStandInRowsBesideTheirLines() {
    // plot area x 100..900, y 50..450; lines at 200, 260, 300 and 500, labels 100 × 15: row i's top at
    // 50 + 4 + 19 i = 54, 73, 92, 111; each label 5 px right of its line; each line up to its row
    List<DistributionChart.Placed> placed = DistributionChart.layout(List.of(200.0, 260.0, 300.0, 500.0),
        List.of(new Dimension(100, 15), new Dimension(100, 15), new Dimension(100, 15), new Dimension(100, 15)),
        new Rectangle2D.Double(100, 50, 800, 400));

    assertThat(placed).extracting(DistributionChart.Placed::box).containsExactly(
        new Rectangle2D.Double(205, 54, 100, 15), new Rectangle2D.Double(265, 73, 100, 15),
        new Rectangle2D.Double(305, 92, 100, 15), new Rectangle2D.Double(505, 111, 100, 15));
    assertThat(placed).extracting(DistributionChart.Placed::lineTop).containsExactly(54.0, 73.0, 92.0, 111.0);
  }

  @Test
  void aLabelAtTheRightEdgeMovesLeftOverItsLineWhichStopsUnderIt() {
    // lines at 600 and 850 of a plot ending at 900: the second label, 100 wide, would end at 955, so it
    // ends at 900 instead, from 800 (right of the first line, 605): over its own line, which stops
    // 2 px under it, at 73 + 15 + 2 = 90
    List<DistributionChart.Placed> placed = DistributionChart.layout(List.of(600.0, 850.0),
        List.of(new Dimension(100, 15), new Dimension(100, 15)), new Rectangle2D.Double(100, 50, 800, 400));

    assertThat(placed.get(0).box()).isEqualTo(new Rectangle2D.Double(605, 54, 100, 15));
    assertThat(placed.get(1).box()).isEqualTo(new Rectangle2D.Double(800, 73, 100, 15));
    assertThat(placed.get(1).lineTop()).isEqualTo(90.0);
  }

  /**
   * An ETF of about 44.6 billion losing 5.49 billion, sd 320,665,229, with 20,000 simulated paths in
   * 60 bins, as the iShares SOXX holdings give on DeepSeek day.
   */
  private static ScenarioResult billions() {
    ScenarioResult r = Results.build("soxx", Results.scenario(), List.of(
        new Results.Line("NVDA", "NVIDIA", "Semiconductors", 44_600_000_000.0, -0.1231)));
    double sd = 320_665_229;
    double[] paths = new double[20_000];
    java.util.Random random = new java.util.Random(1);
    for (int i = 0; i < paths.length; i++) {
      paths[i] = r.pnl() + sd * random.nextGaussian();
    }
    java.util.Arrays.sort(paths);
    Analysis a = new Analysis(List.of(), Optional.of(AnalysisPreview.risk("analytic (normal)", r.pnl(), sd, 0)),
        Optional.of(AnalysisPreview.risk("Monte Carlo (normal)", r.pnl(), sd, 20_000)), Optional.empty())
        .withSimulatedPnl(Analysis.Histogram.of(paths, 60));
    return r.withAnalysis(a);
  }

  @Test
  void noLineCrossesALabelAndFewRoundTicksStayInsideTheChartAtEverySize() {
    for (int[] size : new int[][] {{800, 500}, {1200, 800}}) {
      JFreeChart chart = DistributionChart.create(billions(), Locale.US);
      XYPlot plot = plot(chart);
      Rectangle2D area = Images.drawn(chart, size[0], size[1]).getPlotInfo().getDataArea();
      Graphics2D g2 = Images.graphics(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
      String at = size[0] + "x" + size[1];

      // the labels as the chart lays them out when drawn: no line runs through one
      List<DistributionChart.Mark> marks = markers(plot);
      List<Double> xs = new ArrayList<>();
      List<Dimension> sizes = new ArrayList<>();
      for (DistributionChart.Mark m : marks) {
        xs.add(plot.getDomainAxis().valueToJava2D(m.value(), area, RectangleEdge.BOTTOM));
        java.awt.FontMetrics fm = g2.getFontMetrics(ChartTheme.ITEM_LABEL_FONT);
        sizes.add(new Dimension((int) Math.ceil(Images.width(g2, m.label(), ChartTheme.ITEM_LABEL_FONT)),
            fm.getAscent() + fm.getDescent()));
      }
      List<DistributionChart.Placed> placed = DistributionChart.layout(xs, sizes, area);
      for (int j = 0; j < marks.size(); j++) {
        Line2D line = new Line2D.Double(xs.get(j), area.getMaxY(), xs.get(j), placed.get(j).lineTop());
        for (int i = 0; i < marks.size(); i++) {
          assertThat(placed.get(i).box().intersectsLine(line)).as("line %d through label %d at %s", j, i, at)
              .isFalse();
        }
      }
      // the labels stand above the bars and the density line, whose peak is lower than the last row
      double peak = plot.getRangeAxis().valueToJava2D(DistributionChart.peak(plot), area, RectangleEdge.LEFT);
      assertThat(peak).as("peak at %s", at).isGreaterThan(placed.get(marks.size() - 1).box().getMaxY());

      // at most 10 round ticks on the P&L axis, 8 on the paths axis, with labels inside the plot's ends
      List<?> xTicks = plot.getDomainAxis().refreshTicks(g2, new AxisState(), area, RectangleEdge.BOTTOM);
      List<?> yTicks = plot.getRangeAxis().refreshTicks(g2, new AxisState(), area, RectangleEdge.LEFT);
      assertThat(xTicks.size()).as("P&L ticks at %s", at).isBetween(3, 11);
      assertThat(yTicks.size()).as("path ticks at %s", at).isBetween(3, 9);
      for (Object o : xTicks) {
        ValueTick t = (ValueTick) o;
        double x = plot.getDomainAxis().valueToJava2D(t.getValue(), area, RectangleEdge.BOTTOM);
        double half = Images.width(g2, t.getText(), ChartTheme.TICK_LABEL_FONT) / 2;
        assertThat(x - half).as("left end of %s at %s", t.getText(), at)
            .isGreaterThanOrEqualTo(area.getMinX() - AmountAxis.OVERHANG);
        assertThat(x + half).as("right end of %s at %s", t.getText(), at)
            .isLessThanOrEqualTo(area.getMaxX() + AmountAxis.OVERHANG);
        // round: a whole number of 1, 2, 2.5 or 5 × 10^k steps
        assertThat(t.getValue() / ((NumberAxis) plot.getDomainAxis()).getTickUnit().getSize() % 1)
            .isCloseTo(0, within(1e-6));
      }
    }
  }

  @Test
  void withTheAnalyticDistributionAloneDrawsItsDensityAndItsLines() {
    ScenarioResult r = with(Optional.of(ANALYTIC), Optional.empty(), Optional.empty());
    JFreeChart chart = DistributionChart.create(r, Locale.US);
    XYPlot plot = plot(chart);

    assertThat(plot.getDatasetCount()).isEqualTo(1);
    XYDataset line = plot.getDataset(0);
    // a plain density: 1 / (400 √(2π)) = 0.000997356 at the mean
    assertThat(line.getYValue(0, DistributionChart.DENSITY_POINTS / 2)).isCloseTo(0.000997356, within(1e-9));
    // the analytic losses and the scenario's P&L, -1,510, in order
    assertThat(markers(plot)).extracting(DistributionChart.Mark::value)
        .containsExactly(-1_800.0, -1_650.0, -1_550.0, -1_510.0, -1_350.0);
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Probability density");
    assertThat(plot.getRangeAxis().isTickLabelsVisible()).isFalse();
    assertThat(subtitle(chart, 1)).isEqualTo("Distribution: analytic (normal) · standard deviation 400 EUR");
  }

  @Test
  void withTheSimulationAloneDrawsBarsOnly() {
    ScenarioResult r = with(Optional.empty(), Optional.of(MONTE_CARLO), Optional.of(BINS));
    JFreeChart chart = DistributionChart.create(r, Locale.US);
    XYPlot plot = plot(chart);

    assertThat(plot.getDatasetCount()).isEqualTo(1);
    assertThat(plot.getDataset(0)).isInstanceOf(IntervalXYDataset.class);
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Paths per bin of 500 EUR");
    assertThat(chart.getLegend().getSources()[0].getLegendItems().getItemCount()).isEqualTo(1);
  }

  @Test
  void subtitleNamesTheMethodThePathsAndTheLine() {
    JFreeChart chart = DistributionChart.create(both(), Locale.US);

    assertThat(subtitle(chart, 0))
        .isEqualTo("Total P&L -1,510 EUR (-8.88%) · the scenario's shocks as written, no estimates");
    // whole units, as the chart's largest amount, ES 99% 1,820, is over 1,000
    assertThat(subtitle(chart, 1)).isEqualTo(
        "Distribution: Monte Carlo (normal), 20 paths · line: analytic (normal) · standard deviation 400 EUR");
  }

  @Test
  void theAxisSpansBinsTailsAndDensity() {
    XYPlot plot = plot(DistributionChart.create(both(), Locale.US));

    // the density runs from -2,550 to 1,050, wider than the bins (-2,000 to 500) and ES 99% (-1,820)
    assertThat(plot.getDomainAxis().getLowerBound()).isLessThan(-2_550);
    assertThat(plot.getDomainAxis().getUpperBound()).isGreaterThan(1_050);
    assertThat(plot.getDomainAxis().getLabel()).isEqualTo("P&L (EUR)");
  }

  @Test
  void smallAmountsGetTwoDecimals() {
    // every amount under 1,000: one holding of 500 × -0.15 = -75 P&L; sd 40, ES 99% 182, so 2 decimals
    // everywhere
    Analysis.Risk small = new Analysis.Risk("analytic (normal)", -75, 40, 140, 158, 168, 182, 0, 0);
    ScenarioResult r = Results.build("p", Results.scenario(),
        List.of(new Results.Line("NVDA", "NVIDIA", "Semiconductors", 500, -0.15)));
    JFreeChart chart = DistributionChart.create(
        r.withAnalysis(new Analysis(List.of(), Optional.of(small), Optional.empty(), Optional.empty())), Locale.US);

    assertThat(markers(plot(chart))).extracting(DistributionChart.Mark::label)
        .contains("VaR 95%: -140.00", "scenario's P&L: -75.00");
    assertThat(subtitle(chart, 1)).isEqualTo("Distribution: analytic (normal) · standard deviation 40.00 EUR");
  }

  @Test
  void followsTheGermanNumberFormat() {
    XYPlot plot = plot(DistributionChart.create(both(), Locale.GERMANY));

    assertThat(markers(plot)).extracting(DistributionChart.Mark::label)
        .contains("VaR 95%: -1.400", "ES 99%: -1.820", "scenario's P&L: -1.510");
  }

  @Test
  void rendersWithItsLabelsAsText() {
    JFreeChart chart = DistributionChart.create(both(), Locale.US);

    assertThat(ChartRenderer.svg(chart)).contains("VaR 95%: -1,400", "ES 95%: -1,580", "VaR 99%: -1,680",
        "ES 99%: -1,820", "Monte Carlo (normal)");
    BufferedImage image = Images.drawnAtDefaultSize(chart);
  }

  @Test
  void refusesAResultWithoutADistribution() {
    assertThatThrownBy(() -> DistributionChart.create(Results.small(), Locale.US))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distribution");
  }
}
