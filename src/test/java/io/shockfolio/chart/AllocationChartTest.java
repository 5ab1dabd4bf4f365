package io.shockfolio.chart;

import static io.shockfolio.chart.Plots.columns;
import static io.shockfolio.chart.Plots.plot;
import static org.assertj.core.api.Assertions.assertThat;

import io.shockfolio.chart.AllocationChart.Segment;
import io.shockfolio.chart.Results.Line;
import io.shockfolio.domain.Breakdown;
import io.shockfolio.domain.ScenarioResult;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class AllocationChartTest {

  /**
   * By sector, largest value before first:
   * <ul>
   *   <li>Semis: A 6,000 × -0.10 = -600 and B 2,000 × -0.20 = -400: 8,000 before, 7,000 after
   *   <li>Software: C 4,000 × -0.05 = -200: 4,000 before, 3,800 after
   *   <li>Banks: D 3,000, unmatched: 3,000 both
   *   <li>Cash: E 1,000, a cash line, unmatched: 1,000 both
   *   <li>Hedges: a short, F -500 × -0.20 = +100: -500 before, -400 after, so not in the bars
   * </ul>
   * The bars: 8,000 + 4,000 + 3,000 + 1,000 = 16,000 before, 7,000 + 3,800 + 3,000 + 1,000 =
   * 14,800 after, a change of -1,200 / 16,000 = -7.50%.
   */
  static ScenarioResult sectors() {
    return Results.build("demo", Results.scenario(), List.of(
        new Line("C", "", "Software", 4_000, -0.05),
        new Line("A", "", "Semis", 6_000, -0.10),
        new Line("F", "", "Hedges", -500, -0.20),
        new Line("D", "", "Banks", 3_000, 0),
        new Line("E", "Cash EUR", "", 1_000, 0, true),
        new Line("B", "", "Semis", 2_000, -0.20)));
  }

  private static List<String> rows(CategoryDataset ds) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < ds.getRowCount(); r++) {
      out.add(ds.getRowKey(r).toString());
    }
    return out;
  }

  private static List<String> legend(CategoryPlot plot) {
    LegendItemCollection items = plot.getLegendItems();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.getItemCount(); i++) {
      out.add(items.get(i).getLabel());
    }
    return out;
  }

  private static List<String> totals(CategoryPlot plot) {
    List<String> out = new ArrayList<>();
    for (Object a : plot.getAnnotations()) {
      CategoryTextAnnotation t = (CategoryTextAnnotation) a;
      out.add(t.getCategory() + ": " + t.getText().strip() + " at " + t.getValue());
    }
    return out;
  }

  /** The chart's text subtitles in order, the legend left out. */
  private static List<String> subtitles(JFreeChart chart) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof TextTitle t) {
        out.add(t.getText());
      }
    }
    return out;
  }

  private static double value(CategoryDataset ds, String row, String column) {
    return ds.getValue(row, column).doubleValue();
  }

  @Test
  void stacksEachSectorsValueBeforeAndAfterLargestFirst() {
    CategoryPlot plot = plot(AllocationChart.create(sectors(), Locale.US));
    CategoryDataset ds = plot.getDataset();

    assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
    assertThat(plot.getRenderer()).isInstanceOf(StackedBarRenderer.class);
    assertThat(columns(ds)).containsExactly("Before", "After");
    assertThat(rows(ds)).containsExactly("Semis", "Software", "Banks", "Cash");
    assertThat(value(ds, "Semis", "Before")).isEqualTo(8_000.0);
    assertThat(value(ds, "Semis", "After")).isEqualTo(7_000.0);
    assertThat(value(ds, "Software", "Before")).isEqualTo(4_000.0);
    assertThat(value(ds, "Software", "After")).isEqualTo(3_800.0);
    assertThat(value(ds, "Banks", "Before")).isEqualTo(3_000.0);
    assertThat(value(ds, "Banks", "After")).isEqualTo(3_000.0);
    assertThat(value(ds, "Cash", "Before")).isEqualTo(1_000.0);
    assertThat(value(ds, "Cash", "After")).isEqualTo(1_000.0);
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Value (EUR)");
  }

  @Test
  void labelsSegmentsWithTheirShareOfTheBar() {
    CategoryPlot plot = plot(AllocationChart.create(sectors(), Locale.US));
    CategoryDataset ds = plot.getDataset();
    CategoryItemRenderer r = plot.getRenderer();

    // before, of 16,000: 8,000 = 50.0%, 4,000 = 25.0%, 3,000 = 18.75% → 18.8%, 1,000 = 6.25% → 6.3%
    // after, of 14,800: 7,000 = 47.30%, 3,800 = 25.68%, 3,000 = 20.27%, 1,000 = 6.76%
    String[][] expected = {{"50.0%", "47.3%"}, {"25.0%", "25.7%"}, {"18.8%", "20.3%"}, {"6.3%", "6.8%"}};
    for (int row = 0; row < 4; row++) {
      for (int col = 0; col < 2; col++) {
        assertThat(r.getItemLabelGenerator(row, col).generateLabel(ds, row, col))
            .as("row %d, column %d", row, col).isEqualTo(expected[row][col]);
      }
    }
    assertThat(r.getDefaultItemLabelsVisible()).isTrue();
  }

  @Test
  void leavesTheShareOffSegmentsNarrowerThanFourPercent() {
    // 96 + 4 = 100: 4% is labelled; 97 + 3: 3% is not
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    ds.addValue(96, "Big", "Before");
    ds.addValue(4, "Small", "Before");
    ds.addValue(97, "Big", "After");
    ds.addValue(3, "Small", "After");
    AllocationChart.ShareLabelGenerator g = new AllocationChart.ShareLabelGenerator(Locale.GERMANY);

    assertThat(g.generateLabel(ds, 1, 0)).isEqualTo("4,0%");
    assertThat(g.generateLabel(ds, 1, 1)).isNull();
    assertThat(g.generateLabel(ds, 0, 1)).isEqualTo("97,0%");
  }

  @Test
  void legendGivesEachSectorsShareBeforeAndAfter() {
    JFreeChart chart = AllocationChart.create(sectors(), Locale.US);

    assertThat(legend(plot(chart)))
        .containsExactly("Semis 50.0% → 47.3%", "Software 25.0% → 25.7%", "Banks 18.8% → 20.3%",
            "Cash 6.3% → 6.8%");
    assertThat(chart.getLegend().getPosition()).isEqualTo(RectangleEdge.BOTTOM);
    assertThat(legend(plot(AllocationChart.create(sectors(), Locale.GERMANY))).get(0))
        .isEqualTo("Semis 50,0% → 47,3%");
  }

  @Test
  void paintsSectorsInTheCategoryColoursWithReadableLabels() {
    CategoryItemRenderer r = plot(AllocationChart.create(sectors(), Locale.US)).getRenderer();

    for (int i = 0; i < 4; i++) {
      assertThat(r.getSeriesPaint(i)).as("sector %d", i).isEqualTo(ChartTheme.categoryColor(i));
    }
    assertThat(ChartTheme.categoryColor(0).getRGB() & 0xFFFFFF).isEqualTo(0x0072B2);
    // white on the dark blue, dark text on the orange and the sky blue
    assertThat(r.getSeriesItemLabelPaint(0)).isEqualTo(Color.WHITE);
    assertThat(r.getSeriesItemLabelPaint(1)).isEqualTo(ChartTheme.TEXT);
    assertThat(r.getSeriesItemLabelPaint(2)).isEqualTo(ChartTheme.TEXT);
  }

  @Test
  void eachBarEndsInItsTotalAndTheAfterBarInItsChange() {
    CategoryPlot plot = plot(AllocationChart.create(sectors(), Locale.US));

    assertThat(totals(plot)).containsExactly(
        "Before: 16,000 EUR at 16000.0", "After: 14,800 EUR (-7.50%) at 14800.0");
    assertThat(totals(plot(AllocationChart.create(sectors(), Locale.GERMANY)))).containsExactly(
        "Before: 16.000 EUR at 16000.0", "After: 14.800 EUR (-7,50%) at 14800.0");
  }

  @Test
  void aSectorOfShortPositionsIsLeftOutAndNamedInANote() {
    JFreeChart chart = AllocationChart.create(sectors(), Locale.US);

    assertThat(rows(plot(chart).getDataset())).doesNotContain("Hedges");
    assertThat(chart.getTitle().getText()).isEqualTo("demo — deepseek-2025-01-27 (2025-01-27)");
    // the whole portfolio, Hedges included: P&L -600 - 400 - 200 + 0 + 0 + 100 = -1,100 of
    // 8,000 + 4,000 + 3,000 + 1,000 - 500 = 15,500, -7.097% → -7.10%.
    // Hedges: -500 before, -500 + 100 = -400 after; the chart's amounts reach 16,000, so whole units
    assertThat(subtitles(chart)).containsExactly(
        "Total P&L -1,100 EUR (-7.10%) · the scenario's shocks as written, no estimates",
        "Allocation by sector, before and after the scenario",
        "Not in the bars, for a net value not above zero: Hedges (-500 EUR before, -400 after)");
  }

  @Test
  void noNoteWhenEverySectorIsInTheBars() {
    // Results.small(): Semiconductors 13,000 (a short netted in), Software 4,000: both positive
    assertThat(subtitles(AllocationChart.create(Results.small(), Locale.US)))
        .noneMatch(s -> s.startsWith("Not in the bars"));
  }

  @Test
  void theNoteNamesThreeSectorsAndCountsTheRest() {
    List<Breakdown> out = List.of(new Breakdown("A", -1_000, 0, 1), new Breakdown("B", -2_000, 0, 1),
        new Breakdown("C", -3_000, 0, 1), new Breakdown("D", -4_000, 0, 1), new Breakdown("E", -5_000, 0, 1));

    assertThat(AllocationChart.note(out, "EUR", ChartTheme.of(Locale.US).amountFormat(5_000))).isEqualTo(
        "Not in the bars, for a net value not above zero: A (-1,000 EUR before, -1,000 after), "
            + "B (-2,000 EUR before, -2,000 after), C (-3,000 EUR before, -3,000 after) and 2 more");
  }

  @Test
  void aSectorThatWouldFallBelowZeroIsLeftOutToo() {
    // Mixed: long 1,000 × -0.50 = -500, short -800 × +0.50 = -400: 200 before, 200 - 900 = -700 after
    // Plain: 1,000, unmatched
    ScenarioResult r = Results.build("p", Results.scenario(), List.of(
        new Line("L", "", "Mixed", 1_000, -0.50),
        new Line("S", "", "Mixed", -800, 0.50),
        new Line("P", "", "Plain", 1_000, 0)));

    AllocationChart.Allocation a = AllocationChart.allocation(r);

    assertThat(a.segments()).extracting(Segment::label).containsExactly("Plain");
    assertThat(a.leftOut()).extracting(Breakdown::key).containsExactly("Mixed");
    assertThat(a.leftOut().get(0).valueAfter()).isEqualTo(-700.0);
  }

  @Test
  void sectorsWithoutOwnSegmentAreGatheredInAGreyOtherSectorsBeyondSeven() {
    // 9 sectors S1..S9 worth 1,000 × i, each -10%: the 6 largest S9..S4 have their own segment,
    // Other sectors (3) gathers S3 + S2 + S1 = 3,000 + 2,000 + 1,000 = 6,000 before, 5,400 after
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      lines.add(new Line("H" + i, "", "S" + i, 1_000.0 * i, -0.10));
    }
    CategoryPlot plot = plot(AllocationChart.create(Results.build("p", Results.scenario(), lines), Locale.US));
    CategoryDataset ds = plot.getDataset();

    assertThat(rows(ds)).containsExactly("S9", "S8", "S7", "S6", "S5", "S4", "Other sectors (3)");
    assertThat(value(ds, "Other sectors (3)", "Before")).isEqualTo(6_000.0);
    assertThat(value(ds, "Other sectors (3)", "After")).isEqualTo(5_400.0);
    assertThat(value(ds, "S9", "After")).isEqualTo(8_100.0);
    assertThat(plot.getRenderer().getSeriesPaint(6)).isEqualTo(ChartTheme.NEUTRAL);
    assertThat(plot.getRenderer().getSeriesPaint(5)).isEqualTo(ChartTheme.categoryColor(5));
  }

  @Test
  void sevenSectorsAreAllNamed() {
    // one "other" sector would hide its name for nothing, so 7 keep theirs
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      lines.add(new Line("H" + i, "", "S" + i, 1_000.0 * i, 0));
    }
    CategoryDataset ds = plot(AllocationChart.create(Results.build("p", Results.scenario(), lines), Locale.US))
        .getDataset();

    assertThat(rows(ds)).containsExactly("S7", "S6", "S5", "S4", "S3", "S2", "S1");
  }

  @Test
  void aResultWithNothingPositiveGivesAnEmptyChart() {
    ScenarioResult r = Results.build("p", Results.scenario(), List.of(new Line("S", "", "Hedges", -1_000, 0)));

    JFreeChart chart = AllocationChart.create(r, Locale.US);

    assertThat(plot(chart).getDataset().getRowCount()).isZero();
    assertThat(plot(chart).getAnnotations()).isEmpty();
    assertThat(plot(chart).getNoDataMessage()).isEqualTo("No sector with a positive value");
    assertThat(ChartRenderer.png(chart)).isNotEmpty();
  }

  @Test
  void rendersPngAndSvgWithSharesAndTotals() {
    JFreeChart chart = AllocationChart.create(sectors(), Locale.US);

    BufferedImage image = ChartRendererTest.decode(ChartRenderer.png(chart));
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(800);
    assertThat(Images.hasColour(image, 0x0072B2)).as("the first sector's blue").isTrue();
    assertThat(Images.hasColour(image, 0xE69F00)).as("the second sector's orange").isTrue();
    String svg = ChartRenderer.svg(chart);
    assertThat(svg).contains("50.0%", "47.3%", "16,000 EUR", "14,800 EUR (-7.50%)", "Semis 50.0% → 47.3%");
  }

  /**
   * An ETF of about 1.9 billion: Internet 1,860,000,000 × -0.0016 = -2,976,000, so 1,857,024,000
   * after; Semiconductors 17,000,000 × -0.10 = -1,700,000, so 15,300,000 after. Totals 1,877,000,000
   * before and 1,872,324,000 after, a change of -4,676,000 / 1,877,000,000 = -0.249% (-0.25%).
   */
  static ScenarioResult billions() {
    return Results.build("ark", Results.scenario(), List.of(
        new Line("TSLA", "", "Internet", 1_860_000_000, -0.0016),
        new Line("NVDA", "", "Semiconductors", 17_000_000, -0.10)));
  }

  @Test
  void largeTotalsAndTheLastTickFitInsideTheChartAtEverySize() {
    assertThat(AllocationChart.totals(AllocationChart.allocation(billions()), "EUR", ChartTheme.of(Locale.US)))
        .containsExactly("  1,877,000,000 EUR", "  1,872,324,000 EUR (-0.25%)");
    for (int[] size : new int[][] {{800, 500}, {1200, 800}, {1600, 1000}}) {
      JFreeChart chart = AllocationChart.create(billions(), Locale.US);
      Rectangle2D area = Images.drawn(chart, size[0], size[1]).getPlotInfo().getDataArea();
      ValueAxis axis = plot(chart).getRangeAxis();
      Graphics2D g2 = Images.graphics(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));

      double afterEnd = axis.valueToJava2D(1_872_324_000, area, RectangleEdge.BOTTOM)
          + Images.width(g2, "  1,872,324,000 EUR (-0.25%)", ChartTheme.AXIS_LABEL_FONT);
      double beforeEnd = axis.valueToJava2D(1_877_000_000, area, RectangleEdge.BOTTOM)
          + Images.width(g2, "  1,877,000,000 EUR", ChartTheme.AXIS_LABEL_FONT);
      assertThat(afterEnd).as("the After total's end at %dx%d", size[0], size[1]).isLessThanOrEqualTo(area.getMaxX());
      assertThat(beforeEnd).as("the Before total's end at %dx%d", size[0], size[1]).isLessThanOrEqualTo(area.getMaxX());

      List<?> ticks = axis.refreshTicks(g2, new AxisState(), area, RectangleEdge.BOTTOM);
      assertThat(ticks).as("ticks at %dx%d", size[0], size[1]).hasSizeGreaterThanOrEqualTo(3);
      for (Object o : ticks) {
        ValueTick t = (ValueTick) o;
        double x = axis.valueToJava2D(t.getValue(), area, RectangleEdge.BOTTOM);
        double half = Images.width(g2, t.getText(), ChartTheme.TICK_LABEL_FONT) / 2;
        assertThat(x + half).as("right end of tick %s at %dx%d", t.getText(), size[0], size[1])
            .isLessThanOrEqualTo(size[0]);
        assertThat(x - half).as("left end of tick %s", t.getText()).isGreaterThanOrEqualTo(0);
      }
    }
  }

  @Test
  void roomIsKeptBeyondTheLargestValueForTheTotal() {
    // range 0..110, the largest bar 100, 200 px to keep on an axis 1,000 px long: the bar may take
    // 800 px, so the axis runs to 100 / 0.8 = 125
    Range fitted = AmountAxis.fitted(new Range(0, 110), 100, 200, 1_000);
    assertThat(fitted.getLowerBound()).isEqualTo(0);
    assertThat(fitted.getUpperBound()).isCloseTo(125, org.assertj.core.api.Assertions.within(1e-9));
    // already room enough: 0..200 puts 100 at 500 px, 500 px from the end
    assertThat(AmountAxis.fitted(new Range(0, 200), 100, 200, 1_000)).isEqualTo(new Range(0, 200));
    // asking for more than 70% of the axis: the bars keep 30%, 100 / 0.3 = 333.3
    assertThat(AmountAxis.fitted(new Range(0, 110), 100, 900, 1_000).getUpperBound())
        .isCloseTo(333.333, org.assertj.core.api.Assertions.within(1e-3));
    // both ends: -110..20, values -100..10, 100 px to keep at each end of 1,000: 10% each, so the
    // values take 80% and the axis is 110 / 0.8 = 137.5 long, from -100 - 13.75 to 10 + 13.75
    Range both = AmountAxis.fitted(new Range(-110, 20), -100, 100, 10, 100, 1_000);
    assertThat(both.getLowerBound()).isCloseTo(-113.75, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(both.getUpperBound()).isCloseTo(23.75, org.assertj.core.api.Assertions.within(1e-9));
  }
}
