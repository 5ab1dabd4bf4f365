package io.shockfolio.chart;

import static io.shockfolio.chart.Plots.columns;
import static io.shockfolio.chart.Plots.plot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shockfolio.chart.Results.Line;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class ScenarioComparisonChartTest {

  static final String REPORTED = "deepseek-2025-01-27";
  static final String FULL = "deepseek-2025-01-27-full";

  /**
   * Five holdings, 22,000 EUR before (10,000 + 5,000 + 4,000 + 2,000 + 1,000).
   * <pre>
   *                        reported             full
   * ASML  Semis    10,000  -0.10 = -1,000       -0.05 = -500
   * NVDA  Semis     5,000  -0.20 = -1,000       -0.10 = -500
   * SAP   Software  4,000   not moved = 0       +0.02 = +80
   * VST   Utilities 2,000  -0.25 = -500          not moved = 0
   * SHELL Energy    1,000   not moved           not moved
   * </pre>
   */
  static List<ScenarioResult> two() {
    return List.of(
        result(ScenarioSets.scenario(REPORTED), -0.10, -0.20, 0, -0.25, 0),
        result(ScenarioSets.scenario(FULL), -0.05, -0.10, 0.02, 0, 0));
  }

  static ScenarioResult result(Scenario s, double asml, double nvda, double sap, double vst, double shell) {
    return Results.build("demo", s, List.of(
        new Line("ASML", "ASML Holding", "Semiconductors", 10_000, asml),
        new Line("NVDA", "NVIDIA", "Semiconductors", 5_000, nvda),
        new Line("SAP", "SAP SE", "Software", 4_000, sap),
        new Line("VST", "Vistra", "Utilities", 2_000, vst),
        new Line("SHELL", "Shell", "Energy", 1_000, shell)));
  }

  private static List<String> rows(CategoryDataset ds) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < ds.getRowCount(); r++) {
      out.add(ds.getRowKey(r).toString());
    }
    return out;
  }

  private static List<String> legend(JFreeChart chart) {
    LegendItemCollection items = plot(chart).getLegendItems();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.getItemCount(); i++) {
      out.add(items.get(i).getLabel());
    }
    return out;
  }

  @Test
  void groupsSectorPnlByScenarioLargestLossFirst() {
    // Energy 1,000 is moved by no scenario, so it has no group.
    // Semiconductors: reported -1,000 - 1,000 = -2,000; full -500 - 500 = -1,000: worst -2,000
    // Software: reported 0; full 4,000 × 0.02 = +80: worst 0
    // Utilities: reported 2,000 × -0.25 = -500; full 0: worst -500
    // so Semiconductors, Utilities, Software (by value before, Software 4,000 would come before
    // Utilities 2,000)
    CategoryPlot plot = plot(ScenarioComparisonChart.create(two(), Locale.US));
    CategoryDataset ds = plot.getDataset();

    assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
    assertThat(rows(ds)).containsExactly(REPORTED, FULL);
    assertThat(columns(ds)).containsExactly("Semiconductors", "Utilities", "Software");
    assertThat(ds.getValue(REPORTED, "Semiconductors").doubleValue()).isEqualTo(-2_000.0);
    assertThat(ds.getValue(FULL, "Semiconductors").doubleValue()).isEqualTo(-1_000.0);
    assertThat(ds.getValue(REPORTED, "Software").doubleValue()).isEqualTo(0.0);
    assertThat(ds.getValue(FULL, "Software").doubleValue()).isEqualTo(80.0);
    assertThat(ds.getValue(REPORTED, "Utilities").doubleValue()).isEqualTo(-500.0);
    assertThat(ds.getValue(FULL, "Utilities").doubleValue()).isEqualTo(0.0);
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("P&L (EUR)");
  }

  @Test
  void legendGivesEachScenariosTotal() {
    // reported: -2,000 - 500 = -2,500 of 22,000 = -11.3636…% → -11.36%
    // full: -1,000 + 80 = -920 of 22,000 = -4.1818…% → -4.18%; below 1,000, so 2 decimals
    assertThat(legend(ScenarioComparisonChart.create(two(), Locale.US))).containsExactly(
        "deepseek-2025-01-27: -2,500 EUR (-11.36%)",
        "deepseek-2025-01-27-full: -920.00 EUR (-4.18%)");
    assertThat(legend(ScenarioComparisonChart.create(two(), Locale.GERMANY))).containsExactly(
        "deepseek-2025-01-27: -2.500 EUR (-11,36%)",
        "deepseek-2025-01-27-full: -920,00 EUR (-4,18%)");
  }

  @Test
  void colorsScenariosInThemeOrderAndLabelsBarsWithSignedAmounts() {
    CategoryPlot plot = plot(ScenarioComparisonChart.create(two(), Locale.US));
    CategoryItemRenderer r = plot.getRenderer();
    CategoryDataset ds = plot.getDataset();

    assertThat(r.getItemPaint(0, 0)).isEqualTo(ChartTheme.categoryColor(0));
    assertThat(r.getItemPaint(1, 0)).isEqualTo(ChartTheme.categoryColor(1));
    assertThat(ChartTheme.categoryColor(0)).isNotEqualTo(ChartTheme.categoryColor(1));
    assertThat(r.isItemLabelVisible(0, 0)).isTrue();
    // the largest amount is 2,000, so whole units: -2,000 and +80 (full, Software, the third group)
    assertThat(r.getItemLabelGenerator(0, 0).generateLabel(ds, 0, 0)).isEqualTo("-2,000");
    assertThat(r.getItemLabelGenerator(1, 2).generateLabel(ds, 1, 2)).isEqualTo("+80");
  }

  @Test
  void moreThanFourScenariosGetNoBarLabelsAndScaledOnesSayBy() {
    List<ScenarioResult> five = new ArrayList<>(two());
    five.add(result(ScenarioSets.scenario(REPORTED).scaled(2), -0.20, -0.40, 0, -0.50, 0));
    five.add(result(ScenarioSets.scenario("c"), -0.01, 0, 0, 0, 0));
    five.add(result(ScenarioSets.scenario("d"), -0.02, 0, 0, 0, 0));

    CategoryPlot plot = plot(ScenarioComparisonChart.create(five, Locale.US));

    assertThat(rows(plot.getDataset())).containsExactly(REPORTED, FULL, REPORTED + " ×2", "c", "d");
    // scaled ×2: ASML 10,000 × -0.20 + NVDA 5,000 × -0.40 = -4,000
    assertThat(plot.getDataset().getValue(REPORTED + " ×2", "Semiconductors").doubleValue())
        .isEqualTo(-4_000.0);
    assertThat(plot.getRenderer().isItemLabelVisible(0, 0)).isFalse();
    assertThat(plot.getRenderer().getItemPaint(4, 0)).isEqualTo(ChartTheme.categoryColor(4));
  }

  @Test
  void sameScenarioTwiceGetsTwoSeries() {
    List<ScenarioResult> twice = List.of(two().get(0), two().get(0));

    CategoryDataset ds = plot(ScenarioComparisonChart.create(twice, Locale.US)).getDataset();

    assertThat(rows(ds)).containsExactly(REPORTED + " #1", REPORTED + " #2");
  }

  @Test
  void countsSectorsNoScenarioMoves() {
    JFreeChart chart = ScenarioComparisonChart.create(two(), Locale.US);

    assertThat(columns(plot(chart).getDataset())).doesNotContain("Energy");
    TextTitle last = (TextTitle) chart.getSubtitle(chart.getSubtitleCount() - 1);
    assertThat(last.getText()).isEqualTo("1 sector not moved by any scenario, not shown");
  }

  @Test
  void keepsTheTenSectorsWithTheLargestPnlAndSumsTheRest() {
    // S1..S12, S<i> worth 1,000 × i, so value order is S12 first, S1 last.
    // scenario a moves every holding -0.05: S<i> loses 50 × i;
    // scenario b moves S1 alone, +0.50: +500.
    // Largest magnitude in any scenario: S12 600, S11 550, S10 500 and S1 500 (tie: value order,
    // S10 first), S9 450 … S4 200, which makes ten; S3 (150) and S2 (100) go to "others (2)":
    // a -150 - 100 = -250, b 0. In chart order by worst P&L: S12 -600, S11 -550 … S4 -200, then S1
    // (a -50, b +500: worst -50), then the others.
    List<Line> a = new ArrayList<>();
    List<Line> b = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      a.add(new Line("H" + i, "", "S" + i, 1_000.0 * i, -0.05));
      b.add(new Line("H" + i, "", "S" + i, 1_000.0 * i, i == 1 ? 0.50 : 0));
    }
    List<ScenarioResult> results = List.of(
        Results.build("p", ScenarioSets.scenario("a"), a),
        Results.build("p", ScenarioSets.scenario("b"), b));

    CategoryDataset ds = plot(ScenarioComparisonChart.create(results, Locale.US)).getDataset();

    assertThat(columns(ds)).containsExactly(
        "S12", "S11", "S10", "S9", "S8", "S7", "S6", "S5", "S4", "S1", "others (2)");
    assertThat(ds.getValue("a", "others (2)").doubleValue()).isEqualTo(-250.0);
    assertThat(ds.getValue("b", "others (2)").doubleValue()).isEqualTo(0.0);
    assertThat(ds.getValue("a", "S1").doubleValue()).isEqualTo(-50.0);
    assertThat(ds.getValue("b", "S1").doubleValue()).isEqualTo(500.0);
  }

  @Test
  void oneScenarioStillWorksWithItsOwnTitle() {
    JFreeChart chart = ScenarioComparisonChart.create(List.of(two().get(1)), Locale.US);

    assertThat(rows(plot(chart).getDataset())).containsExactly(FULL);
    assertThat(chart.getTitle().getText()).isEqualTo("demo — deepseek-2025-01-27-full (2025-01-27)");
    // one scenario: the shared title's subtitle gives its total, -920 of 22,000 = -4.18%
    assertThat(((TextTitle) chart.getSubtitle(0)).getText()).startsWith("Total P&L -920.00 EUR (-4.18%)");
    assertThat(legend(chart)).containsExactly("deepseek-2025-01-27-full: -920.00 EUR (-4.18%)");
  }

  @Test
  void severalScenariosGetTheSharedMultiScenarioTitle() {
    JFreeChart chart = ScenarioComparisonChart.create(two(), Locale.US);

    assertThat(chart.getTitle().getText()).isEqualTo("demo — 2 scenarios");
  }

  @Test
  void needsAResult() {
    assertThatThrownBy(() -> ScenarioComparisonChart.create(List.of(), Locale.US))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
  }

  @Test
  void rendersPngAndSvgWithTheLegendAndBarLabels() {
    JFreeChart chart = ScenarioComparisonChart.create(two(), Locale.US);

    BufferedImage image = Images.drawnAtDefaultSize(chart);
    assertThat(pixels(image, ChartTheme.categoryColor(0).getRGB())).as("first scenario's bars").isGreaterThan(500);
    assertThat(pixels(image, ChartTheme.categoryColor(1).getRGB())).as("second scenario's bars").isGreaterThan(500);
    String svg = ChartRenderer.svg(chart);
    assertThat(svg).contains("deepseek-2025-01-27: -2,500 EUR (-11.36%)", "Semiconductors", "-2,000", "+80");
  }

  private static int pixels(BufferedImage image, int argb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == (argb & 0xFFFFFF)) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  void nothingMovedShowsTheNoDataMessage() {
    List<ScenarioResult> still = List.of(result(ScenarioSets.scenario("a"), 0, 0, 0, 0, 0),
        result(ScenarioSets.scenario("b"), 0, 0, 0, 0, 0));

    JFreeChart chart = ScenarioComparisonChart.create(still, Locale.US);

    assertThat(plot(chart).getDataset().getColumnCount()).isZero();
    assertThat(ChartRenderer.svg(chart)).contains("No sector moved in any of the scenarios");
  }

  @Test
  void barsTooThinForTheirLabelsGoUnlabelled() {
    // four scenarios of 8 sectors: at 1200x800 the bars are thick enough to label, at 800x500 they
    // are not and the labels would overlap; Semiconductors in the doubled scenario loses 8,407
    List<ScenarioResult> four = List.of(ScenarioSets.reported(), ScenarioSets.full(), ScenarioSets.headline(),
        ScenarioSets.doubled());

    JFreeChart big = ScenarioComparisonChart.create(four, Locale.US);
    assertThat(ChartRenderer.svg(big, 1200, 800)).contains(">-8,407<");
    assertThat(plot(big).getRenderer().isItemLabelVisible(3, 0)).isTrue();

    JFreeChart small = ScenarioComparisonChart.create(four, Locale.US);
    assertThat(ChartRenderer.svg(small, 800, 500)).doesNotContain(">-8,407<").contains("Semiconductors");
    assertThat(plot(small).getRenderer().isItemLabelVisible(3, 0)).isFalse();
  }
}
