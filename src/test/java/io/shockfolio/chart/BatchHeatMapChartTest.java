package io.shockfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import io.shockfolio.domain.Timing;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class BatchHeatMapChartTest {

  static Scenario scenario(String name, String source) {
    return Scenario.of(name, LocalDate.of(2025, 1, 27), "",
        List.of(Shock.of(ShockTarget.symbol("NVDA"), -0.1, Timing.CLOSE, source)));
  }

  /**
   * The batch of the fixtures in {@code io/shockfolio/batch} (see RunBatchTest): P&amp;L in % of
   * the value before.
   * <pre>
   *           chips     broad
   * alpha    -12.5%    -6.25%      worst -12.5%
   * beta      -8%      -5%         worst  -8%
   * gamma    +10%      -2.5%       worst  -2.5%
   * </pre>
   */
  static BatchHeatMapChart.Matrix threeByTwo() {
    return new BatchHeatMapChart.Matrix(List.of("gamma", "alpha", "beta"),
        List.of(scenario("chips", "test fixture"), scenario("broad", "test fixture")),
        new double[][] {{0.10, -0.025}, {-0.125, -0.0625}, {-0.08, -0.05}}, "sector");
  }

  private static XYPlot plot(JFreeChart chart) {
    return (XYPlot) chart.getPlot();
  }

  private static List<List<Double>> cells(JFreeChart chart) {
    XYZDataset ds = (XYZDataset) plot(chart).getDataset();
    List<List<Double>> out = new ArrayList<>();
    for (int i = 0; ds.getSeriesCount() > 0 && i < ds.getItemCount(0); i++) {
      out.add(List.of(ds.getXValue(0, i), ds.getYValue(0, i), ds.getZValue(0, i)));
    }
    return out;
  }

  private static String labelAt(JFreeChart chart, int x, int y) {
    for (XYAnnotation a : plot(chart).getAnnotations()) {
      XYTextAnnotation t = (XYTextAnnotation) a;
      if (t.getX() == x && t.getY() == y) {
        return t.getText();
      }
    }
    throw new AssertionError("no label at " + x + ", " + y);
  }

  private static List<String> subtitles(JFreeChart chart) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof TextTitle t) {
        texts.add(t.getText());
      }
    }
    return texts;
  }

  @Test
  void rowsArePortfoliosWorstFirstColumnsAreScenariosInInputOrder() {
    JFreeChart chart = BatchHeatMapChart.create(threeByTwo(), Locale.US);

    // worst of each row: alpha -12.5%, beta -8%, gamma -2.5% (its +10% does not count)
    assertThat(((SymbolAxis) plot(chart).getRangeAxis()).getSymbols()).containsExactly("alpha", "beta", "gamma");
    assertThat(((SymbolAxis) plot(chart).getRangeAxis()).isInverted()).as("row 0 at the top").isTrue();
    assertThat(((SymbolAxis) plot(chart).getDomainAxis()).getSymbols()).containsExactly("chips", "broad");
    // x = scenario, y = row, z = P&L as a fraction
    assertThat(cells(chart)).containsExactly(
        List.of(0.0, 0.0, -0.125), List.of(1.0, 0.0, -0.0625),
        List.of(0.0, 1.0, -0.08), List.of(1.0, 1.0, -0.05),
        List.of(0.0, 2.0, 0.10), List.of(1.0, 2.0, -0.025));
  }

  @Test
  void labelsEachCellWithItsSignedPercentInTheLocale() {
    JFreeChart chart = BatchHeatMapChart.create(threeByTwo(), Locale.US);

    assertThat(labelAt(chart, 0, 0)).isEqualTo("-12.50%");
    assertThat(labelAt(chart, 1, 0)).isEqualTo("-6.25%");
    assertThat(labelAt(chart, 0, 2)).isEqualTo("+10.00%");
    assertThat(labelAt(BatchHeatMapChart.create(threeByTwo(), Locale.GERMANY), 0, 0)).isEqualTo("-12,50%");
    assertThat(BatchHeatMapChart.cellLabel(0, Locale.US)).isEqualTo("0.00%");
    assertThat(BatchHeatMapChart.cellLabel(Double.NaN, Locale.US)).isEqualTo("–");
  }

  @Test
  void titleSourcesMethodKeyAndAPercentLegend() {
    JFreeChart chart = BatchHeatMapChart.create(threeByTwo(), Locale.US);

    assertThat(chart.getTitle().getText()).isEqualTo("3 portfolios — 2 scenarios");
    assertThat(subtitles(chart)).containsExactly("Source: test fixture",
        "Each portfolio's P&L in % of its value · model sector", "sorted by each portfolio's largest loss");
    PaintScaleLegend legend = null;
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      Title t = chart.getSubtitle(i);
      if (t instanceof PaintScaleLegend p) {
        legend = p;
      }
    }
    assertThat(legend).isNotNull();
    assertThat(legend.getAxis().getLabel()).isEqualTo("P&L");
    // the largest magnitude shown is alpha's -12.5% under chips
    assertThat(legend.getAxis().getLowerBound()).isEqualTo(-0.125);
    assertThat(legend.getAxis().getUpperBound()).isEqualTo(0.125);
    PaintScale scale = ((XYBlockRenderer) plot(chart).getRenderer()).getPaintScale();
    assertThat(scale.getPaint(-0.125)).isEqualTo(ChartTheme.LOSS);
    assertThat(scale.getPaint(0.125)).isEqualTo(ChartTheme.BEFORE);
    assertThat(scale.getPaint(0)).isEqualTo(Color.WHITE);

    JFreeChart one = BatchHeatMapChart.create(new BatchHeatMapChart.Matrix(List.of("alpha"),
        List.of(scenario("chips", "")), new double[][] {{-0.125}}, "none"), Locale.US);
    assertThat(one.getTitle().getText()).isEqualTo("1 portfolio — chips (2025-01-27)");
    assertThat(subtitles(one)).containsExactly("Each portfolio's P&L in % of its value · the scenario's shocks"
        + " as written, no estimates");
  }

  @Test
  void showsTheFortyWorstPortfoliosAndCountsTheRest() {
    // P<i> loses i% under the one scenario, i = 1..45: the 40 worst are P45 down to P6
    List<String> names = new ArrayList<>();
    double[][] pnl = new double[45][1];
    for (int i = 1; i <= 45; i++) {
      names.add("P" + i);
      pnl[i - 1][0] = -i / 100.0;
    }
    BatchHeatMapChart.Matrix m = new BatchHeatMapChart.Matrix(names, List.of(scenario("s", "x")), pnl, "sector");

    JFreeChart chart = BatchHeatMapChart.create(m, Locale.US);

    String[] rows = ((SymbolAxis) plot(chart).getRangeAxis()).getSymbols();
    assertThat(rows).hasSize(BatchHeatMapChart.MAX_ROWS);
    assertThat(rows[0]).isEqualTo("P45");
    assertThat(rows[39]).isEqualTo("P6");
    assertThat(Arrays.asList(rows)).doesNotContain("P1", "P5");
    assertThat(subtitles(chart)).contains("sorted by each portfolio's largest loss · 5 more portfolios with smaller losses not shown");
    assertThat(chart.getTitle().getText()).isEqualTo("45 portfolios — s (2025-01-27)");
  }

  @Test
  void everyOneOfFortyRowsKeepsItsNameWhenDrawn() {
    List<String> names = new ArrayList<>();
    double[][] pnl = new double[40][1];
    for (int i = 0; i < 40; i++) {
      names.add(String.format("portfolio-%02d", i));
      pnl[i][0] = -0.01;
    }
    JFreeChart chart = BatchHeatMapChart.create(new BatchHeatMapChart.Matrix(names, List.of(scenario("s", "x")),
        pnl, "sector"), Locale.US);
    java.awt.geom.Rectangle2D area = Images.drawn(chart, 1200, 800).getPlotInfo().getDataArea();
    java.awt.Graphics2D g2 = Images.graphics(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));

    List<?> ticks = plot(chart).getRangeAxis().refreshTicks(g2, new org.jfree.chart.axis.AxisState(), area,
        plot(chart).getRangeAxisEdge());

    // all equal: input order, each with its own tick, no label thinned out
    assertThat(ticks).hasSize(40);
    assertThat(((org.jfree.chart.axis.ValueTick) ticks.get(0)).getText()).isEqualTo("portfolio-00");
    // a row is (800 - 200) / 40 = 15 pixels at the layout size: floor(15 / 1.4) = 10-point text
    assertThat(BatchHeatMapChart.cellFont(40).getSize()).isEqualTo(10);
    assertThat(BatchHeatMapChart.cellFont(3).getSize()).isEqualTo(13);
    // and the drawn rows really are about that tall
    assertThat(area.getHeight() / 40).isGreaterThan(13);
  }

  @Test
  void beyondTwelveScenariosKeepsThoseWithTheLargestLossesInInputOrder() {
    // scenario S<k>, k = 0..13, makes the one portfolio lose k%: S0 and S1 lose least and are left out
    List<Scenario> scenarios = new ArrayList<>();
    double[][] pnl = new double[1][14];
    for (int k = 0; k < 14; k++) {
      scenarios.add(scenario("S" + k, "x"));
      pnl[0][k] = -k / 100.0;
    }

    JFreeChart chart = BatchHeatMapChart.create(new BatchHeatMapChart.Matrix(List.of("p"), scenarios, pnl,
        "sector"), Locale.US);

    BatchHeatMapChart.Grid grid = BatchHeatMapChart.grid(new BatchHeatMapChart.Matrix(List.of("p"), scenarios, pnl,
        "sector"));
    assertThat(grid.columns()).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    assertThat(((SymbolAxis) plot(chart).getDomainAxis()).getSymbols()).hasSize(12).startsWith("S2").endsWith("S13");
    assertThat(subtitles(chart)).contains("2 more scenarios with smaller losses not shown");
  }

  @Test
  void aPairThatDidNotRunIsGreyAndSaysSo() {
    BatchHeatMapChart.Matrix m = new BatchHeatMapChart.Matrix(List.of("a", "b"),
        List.of(scenario("s1", "x"), scenario("s2", "x")), new double[][] {{-0.1, Double.NaN}, {-0.05, -0.02}},
        "sector");

    JFreeChart chart = BatchHeatMapChart.create(m, Locale.US);

    assertThat(labelAt(chart, 1, 0)).isEqualTo("–");
    assertThat(((XYBlockRenderer) plot(chart).getRenderer()).getPaintScale().getPaint(Double.NaN))
        .isEqualTo(HeatMapChart.NOT_MOVED);
    assertThat(subtitles(chart)).contains("sorted by each portfolio's largest loss · – did not run");
  }

  @Test
  void refusesAMatrixOfTheWrongShape() {
    assertThatThrownBy(() -> new BatchHeatMapChart.Matrix(List.of("a", "b"), List.of(scenario("s", "x")),
        new double[][] {{-0.1}}, "sector")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BatchHeatMapChart.Matrix(List.of("a"), List.of(scenario("s", "x")),
        new double[][] {{-0.1, 0.2}}, "sector")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void drawsA1200By800PngThatIsNotBlankAndAnSvgWithTheLabelsThatStaysTheSame() {
    JFreeChart chart = BatchHeatMapChart.create(threeByTwo(), Locale.US);

    BufferedImage image = Images.drawnAtDefaultSize(chart);
    assertThat(Images.hasColour(image, ChartTheme.LOSS.getRGB() & 0xFFFFFF)).as("alpha's -12.5% cell").isTrue();
    String svg = BatchHeatMapChart.svg(chart);
    assertThat(svg).contains("3 portfolios — 2 scenarios", "alpha", "gamma", "chips", "broad", "-12.50%", "+10.00%");
    assertThat(BatchHeatMapChart.svg(BatchHeatMapChart.create(threeByTwo(), Locale.US))).isEqualTo(svg);
  }

  @Test
  void noPortfolioShowsTheNoDataMessage() {
    JFreeChart chart = BatchHeatMapChart.create(new BatchHeatMapChart.Matrix(List.of(),
        List.of(scenario("s", "x")), new double[0][], "sector"), Locale.US);

    assertThat(cells(chart)).isEmpty();
    assertThat(BatchHeatMapChart.svg(chart)).contains("No portfolio ran against any scenario");
  }
}
