package io.shockfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.ScenarioResult;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
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

  @SuppressWarnings("unchecked")
  private static List<ValueMarker> markers(XYPlot plot) {
    List<ValueMarker> out = new ArrayList<>();
    Collection<Marker> ms = plot.getDomainMarkers(Layer.FOREGROUND);
    if (ms != null) {
      ms.forEach(m -> out.add((ValueMarker) m));
    }
    return out;
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

    // the Monte Carlo's losses, not the analytic ones (1,350 …), from the left: ES 99%, VaR 99%,
    // ES 95%, VaR 95%, then the mean -750
    assertThat(markers(plot)).extracting(ValueMarker::getValue)
        .containsExactly(-1_820.0, -1_680.0, -1_580.0, -1_400.0, -750.0);
    assertThat(markers(plot)).extracting(Marker::getLabel).containsExactly(
        "ES 99%: -1,820", "VaR 99%: -1,680", "ES 95%: -1,580", "VaR 95%: -1,400",
        "mean (the scenario's P&L): -750");
    assertThat(markers(plot).get(3).getPaint()).isEqualTo(ChartTheme.LOSS);
    assertThat(markers(plot).get(0).getStroke()).as("ES dashed").isEqualTo(DistributionChart.DASHED);
    assertThat(markers(plot).get(1).getStroke()).as("VaR solid").isEqualTo(DistributionChart.SOLID);
  }

  @Test
  void theLabelsOfTheTailLinesStandInRowsSoTheyDoNotOverlap() {
    XYPlot plot = plot(DistributionChart.create(both(), Locale.US));

    List<ValueMarker> ms = markers(plot);
    // rows 0..3 from the top, LABEL_ROW pixels apart, the mean's label in row 0 to the right
    for (int i = 0; i < 4; i++) {
      assertThat(ms.get(i).getLabelOffset().getTop()).isEqualTo(6 + i * DistributionChart.LABEL_ROW);
    }
    assertThat(ms.get(4).getLabelOffset().getTop()).isEqualTo(6);
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
    assertThat(markers(plot)).extracting(ValueMarker::getValue)
        .containsExactly(-1_800.0, -1_650.0, -1_550.0, -1_350.0, -750.0);
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
    // every amount under 1,000: mean -75, sd 40, ES 99% 182, so 2 decimals everywhere
    Analysis.Risk small = new Analysis.Risk("analytic (normal)", -75, 40, 140, 158, 168, 182, 0, 0);
    JFreeChart chart = DistributionChart.create(with(Optional.of(small), Optional.empty(), Optional.empty()),
        Locale.US);

    assertThat(markers(plot(chart))).extracting(Marker::getLabel)
        .contains("VaR 95%: -140.00", "mean (the scenario's P&L): -75.00");
    assertThat(subtitle(chart, 1)).isEqualTo("Distribution: analytic (normal) · standard deviation 40.00 EUR");
  }

  @Test
  void followsTheGermanNumberFormat() {
    XYPlot plot = plot(DistributionChart.create(both(), Locale.GERMANY));

    assertThat(markers(plot)).extracting(Marker::getLabel).contains("VaR 95%: -1.400", "ES 99%: -1.820");
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
