package io.shockfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.chart.Results.Line;
import io.shockfolio.domain.ScenarioResult;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class HeatMapChartTest {

  static final String REPORTED = "deepseek-2025-01-27";
  static final String FULL = "deepseek-2025-01-27-full";

  /**
   * Five holdings in two scenarios.
   * <pre>
   *                       reported              full
   * ASML   10,000   -0.10 = -1,000       -0.05 = -500
   * NVDA    5,000   -0.20 = -1,000       -0.30 = -1,500
   * SAP     4,000   not moved             +0.02 = +80, estimated
   * SHELL   1,000   not moved             not moved
   * SHORT  -2,000   -0.17 = +340          not moved
   * </pre>
   * Worst P&amp;L over the scenarios: NVDA -1,500, ASML -1,000, SAP 0 (not moved in one), SHORT 0
   * (not moved in one); SAP and SHORT tie, so portfolio order. SHELL is moved by neither.
   */
  static List<ScenarioResult> two() {
    ScenarioResult full = ScenarioSets.estimated(
        result(REPORTED + "-full", -0.05, -0.30, 0, 0), 2, 0.02);
    return List.of(result(REPORTED, -0.10, -0.20, 0, -0.17), full);
  }

  private static ScenarioResult result(String name, double asml, double nvda, double sap, double shortNvda) {
    return Results.build("demo", ScenarioSets.scenario(name), List.of(
        new Line("ASML", "ASML Holding", "Semiconductors", 10_000, asml),
        new Line("NVDA", "NVIDIA", "Semiconductors", 5_000, nvda),
        new Line("SAP", "SAP SE", "Software", 4_000, sap),
        new Line("SHELL", "Shell", "Energy", 1_000, 0),
        new Line("SHORT", "Short NVDA", "Semiconductors", -2_000, shortNvda)));
  }

  private static XYPlot plot(JFreeChart chart) {
    return (XYPlot) chart.getPlot();
  }

  /** Each cell as {x, y, z}, in dataset order. */
  private static List<List<Double>> cells(JFreeChart chart) {
    XYZDataset ds = (XYZDataset) plot(chart).getDataset();
    List<List<Double>> out = new ArrayList<>();
    if (ds.getSeriesCount() == 0) {
      return out;
    }
    for (int i = 0; i < ds.getItemCount(0); i++) {
      out.add(List.of(ds.getXValue(0, i), ds.getYValue(0, i), ds.getZValue(0, i)));
    }
    return out;
  }

  private static List<XYTextAnnotation> labels(JFreeChart chart) {
    List<XYTextAnnotation> out = new ArrayList<>();
    for (XYAnnotation a : plot(chart).getAnnotations()) {
      out.add((XYTextAnnotation) a);
    }
    return out;
  }

  private static XYTextAnnotation labelAt(JFreeChart chart, int x, int y) {
    return labels(chart).stream().filter(a -> a.getX() == x && a.getY() == y).findFirst().orElseThrow();
  }

  @Test
  void cellsHoldEachHoldingsMoveWorstHoldingFirst() {
    JFreeChart chart = HeatMapChart.create(two(), Locale.US);

    // x = scenario, y = row (0 = NVDA, the worst), z = move; not moved = NaN
    assertThat(cells(chart)).containsExactly(
        List.of(0.0, 0.0, -0.20), List.of(1.0, 0.0, -0.30),
        List.of(0.0, 1.0, -0.10), List.of(1.0, 1.0, -0.05),
        List.of(0.0, 2.0, Double.NaN), List.of(1.0, 2.0, 0.02),
        List.of(0.0, 3.0, -0.17), List.of(1.0, 3.0, Double.NaN));
    SymbolAxis holdings = (SymbolAxis) plot(chart).getRangeAxis();
    assertThat(holdings.getSymbols()).containsExactly("NVDA", "ASML", "SAP", "SHORT");
    assertThat(holdings.isInverted()).as("row 0 at the top").isTrue();
    SymbolAxis scenarios = (SymbolAxis) plot(chart).getDomainAxis();
    assertThat(scenarios.getSymbols()).containsExactly(REPORTED, FULL);
  }

  @Test
  void labelsEachCellWithItsPercentMarkingEstimatesAndUnmovedCells() {
    JFreeChart chart = HeatMapChart.create(two(), Locale.US);

    assertThat(labels(chart)).hasSize(8);
    assertThat(labelAt(chart, 0, 0).getText()).isEqualTo("-20.0%");
    assertThat(labelAt(chart, 1, 0).getText()).isEqualTo("-30.0%");
    assertThat(labelAt(chart, 1, 1).getText()).isEqualTo("-5.0%");
    assertThat(labelAt(chart, 0, 2).getText()).isEqualTo("–");
    assertThat(labelAt(chart, 1, 2).getText()).as("estimated").isEqualTo("~+2.0%");
    assertThat(labelAt(chart, 1, 2).getFont().getStyle()).isEqualTo(Font.ITALIC);
    assertThat(labelAt(chart, 1, 1).getFont().getStyle()).isEqualTo(Font.PLAIN);
    assertThat(labelAt(chart, 0, 3).getText()).isEqualTo("-17.0%");
    assertThat(labelAt(chart, 1, 3).getText()).isEqualTo("–");
    assertThat(labelAt(HeatMapChart.create(two(), Locale.GERMANY), 0, 3).getText()).isEqualTo("-17,0%");
  }

  @Test
  void colourScaleRunsFromLossThroughWhiteToBlueSymmetricAroundTheLargestMove() {
    JFreeChart chart = HeatMapChart.create(two(), Locale.US);
    PaintScale scale = ((XYBlockRenderer) plot(chart).getRenderer()).getPaintScale();

    // the largest move in magnitude is NVDA's -0.30 in "full"
    assertThat(scale.getLowerBound()).isEqualTo(-0.30);
    assertThat(scale.getUpperBound()).isEqualTo(0.30);
    assertThat(scale.getPaint(0)).isEqualTo(Color.WHITE);
    assertThat(scale.getPaint(-0.30)).isEqualTo(ChartTheme.LOSS);
    assertThat(scale.getPaint(0.30)).isEqualTo(ChartTheme.BEFORE);
    assertThat(scale.getPaint(-0.90)).as("beyond the end").isEqualTo(ChartTheme.LOSS);
    // halfway from white (255, 255, 255) to LOSS (213, 94, 0):
    // 255 - 42/2 = 234; 255 - 161/2 = 174.5 → 175; 255 - 255/2 = 127.5 → 128
    assertThat(scale.getPaint(-0.15)).isEqualTo(new Color(234, 175, 128));
    assertThat(scale.getPaint(Double.NaN)).isEqualTo(HeatMapChart.NOT_MOVED);
  }

  @Test
  void hasAPercentColourLegendAndAKey() {
    JFreeChart chart = HeatMapChart.create(two(), Locale.US);

    PaintScaleLegend legend = null;
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      Title t = chart.getSubtitle(i);
      if (t instanceof PaintScaleLegend p) {
        legend = p;
      } else if (t instanceof TextTitle tt) {
        texts.add(tt.getText());
      }
    }
    assertThat(legend).isNotNull();
    assertThat(legend.getAxis().getLabel()).isEqualTo("Move");
    assertThat(legend.getAxis().getLowerBound()).isEqualTo(-0.30);
    assertThat(legend.getAxis().getUpperBound()).isEqualTo(0.30);
    // span 60 percentage points in at most 8 steps: 7.5 → the next round step, 10%
    assertThat(((NumberAxis) legend.getAxis()).getTickUnit().getSize())
        .isCloseTo(0.10, within(1e-12));
    assertThat(((NumberAxis) legend.getAxis()).getTickUnit().valueToString(-0.2))
        .isEqualTo("-20%");
    assertThat(texts).contains(
        "~ estimated by a model · – not moved by the scenario · 1 holding not moved by any scenario");
    assertThat(chart.getTitle().getText()).isEqualTo("demo — 2 scenarios");
  }

  @Test
  void showsTheTwentyFiveLargestAndSaysHowManyAreLeftOut() {
    // H<i> worth 1,000 moves -0.01 × i in scenario a, i = 1..27: P&L -10 × i.
    // Scenario b moves nothing. The 25 largest are H27..H3; H1 and H2 are left out.
    List<Line> a = new ArrayList<>();
    List<Line> b = new ArrayList<>();
    for (int i = 1; i <= 27; i++) {
      a.add(new Line("H" + i, "", "S", 1_000, -0.01 * i));
      b.add(new Line("H" + i, "", "S", 1_000, 0));
    }
    List<ScenarioResult> results = List.of(
        Results.build("p", ScenarioSets.scenario("a"), a),
        Results.build("p", ScenarioSets.scenario("b"), b));

    JFreeChart chart = HeatMapChart.create(results, Locale.US);

    String[] rows = ((SymbolAxis) plot(chart).getRangeAxis()).getSymbols();
    assertThat(rows).hasSize(HeatMapChart.MAX_ROWS);
    assertThat(rows[0]).isEqualTo("H27");
    assertThat(rows[24]).isEqualTo("H3");
    assertThat(Arrays.asList(rows)).doesNotContain("H1", "H2");
    assertThat(HeatMapChart.key(HeatMapChart.grid(results), 2))
        .isEqualTo("– not moved by the scenario · 2 holdings with smaller P&L not shown");
  }

  @Test
  void cutsLongScenarioNamesToFitTheirColumnKeepingTheDifference() {
    List<ScenarioResult> seven = new ArrayList<>();
    for (int k = 0; k < 7; k++) {
      seven.add(ScenarioSets.many(k));
    }

    List<String> heads = HeatMapChart.scenarioLabels(seven);

    // names stress-variant-number-<k>-of-the-year-2025 share their first 22 characters
    assertThat(heads).hasSize(7).doesNotHaveDuplicates();
    for (int k = 0; k < 7; k++) {
      assertThat(heads.get(k)).startsWith("…number-" + k);
      assertThat(HeatMapChart.width(heads.get(k))).isLessThanOrEqualTo(HeatMapChart.columnWidth(7));
    }
    // two columns have room for the whole names
    assertThat(HeatMapChart.scenarioLabels(two())).containsExactly(REPORTED, FULL);
  }

  @Test
  void middleCutKeepsStartAndEnd() {
    // 40 characters to 20: 19 kept, 10 from the start and 9 from the end, around "…"
    assertThat(HeatMapChart.middleCut("deepseek-2025-01-27-nasdaq-headline-only", 20))
        .isEqualTo("deepseek-2…line-only");
    assertThat(HeatMapChart.middleCut("short", 20)).isEqualTo("short");
    assertThat(HeatMapChart.distinctPart("stress-variant-number-0-of-the-year-2025", 22))
        .isEqualTo("…number-0-of-the-year-2025");
  }

  @Test
  void textIsWhiteOnDarkCellsAndDarkOnLightOnes() {
    assertThat(HeatMapChart.textPaint(ChartTheme.BEFORE)).isEqualTo(Color.WHITE);
    assertThat(HeatMapChart.textPaint(Color.WHITE)).isEqualTo(HeatMapChart.DARK_TEXT);
    assertThat(HeatMapChart.textPaint(HeatMapChart.NOT_MOVED)).isEqualTo(HeatMapChart.DARK_TEXT);
  }

  @Test
  void oneScenarioWorks() {
    JFreeChart chart = HeatMapChart.create(List.of(two().get(0)), Locale.US);

    // reported alone: NVDA -1,000 and ASML -1,000 tie (portfolio order), SHORT +340; SAP and
    // SHELL are not moved
    assertThat(((SymbolAxis) plot(chart).getRangeAxis()).getSymbols())
        .containsExactly("ASML", "NVDA", "SHORT");
    assertThat(chart.getTitle().getText()).isEqualTo("demo — deepseek-2025-01-27 (2025-01-27)");
    assertThat(HeatMapChart.key(HeatMapChart.grid(List.of(two().get(0))), 1))
        .isEqualTo("2 holdings not moved by the scenario");
  }

  @Test
  void refusesResultsOfDifferentPortfoliosAndNoResults() {
    ScenarioResult other = Results.build("other", ScenarioSets.scenario("x"),
        List.of(new Line("X", "", "S", 1_000, -0.1)));

    assertThatThrownBy(() -> HeatMapChart.create(List.of(two().get(0), other), Locale.US))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one portfolio");
    assertThatThrownBy(() -> HeatMapChart.create(List.of(), Locale.US))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rendersPngAndSvgWithTheCellLabels() {
    JFreeChart chart = HeatMapChart.create(two(), Locale.US);

    BufferedImage image = Images.drawnAtDefaultSize(chart);
    assertThat(hasPixel(image, ChartTheme.LOSS)).as("the -30% cell").isTrue();
    String svg = ChartRenderer.svg(chart);
    assertThat(svg).contains("-20.0%", "~+2.0%", "–", "NVDA", "SHORT", REPORTED, FULL);
  }

  @Test
  void nothingMovedShowsTheNoDataMessage() {
    List<ScenarioResult> still = List.of(result("a", 0, 0, 0, 0), result("b", 0, 0, 0, 0));

    JFreeChart chart = HeatMapChart.create(still, Locale.US);

    assertThat(cells(chart)).isEmpty();
    assertThat(ChartRenderer.svg(chart)).contains("No holding moved in any of the scenarios");
  }

  private static boolean hasPixel(BufferedImage image, Color c) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void everyColumnKeepsAHeadThatFitsItsColumnAtEverySize() {
    // four scenarios with long names: at 800x500 the heads laid out for 1200 px would overlap, and
    // the axis would drop every other one
    List<ScenarioResult> four = List.of(ScenarioSets.reported(), ScenarioSets.full(), ScenarioSets.headline(),
        ScenarioSets.doubled());
    for (int[] size : new int[][] {{800, 500}, {1200, 800}}) {
      JFreeChart chart = HeatMapChart.create(four, Locale.US);
      java.awt.geom.Rectangle2D area = Images.drawn(chart, size[0], size[1]).getPlotInfo().getDataArea();
      java.awt.Graphics2D g2 = Images.graphics(new java.awt.image.BufferedImage(1, 1,
          java.awt.image.BufferedImage.TYPE_INT_RGB));
      SymbolAxis axis = (SymbolAxis) plot(chart).getDomainAxis();
      List<?> ticks = axis.refreshTicks(g2, new org.jfree.chart.axis.AxisState(), area,
          plot(chart).getDomainAxisEdge());
      double column = area.getWidth() / 4;

      assertThat(ticks).hasSize(4);
      for (Object o : ticks) {
        String head = ((org.jfree.chart.axis.ValueTick) o).getText();
        assertThat(head).as("head at %dx%d", size[0], size[1]).isNotBlank();
        assertThat(Images.width(g2, head, HeatMapChart.HEAD_FONT)).as("%s at %dx%d", head, size[0], size[1])
            .isLessThanOrEqualTo(column - 8);
      }
    }
  }
}
