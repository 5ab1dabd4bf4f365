package io.shockfolio.chart;

import static io.shockfolio.chart.Plots.column;
import static io.shockfolio.chart.Plots.columns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.chart.BreakdownChart.Dimension;
import io.shockfolio.chart.BreakdownChart.Group;
import io.shockfolio.chart.Results.Line;
import io.shockfolio.domain.ScenarioResult;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class BreakdownChartTest {

  /**
   * By sector:
   * <ul>
   *   <li>Semis: A 10,000 × -0.10 = -1,000 and B 5,000 × -0.20 = -1,000: value 15,000, P&amp;L
   *       -2,000, move -2,000 / 15,000 = -13.333% → -13.33%
   *   <li>Software: C 8,000 × -0.05 = -400, move -5.00%
   *   <li>Unclassified (no sector): D 2,000 × +0.10 = +200, move +10.00%
   *   <li>Cash (a cash line): E 3,000, unmatched, 0, move 0.00%
   *   <li>Hedges: a short, F -1,000 × -0.30 = +300, move +300 / |-1,000| = +30.00%
   * </ul>
   * Total value 15,000 + 8,000 + 2,000 + 3,000 - 1,000 = 27,000; P&amp;L -2,000 - 400 + 200 + 300 =
   * -1,900.
   */
  static ScenarioResult sectors() {
    return Results.build("demo", Results.scenario(), List.of(
        new Line("A", "", "Semis", 10_000, -0.10),
        new Line("C", "", "Software", 8_000, -0.05),
        new Line("D", "", "", 2_000, 0.10),
        new Line("E", "Cash EUR", "", 3_000, 0, true),
        new Line("F", "", "Hedges", -1_000, -0.30),
        new Line("B", "", "Semis", 5_000, -0.20)));
  }

  /**
   * By currency and country:
   * <ul>
   *   <li>X1 USD, United States: 10,000 × -0.10 = -1,000
   *   <li>X2 USD, Taiwan: 4,000 × -0.05 = -200
   *   <li>X3 EUR, Germany: 6,000 × +0.02 = +120
   *   <li>X4 CHF, Switzerland: 2,000 × -0.01 = -20
   *   <li>X5 EUR, no country: 1,000, unmatched, 0
   * </ul>
   */
  static ScenarioResult world() {
    return WorldResults.build("world", List.of(
        new WorldResults.Line("X1", "Tech", "USD", "United States", 10_000, -0.10),
        new WorldResults.Line("X2", "Tech", "USD", "Taiwan", 4_000, -0.05),
        new WorldResults.Line("X3", "Tech", "EUR", "Germany", 6_000, 0.02),
        new WorldResults.Line("X4", "Tech", "CHF", "Switzerland", 2_000, -0.01),
        new WorldResults.Line("X5", "Tech", "EUR", "", 1_000, 0)));
  }

  private static CombinedDomainCategoryPlot combined(JFreeChart chart) {
    return (CombinedDomainCategoryPlot) chart.getPlot();
  }

  private static CategoryPlot subplot(JFreeChart chart, int i) {
    return (CategoryPlot) combined(chart).getSubplots().get(i);
  }

  private static List<Double> values(CategoryDataset ds) {
    List<Double> out = new ArrayList<>();
    for (int c = 0; c < ds.getColumnCount(); c++) {
      out.add(ds.getValue(0, c).doubleValue());
    }
    return out;
  }

  private static List<String> labels(CategoryPlot plot) {
    CategoryDataset ds = plot.getDataset();
    List<String> out = new ArrayList<>();
    for (int c = 0; c < ds.getColumnCount(); c++) {
      out.add(plot.getRenderer().getItemLabelGenerator(0, c).generateLabel(ds, 0, c));
    }
    return out;
  }

  private static String subtitle(JFreeChart chart, int i) {
    return ((TextTitle) chart.getSubtitle(i)).getText();
  }

  @Test
  void showsEachSectorsPnlAndMoveLargestLossFirst() {
    JFreeChart chart = BreakdownChart.create(sectors(), Dimension.SECTOR, Locale.US);
    CategoryDataset pnl = subplot(chart, 0).getDataset();
    CategoryDataset move = subplot(chart, 1).getDataset();

    // by P&L: Semis -2,000, Software -400, Cash 0, Unclassified +200, Hedges +300
    assertThat(columns(pnl)).containsExactly("Semis", "Software", "Cash", "Unclassified", "Hedges");
    assertThat(columns(move)).isEqualTo(columns(pnl));
    assertThat(pnl.getRowKey(0)).isEqualTo(BreakdownChart.PNL);
    assertThat(move.getRowKey(0)).isEqualTo(BreakdownChart.MOVE);
    assertThat(values(pnl)).containsExactly(-2_000.0, -400.0, 0.0, 200.0, 300.0);
    // -2,000 / 15,000; -400 / 8,000; 0 / 3,000; 200 / 2,000; 300 / |-1,000|
    assertThat(values(move)).containsExactly(-2_000.0 / 15_000, -0.05, 0.0, 0.10, 0.30);
  }

  @Test
  void labelsThePnlWithSignedAmountsAndTheMoveWithSignedPercentages() {
    JFreeChart chart = BreakdownChart.create(sectors(), Dimension.SECTOR, Locale.US);

    // largest amount 2,000, so whole units
    assertThat(labels(subplot(chart, 0))).containsExactly("-2,000", "-400", "0", "+200", "+300");
    assertThat(labels(subplot(chart, 1))).containsExactly("-13.33%", "-5.00%", "0.00%", "+10.00%", "+30.00%");
    assertThat(subplot(chart, 0).getRenderer().getDefaultItemLabelsVisible()).isTrue();
    assertThat(subplot(chart, 1).getRenderer().getDefaultItemLabelsVisible()).isTrue();
  }

  @Test
  void followsTheLocaleInLabelsAndTicks() {
    JFreeChart chart = BreakdownChart.create(sectors(), Dimension.SECTOR, Locale.GERMANY);

    assertThat(labels(subplot(chart, 0))).containsExactly("-2.000", "-400", "0", "+200", "+300");
    assertThat(labels(subplot(chart, 1))).containsExactly("-13,33%", "-5,00%", "0,00%", "+10,00%", "+30,00%");
    NumberAxis moveAxis = (NumberAxis) subplot(chart, 1).getRangeAxis();
    assertThat(moveAxis.getNumberFormatOverride().format(-0.10)).startsWith("-10");
  }

  @Test
  void paintsLossesVermillionAndGainsBluishGreenInBothPanels() {
    JFreeChart chart = BreakdownChart.create(sectors(), Dimension.SECTOR, Locale.US);

    for (int panel = 0; panel < 2; panel++) {
      BarRenderer r = (BarRenderer) subplot(chart, panel).getRenderer();
      assertThat(r).isInstanceOf(SignedBarRenderer.class);
      // columns: Semis (loss), Software (loss), Cash (0), Unclassified (gain), Hedges (gain)
      assertThat(r.getItemPaint(0, 0)).isEqualTo(ChartTheme.LOSS);
      assertThat(r.getItemPaint(0, 2)).isEqualTo(ChartTheme.NEUTRAL);
      assertThat(r.getItemPaint(0, 4)).isEqualTo(ChartTheme.GAIN);
    }
  }

  @Test
  void twoPanelsSideBySideShareTheGroupsAndNameTheirAxes() {
    JFreeChart chart = BreakdownChart.create(sectors(), Dimension.SECTOR, Locale.US);
    CombinedDomainCategoryPlot plot = combined(chart);

    assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
    assertThat(plot.getSubplots()).hasSize(2);
    assertThat(plot.getCategories()).containsExactly("Semis", "Software", "Cash", "Unclassified", "Hedges");
    assertThat(subplot(chart, 0).getRangeAxis().getLabel()).isEqualTo("P&L (EUR)");
    assertThat(subplot(chart, 1).getRangeAxis().getLabel()).isEqualTo("Move (% of value before)");
    for (int panel = 0; panel < 2; panel++) {
      @SuppressWarnings("unchecked")
      Collection<Marker> markers = subplot(chart, panel).getRangeMarkers(Layer.FOREGROUND);
      assertThat(markers).singleElement()
          .isInstanceOfSatisfying(ValueMarker.class, m -> assertThat(m.getValue()).isZero());
      // the theme reached the subplots
      assertThat(subplot(chart, panel).getRangeAxis().getTickLabelFont()).isEqualTo(ChartTheme.TICK_LABEL_FONT);
      assertThat(subplot(chart, panel).isOutlineVisible()).isFalse();
    }
  }

  @Test
  void titleAndSubtitlesNameTheResultAndTheDimension() {
    JFreeChart chart = BreakdownChart.create(sectors(), Dimension.SECTOR, Locale.US);

    assertThat(chart.getTitle().getText()).isEqualTo("demo — deepseek-2025-01-27 (2025-01-27)");
    // total -1,900 over 27,000 = -7.037% → -7.04%
    assertThat(subtitle(chart, 0))
        .isEqualTo("Total P&L -1,900 EUR (-7.04%) · the scenario's shocks as written, no estimates");
    assertThat(subtitle(chart, 1)).isEqualTo("P&L and move by sector");
    assertThat(chart.getLegend()).isNull();
  }

  @Test
  void breaksDownByCurrency() {
    JFreeChart chart = BreakdownChart.create(world(), Dimension.CURRENCY, Locale.US);

    // USD 10,000 + 4,000 = 14,000, P&L -1,000 - 200 = -1,200, move -1,200 / 14,000 = -8.571% → -8.57%
    // CHF 2,000, -20, -1.00%; EUR 6,000 + 1,000 = 7,000, +120 + 0 = +120, 120 / 7,000 = +1.714% → +1.71%
    assertThat(columns(subplot(chart, 0).getDataset())).containsExactly("USD", "CHF", "EUR");
    assertThat(values(subplot(chart, 0).getDataset())).containsExactly(-1_200.0, -20.0, 120.0);
    assertThat(labels(subplot(chart, 1))).containsExactly("-8.57%", "-1.00%", "+1.71%");
    assertThat(subtitle(chart, 1)).isEqualTo("P&L and move by currency");
  }

  @Test
  void breaksDownByCountryWithHoldingsWithoutOneUnclassified() {
    JFreeChart chart = BreakdownChart.create(world(), Dimension.COUNTRY, Locale.US);

    // United States -1,000 (-10.00%), Taiwan -200 (-5.00%), Switzerland -20 (-1.00%),
    // Unclassified (X5) 0 (0.00%), Germany +120 (120 / 6,000 = +2.00%)
    assertThat(columns(subplot(chart, 0).getDataset()))
        .containsExactly("United States", "Taiwan", "Switzerland", "Unclassified", "Germany");
    assertThat(values(subplot(chart, 0).getDataset())).containsExactly(-1_000.0, -200.0, -20.0, 0.0, 120.0);
    assertThat(labels(subplot(chart, 1))).containsExactly("-10.00%", "-5.00%", "-1.00%", "0.00%", "+2.00%");
    assertThat(subtitle(chart, 1)).isEqualTo("P&L and move by country");
  }

  @Test
  void equalPnlsPutTheLargerGroupFirst() {
    // Small 1,000 × -0.10 = -100, Big 2,000 × -0.05 = -100: a tie, so Big (2,000) first
    ScenarioResult r = Results.build("p", Results.scenario(), List.of(
        new Line("S", "", "Small", 1_000, -0.10),
        new Line("B", "", "Big", 2_000, -0.05)));

    assertThat(BreakdownChart.groups(r, Dimension.SECTOR)).extracting(Group::label).containsExactly("Big", "Small");
  }

  @Test
  void beyondFifteenGroupsShowsTheLargestAndSumsTheRest() {
    // 25 countries C01..C25, one holding each worth 1,000 × i; odd i move -2%, even i +1%,
    // so P&L -20 × i for odd i and +10 × i for even i.
    // The 15 largest by value are C11..C25; others (10) are C01..C10:
    //   value 1,000 × (1 + ... + 10) = 55,000;
    //   P&L -20 × (1 + 3 + 5 + 7 + 9) + 10 × (2 + 4 + 6 + 8 + 10) = -500 + 300 = -200;
    //   move -200 / 55,000 = -0.3636% → -0.36%
    List<WorldResults.Line> lines = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      lines.add(new WorldResults.Line(String.format("H%02d", i), "Tech", "EUR", String.format("C%02d", i),
          1_000.0 * i, i % 2 == 1 ? -0.02 : 0.01));
    }
    JFreeChart chart = BreakdownChart.create(WorldResults.build("big", lines), Dimension.COUNTRY, Locale.US);
    CategoryDataset pnl = subplot(chart, 0).getDataset();

    assertThat(pnl.getColumnCount()).isEqualTo(BreakdownChart.MAX_GROUPS + 1);
    // losses from the largest: C25 -500, C23 -460, ..., C11 -220; then gains C12 +120 ... C24 +240
    assertThat(column(pnl, 0)).isEqualTo("C25");
    assertThat(pnl.getValue(0, 0).doubleValue()).isEqualTo(-500.0);
    assertThat(column(pnl, 7)).isEqualTo("C11");
    assertThat(pnl.getValue(0, 7).doubleValue()).isEqualTo(-220.0);
    assertThat(column(pnl, 8)).isEqualTo("C12");
    assertThat(pnl.getValue(0, 8).doubleValue()).isEqualTo(120.0);
    assertThat(column(pnl, 14)).isEqualTo("C24");
    assertThat(pnl.getValue(0, 14).doubleValue()).isEqualTo(240.0);
    // the rest last, whatever its P&L
    assertThat(column(pnl, 15)).isEqualTo("others (10)");
    assertThat(pnl.getValue(0, 15).doubleValue()).isCloseTo(-200.0, within(1e-9));
    assertThat(labels(subplot(chart, 1)).get(15)).isEqualTo("-0.36%");
    assertThat(columns(pnl)).doesNotContain("C01", "C10");
    Group others = BreakdownChart.groups(WorldResults.build("big", lines), Dimension.COUNTRY).get(15);
    assertThat(others.valueBefore()).isEqualTo(55_000.0);
    assertThat(others.holdings()).isEqualTo(10);
    assertThat(others.groups()).isEqualTo(10);
    assertThat(subtitle(chart, 1))
        .isEqualTo("P&L and move by country · the 15 largest of 25 countries by value, the other 10 summed");
  }

  @Test
  void fifteenGroupsAreAllShown() {
    List<WorldResults.Line> lines = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      lines.add(new WorldResults.Line("H" + i, "Tech", "EUR", "C" + i, 1_000.0 * i, -0.01));
    }
    List<Group> groups = BreakdownChart.groups(WorldResults.build("p", lines), Dimension.COUNTRY);

    assertThat(groups).hasSize(15).noneMatch(g -> g.label().startsWith("others"));
  }

  @Test
  void cutsLongGroupNames() {
    // 47 characters, cut to the first 29 and "…"
    ScenarioResult r = Results.build("p", Results.scenario(), List.of(
        new Line("A", "", "Semiconductor equipment and materials suppliers", 1_000, -0.10)));

    assertThat(BreakdownChart.groups(r, Dimension.SECTOR)).extracting(Group::label)
        .containsExactly("Semiconductor equipment and m…");
  }

  @Test
  void percentTicksAreRoundAndFollowTheLocale() {
    // moves down to -10%, margins 0.22 below and 0.04 above: span 0.10 × 1.26 = 12.6 points;
    // 12.6 / 6 ticks = 2.1, so the step is 2.5 points, with one decimal
    NumberAxis axis = new NumberAxis();
    axis.setLowerMargin(0.22);
    axis.setUpperMargin(0.04);
    BreakdownChart.percentTicks(axis, -0.10, 0, 6, Locale.GERMANY);

    assertThat(axis.getTickUnit().getSize()).isCloseTo(0.025, within(1e-12));
    assertThat(axis.getNumberFormatOverride().format(-0.05)).isEqualTo("-5,0%");
    assertThat(axis.getNumberFormatOverride().format(0.0)).isEqualTo("0,0%");

    // up to +30%: span 0.30 × 1.26 = 37.8 points, / 6 = 6.3, so a step of 10, no decimals
    BreakdownChart.percentTicks(axis, 0, 0.30, 6, Locale.US);
    assertThat(axis.getTickUnit().getSize()).isCloseTo(0.10, within(1e-12));
    assertThat(axis.getNumberFormatOverride().format(-0.20)).isEqualTo("-20%");
  }

  @Test
  void rendersPngAndSvgWithTheLabels() {
    JFreeChart chart = BreakdownChart.create(sectors(), Dimension.SECTOR, Locale.US);

    BufferedImage image = ChartRendererTest.decode(ChartRenderer.png(chart));
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(800);
    assertThat(Images.hasColour(image, 0xD55E00)).as("a loss bar").isTrue();
    assertThat(Images.hasColour(image, 0x009E73)).as("a gain bar").isTrue();
    String svg = ChartRenderer.svg(chart);
    assertThat(svg).contains("Semis", "Unclassified", "-13.33%", "+30.00%", "-2,000", "P&amp;L and move by sector");
  }

  @Test
  void aResultWithoutHoldingsGivesAnEmptyChart() {
    JFreeChart chart = BreakdownChart.create(Results.build("p", Results.scenario(), List.of()),
        Dimension.CURRENCY, Locale.US);

    assertThat(subplot(chart, 0).getDataset().getColumnCount()).isZero();
    assertThat(ChartRenderer.png(chart)).isNotEmpty();
  }


  /**
   * The realistic EUR portfolio by sector: Semiconductors loses 4,624 and Utilities moves -28.22%
   * (VST 2,450 × -0.2822), the longest labels at the loss ends; Consumer Electronics gains +219,
   * +3.22%, at the gain ends.
   */
  @Test
  void everyBarLabelStaysInsideItsPanelAtEverySize() {
    for (int[] size : new int[][] {{800, 500}, {1200, 800}}) {
      for (ScenarioResult r : List.of(ChartPreview.realistic(), WorldResults.realistic())) {
        for (Dimension by : List.of(Dimension.SECTOR, Dimension.COUNTRY)) {
          JFreeChart chart = BreakdownChart.create(r, by, Locale.GERMANY);
          org.jfree.chart.ChartRenderingInfo info = Images.drawn(chart, size[0], size[1]);
          java.awt.Graphics2D g2 = Images.graphics(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
          List<CategoryPlot> panels = ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
          for (int p = 0; p < panels.size(); p++) {
            CategoryPlot panel = panels.get(p);
            java.awt.geom.Rectangle2D area = info.getPlotInfo().getSubplotInfo(p).getDataArea();
            CategoryDataset ds = panel.getDataset();
            for (int c = 0; c < ds.getColumnCount(); c++) {
              double v = ds.getValue(0, c).doubleValue();
              String label = panel.getRenderer().getItemLabelGenerator(0, c).generateLabel(ds, 0, c);
              double end = panel.getRangeAxis().valueToJava2D(v, area, panel.getRangeAxisEdge());
              double w = Images.width(g2, label, ChartTheme.ITEM_LABEL_FONT) + BreakdownChart.LABEL_INSET;
              String where = label + " in panel " + p + " at " + size[0] + "x" + size[1];
              if (v < 0) {
                assertThat(end - w).as(where).isGreaterThanOrEqualTo(area.getMinX());
              } else {
                assertThat(end + w).as(where).isLessThanOrEqualTo(area.getMaxX());
              }
            }
          }
        }
      }
    }
  }
}
