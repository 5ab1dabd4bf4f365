package io.shockfolio.chart;

import static io.shockfolio.chart.Plots.column;
import static io.shockfolio.chart.Plots.columns;
import static io.shockfolio.chart.Plots.plot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.chart.Results.Estimated;
import io.shockfolio.chart.Results.Line;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.ScenarioResult;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;
import org.junit.jupiter.api.Test;

class PnlByHoldingChartTest {


  private static String subtitle(JFreeChart chart, int i) {
    return ((TextTitle) chart.getSubtitle(i)).getText();
  }

  private static List<Double> values(CategoryDataset ds) {
    List<Double> out = new ArrayList<>();
    for (int c = 0; c < ds.getColumnCount(); c++) {
      out.add(ds.getValue(0, c).doubleValue());
    }
    return out;
  }

  @Test
  void showsEveryMovedHoldingLargestLossFirst() {
    // Results.small(): ASML 10,000 × -0.10 = -1,000; NVDA 5,000 × -0.17 = -850;
    // SHORT -2,000 × -0.17 = +340 (a short gains when the price falls);
    // SAP 4,000 unmatched = 0, so not moved: no bar
    CategoryDataset ds = plot(PnlByHoldingChart.create(Results.small(), Locale.US)).getDataset();

    assertThat(ds.getRowCount()).as("one series, so bars are not offset").isEqualTo(1);
    assertThat(ds.getRowKey(0).toString()).isEqualTo(PnlByHoldingChart.SERIES);
    assertThat(columns(ds)).containsExactly("ASML", "NVDA", "SHORT");
    assertThat(values(ds)).containsExactly(-1_000.0, -850.0, 340.0);
  }

  @Test
  void unmovedHoldingsGetNoBarAndAreCountedInASecondSubtitle() {
    // Results.small(): of the 4 holdings only SAP (4,000, unmatched) has a P&L of 0
    JFreeChart chart = PnlByHoldingChart.create(Results.small(), Locale.US);

    assertThat(columns(plot(chart).getDataset())).doesNotContain("SAP");
    assertThat(chart.getSubtitleCount()).isEqualTo(2);
    assertThat(subtitle(chart, 1)).isEqualTo("1 holding not moved by the scenario, not shown");
    assertThat(PnlByHoldingChart.moved(Results.small()))
        .extracting(i -> i.holding().label())
        .as("portfolio order, SAP left out")
        .containsExactly("ASML", "SHORT", "NVDA");
  }

  @Test
  void countsSeveralUnmovedHoldingsInThePlural() {
    // A -0.10 × 1,000 = -100 moves; B, C and D are unmatched (move 0), so 3 not moved
    ScenarioResult r = Results.build("p", Results.scenario(), List.of(
        new Line("A", "", "", 1_000, -0.10),
        new Line("B", "", "", 2_000, 0),
        new Line("C", "", "", 3_000, 0),
        new Line("D", "", "", 4_000, 0)));

    JFreeChart chart = PnlByHoldingChart.create(r, Locale.US);

    assertThat(columns(plot(chart).getDataset())).containsExactly("A");
    assertThat(subtitle(chart, 1)).isEqualTo("3 holdings not moved by the scenario, not shown");
  }

  @Test
  void aHoldingWhosePnlRoundsToZeroCentsCountsAsNotMoved() {
    // TINY: 0.40 × -0.01 = -0.004, which rounds to 0.00: matched, but its P&L is zero, so no bar;
    // BIG: 1,000 × -0.01 = -10
    ScenarioResult r = Results.build("p", Results.scenario(), List.of(
        new Line("TINY", "", "", 0.40, -0.01),
        new Line("BIG", "", "", 1_000, -0.01)));

    JFreeChart chart = PnlByHoldingChart.create(r, Locale.US);

    assertThat(columns(plot(chart).getDataset())).containsExactly("BIG");
    assertThat(subtitle(chart, 1)).isEqualTo("1 holding not moved by the scenario, not shown");
  }

  @Test
  void aResultWhereNothingMovedHasAnEmptyDatasetAndSaysSo() {
    // SAP 4,000 and SIE 3,000, both unmatched (move 0): P&L 0 each, so neither gets a bar
    ScenarioResult unmoved = Results.build("p", Results.scenario(), List.of(
        new Line("SAP", "SAP SE", "Software", 4_000, 0),
        new Line("SIE", "Siemens", "Industrials", 3_000, 0)));

    JFreeChart chart = PnlByHoldingChart.create(unmoved, Locale.US);

    assertThat(plot(chart).getDataset().getColumnCount()).isZero();
    assertThat(plot(chart).getNoDataMessage()).isEqualTo("No holding moved in this scenario");
    // total P&L 0 of 7,000 = 0.00%
    assertThat(subtitle(chart, 0))
        .isEqualTo("Total P&L 0.00 EUR (0.00%) · the scenario's shocks as written, no estimates");
    assertThat(subtitle(chart, 1)).isEqualTo("2 holdings not moved by the scenario, not shown");
    assertThat(ChartRenderer.png(chart)).isNotEmpty();
  }

  @Test
  void labelsACashLineWithoutATickerByItsCurrency() {
    // a cash line named like a broker's fund, moved by a shock aimed at it:
    // 10,000 × -0.01 = -100; a cash line with a ticker keeps it: 2,000 × -0.02 = -40
    ScenarioResult r = Results.build("p", Results.scenario(), List.of(
        new Line("", "Flatex Money Market Fund EUR (Institutional)", "", 10_000, -0.01, true),
        new Line("XEON", "Xtrackers II EUR Overnight Rate Swap", "", 2_000, -0.02, true)));

    CategoryDataset ds = plot(PnlByHoldingChart.create(r, Locale.US)).getDataset();

    assertThat(columns(ds)).containsExactly("Cash EUR", "XEON");
    assertThat(values(ds)).containsExactly(-100.0, -40.0);
  }

  @Test
  void isHorizontalWithAZeroLineAndTheBaseCurrencyOnTheAxis() {
    CategoryPlot plot = plot(PnlByHoldingChart.create(Results.small(), Locale.US));

    assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
    ValueAxis axis = plot.getRangeAxis();
    assertThat(axis.getLabel()).isEqualTo("P&L (EUR)");
    assertThat(axis.getLowerMargin()).isGreaterThanOrEqualTo(0.1);
    assertThat(axis.getUpperMargin()).isGreaterThanOrEqualTo(0.1);
    @SuppressWarnings("unchecked")
    Collection<Marker> markers = plot.getRangeMarkers(Layer.FOREGROUND);
    assertThat(markers).singleElement().isInstanceOfSatisfying(ValueMarker.class,
        m -> assertThat(m.getValue()).isZero());
  }

  @Test
  void titleNamesPortfolioScenarioAndDateAndSubtitleGivesTheTotal() {
    JFreeChart chart = PnlByHoldingChart.create(Results.small(), Locale.US);

    assertThat(chart.getTitle().getText()).isEqualTo("demo — deepseek-2025-01-27 (2025-01-27)");
    // total -1,000 - 850 + 0 + 340 = -1,510 over 17,000 before = -8.882% → -8.88;
    // the unmoved SAP still counts in the total; model "none" is spelt out
    assertThat(subtitle(chart, 0))
        .isEqualTo("Total P&L -1,510 EUR (-8.88%) · the scenario's shocks as written, no estimates");
  }

  @Test
  void subtitleGivesTheSeverityWhenScaled() {
    // severity 2: ASML 10,000 × -0.20 = -2,000 → -2,000 / 10,000 = -20.00%
    ScenarioResult scaled = Results.build("demo", Results.scenario().scaled(2),
        List.of(new Line("ASML", "", "", 10_000, -0.20)));

    JFreeChart chart = PnlByHoldingChart.create(scaled, Locale.US);

    assertThat(subtitle(chart, 0)).isEqualTo(
        "Total P&L -2,000 EUR (-20.00%) · the scenario's shocks as written, no estimates · severity ×2");
    assertThat(chart.getSubtitleCount()).as("every holding moved, so no count").isEqualTo(1);
  }

  @Test
  void paintsLossesVermillionAndGainsBluishGreen() {
    CategoryPlot plot = plot(PnlByHoldingChart.create(Results.small(), Locale.US));
    BarRenderer r = (BarRenderer) plot.getRenderer();

    // bars: ASML -1,000, NVDA -850, SHORT +340 (SAP, unmoved, has none)
    assertThat(r).isInstanceOf(PnlByHoldingChart.HoldingBarRenderer.class);
    assertThat(r.getItemPaint(0, 0)).as("ASML, a loss").isEqualTo(ChartTheme.LOSS);
    assertThat(r.getItemPaint(0, 1)).as("NVDA, a loss").isEqualTo(ChartTheme.LOSS);
    assertThat(r.getItemPaint(0, 2)).as("SHORT, a gain").isEqualTo(ChartTheme.GAIN);
    assertThat(ChartTheme.LOSS.getRGB() & 0xFFFFFF).isEqualTo(0xD55E00);
    assertThat(ChartTheme.GAIN.getRGB() & 0xFFFFFF).isEqualTo(0x009E73);
  }

  @Test
  void labelsEveryBarWithItsSignedAmount() {
    CategoryPlot plot = plot(PnlByHoldingChart.create(Results.small(), Locale.US));
    BarRenderer r = (BarRenderer) plot.getRenderer();
    CategoryDataset ds = plot.getDataset();

    assertThat(r.getDefaultItemLabelsVisible()).isTrue();
    // bars ASML -1,000, NVDA -850, SHORT +340; the largest amount is 1,000, so whole units
    assertThat(r.getItemLabelGenerator(0, 0).generateLabel(ds, 0, 0)).isEqualTo("-1,000");
    assertThat(r.getItemLabelGenerator(0, 1).generateLabel(ds, 0, 1)).isEqualTo("-850");
    assertThat(r.getItemLabelGenerator(0, 2).generateLabel(ds, 0, 2)).isEqualTo("+340");
  }

  @Test
  void smallAmountsGetTwoDecimalsInTheLocalesFormat() {
    // 1,234.56 × -0.5 = -617.28; 100 × 0.0125 = 1.25: largest under 1,000, so 2 decimals
    ScenarioResult r = Results.build("demo", Results.scenario(), List.of(
        new Line("AAA", "", "", 1_234.56, -0.5),
        new Line("BBB", "", "", 100, 0.0125)));
    CategoryPlot plot = plot(PnlByHoldingChart.create(r, Locale.GERMANY));
    CategoryDataset ds = plot.getDataset();

    assertThat(plot.getRenderer().getItemLabelGenerator(0, 0).generateLabel(ds, 0, 0)).isEqualTo("-617,28");
    assertThat(plot.getRenderer().getItemLabelGenerator(0, 1).generateLabel(ds, 0, 1)).isEqualTo("+1,25");
  }

  @Test
  void beyondTwentyFiveHoldingsShowsTheLargestAndSumsTheRest() {
    // 30 holdings: HOLDi worth 1,000 × i, even i move -1%, odd i +1%, so P&L = ∓10 × i:
    // HOLD1 +10, HOLD2 -20, HOLD3 +30, ..., HOLD30 -300.
    // The 25 largest in magnitude are HOLD6..HOLD30; "others (5)" sums HOLD1..HOLD5:
    // +10 - 20 + 30 - 40 + 50 = +30.
    // Two more holdings, ZERO1 and ZERO2 (unmatched, P&L 0), are left out before the cut, so
    // they neither push a moved holding into "others" nor count in it.
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("ZERO1", "", "", 50_000, 0));
    for (int i = 1; i <= 30; i++) {
      lines.add(new Line("HOLD" + i, "", "", 1_000.0 * i, i % 2 == 0 ? -0.01 : 0.01));
    }
    lines.add(new Line("ZERO2", "", "", 60_000, 0));
    JFreeChart chart = PnlByHoldingChart.create(Results.build("big", Results.scenario(), lines), Locale.US);
    CategoryDataset ds = plot(chart).getDataset();

    assertThat(ds.getColumnCount()).isEqualTo(26);
    // losses from the largest: HOLD30 -300, HOLD28 -280, ..., HOLD6 -60; then gains HOLD7 +70 ... HOLD29 +290
    assertThat(column(ds, 0)).isEqualTo("HOLD30");
    assertThat(ds.getValue(0, 0).doubleValue()).isEqualTo(-300.0);
    assertThat(column(ds, 12)).isEqualTo("HOLD6");
    assertThat(ds.getValue(0, 12).doubleValue()).isEqualTo(-60.0);
    assertThat(column(ds, 13)).isEqualTo("HOLD7");
    assertThat(column(ds, 24)).isEqualTo("HOLD29");
    assertThat(ds.getValue(0, 24).doubleValue()).isEqualTo(290.0);
    assertThat(column(ds, 25)).isEqualTo("others (5)");
    assertThat(ds.getValue(0, 25).doubleValue()).isCloseTo(30.0, within(1e-9));
    assertThat(columns(ds)).doesNotContain("HOLD1", "HOLD2", "HOLD3", "HOLD4", "HOLD5", "ZERO1", "ZERO2");
    assertThat(subtitle(chart, 1)).isEqualTo("2 holdings not moved by the scenario, not shown");
  }

  @Test
  void twentyFiveMovedHoldingsAreAllShownAndUnmovedOnesOnlyCounted() {
    // 28 holdings: H1..H25 move -1%..-25% of 1,000, so -10..-250; Z1..Z3 are unmatched (P&L 0).
    // 28 > MAX_BARS, but only the 25 moved ones compete for bars, so no "others" bar.
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      lines.add(new Line("H" + i, "", "", 1_000, -0.01 * i));
    }
    for (int i = 1; i <= 3; i++) {
      lines.add(new Line("Z" + i, "", "", 1_000, 0));
    }
    JFreeChart chart = PnlByHoldingChart.create(Results.build("p", Results.scenario(), lines), Locale.US);
    CategoryDataset ds = plot(chart).getDataset();

    assertThat(ds.getColumnCount()).isEqualTo(PnlByHoldingChart.MAX_BARS);
    // largest loss first: H25 -250 at the top, H1 -10 at the bottom
    assertThat(column(ds, 0)).isEqualTo("H25");
    assertThat(column(ds, 24)).isEqualTo("H1");
    assertThat(columns(ds)).doesNotContain("Z1", "Z2", "Z3").noneMatch(k -> k.startsWith("others"));
    assertThat(subtitle(chart, 1)).isEqualTo("3 holdings not moved by the scenario, not shown");
  }

  @Test
  void cutsLongLabelsAndKeepsThemUnique() {
    // no symbol or ISIN, so the label is the name; two ASML lines share a symbol
    ScenarioResult r = Results.build("p", Results.scenario(), List.of(
        new Line("", "iShares Core MSCI World UCITS ETF", "", 1_000, -0.10),
        new Line("ASML", "", "", 3_000, -0.10),
        new Line("ASML", "", "", 2_000, -0.10)));
    CategoryDataset ds = plot(PnlByHoldingChart.create(r, Locale.US)).getDataset();

    // -300 (ASML, row 1), -200 (ASML, row 2), -100 (the ETF)
    assertThat(columns(ds)).containsExactly("ASML #1", "ASML #2", "iShares Core MSCI Wor…");
  }

  @Test
  void aResultWithoutHoldingsGivesAnEmptyChart() {
    ScenarioResult empty = Results.build("p", Results.scenario(), List.of());

    JFreeChart chart = PnlByHoldingChart.create(empty, Locale.US);

    assertThat(plot(chart).getDataset().getColumnCount()).isZero();
    assertThat(plot(chart).getNoDataMessage()).isEqualTo("No holding moved in this scenario");
    assertThat(chart.getSubtitleCount()).as("no holding left out, so no count").isEqualTo(1);
    assertThat(ChartRenderer.png(chart)).isNotEmpty();
  }

  // --- reported against estimated moves ---

  /**
   * One reported holding and four estimated ones, every amount in EUR:
   * <ul>
   *   <li>ASML reported: 10,000 × -0.10 = -1,000
   *   <li>GOOG estimated -5%, band -10%..+2%, with a -2% exchange-rate move: P&amp;L
   *       4,000 × ((1 - 0.05)(1 - 0.02) - 1) = 4,000 × (0.931 - 1) = -276; band ends
   *       4,000 × ((1 - 0.10)(0.98) - 1) = 4,000 × -0.118 = -472 and
   *       4,000 × ((1 + 0.02)(0.98) - 1) = 4,000 × -0.0004 = -1.60
   *   <li>BESI estimated -10%, band -20%..-5%: -200; band 2,000 × -0.20 = -400 to 2,000 × -0.05 = -100
   *   <li>IFX estimated -3% by the sector model, no band: 1,000 × -0.03 = -30
   *   <li>SHRT, a short of -1,000, estimated -10%, band -15%..-4%: P&amp;L +100; band ends
   *       -1,000 × -0.15 = +150 and -1,000 × -0.04 = +40, so the band runs from +40 to +150
   * </ul>
   * Chart order by P&amp;L: ASML -1,000, GOOG -276, BESI -200, IFX -30, SHRT +100.
   */
  private static ScenarioResult mixed() {
    return Results.withEstimates("mixed", Results.scenario(),
        List.of(new Line("ASML", "", "", 10_000, -0.10)),
        List.of(
            new Estimated("GOOG", "", "", 4_000, -0.05, -0.10, 0.02, Method.CONDITIONAL, -0.02),
            new Estimated("BESI", 2_000, -0.10, -0.20, -0.05, Method.CONDITIONAL),
            new Estimated("IFX", 1_000, -0.03, Double.NaN, Double.NaN, Method.SECTOR_AVERAGE),
            new Estimated("SHRT", -1_000, -0.10, -0.15, -0.04, Method.CONDITIONAL)));
  }

  private static Double start(IntervalCategoryDataset ds, int c) {
    Number n = ds.getStartValue(0, c);
    return n == null ? null : n.doubleValue();
  }

  private static Double end(IntervalCategoryDataset ds, int c) {
    Number n = ds.getEndValue(0, c);
    return n == null ? null : n.doubleValue();
  }

  @Test
  void estimatedMovesKeepTheirPnlAndOrderAmongTheReportedOnes() {
    CategoryDataset ds = plot(PnlByHoldingChart.create(mixed(), Locale.US)).getDataset();

    // see mixed(): the estimates' P&L compound the price and exchange-rate moves
    assertThat(columns(ds)).containsExactly("ASML", "GOOG", "BESI", "IFX", "SHRT");
    assertThat(values(ds)).containsExactly(-1_000.0, -276.0, -200.0, -30.0, 100.0);
    assertThat(PnlByHoldingChart.bars(mixed()))
        .extracting(PnlByHoldingChart.Bar::estimated)
        .containsExactly(false, true, true, true, true);
  }

  @Test
  void theBandDatasetHoldsThePnlAtTheBandsEndsForBandedEstimatesOnly() {
    CategoryPlot plot = plot(PnlByHoldingChart.create(mixed(), Locale.US));
    IntervalCategoryDataset bands = (IntervalCategoryDataset) plot.getDataset(1);

    assertThat(bands.getRowCount()).isEqualTo(1);
    assertThat(bands.getRowKey(0).toString()).isEqualTo(PnlByHoldingChart.BAND_SERIES);
    assertThat(columns(bands)).as("the bars' categories, in order").containsExactly("ASML", "GOOG", "BESI", "IFX", "SHRT");
    // ASML: reported, no band
    assertThat(start(bands, 0)).isNull();
    assertThat(end(bands, 0)).isNull();
    // GOOG: 4,000 × -0.118 = -472 to 4,000 × -0.0004 = -1.60
    assertThat(start(bands, 1)).isCloseTo(-472.0, within(1e-9));
    assertThat(end(bands, 1)).isCloseTo(-1.60, within(1e-9));
    // BESI: 2,000 × -0.20 = -400 to 2,000 × -0.05 = -100
    assertThat(start(bands, 2)).isCloseTo(-400.0, within(1e-9));
    assertThat(end(bands, 2)).isCloseTo(-100.0, within(1e-9));
    // IFX: estimated without a band
    assertThat(start(bands, 3)).isNull();
    assertThat(end(bands, 3)).isNull();
    // SHRT, short: the band's lower move gives the higher P&L, -1,000 × -0.15 = +150
    assertThat(start(bands, 4)).isCloseTo(40.0, within(1e-9));
    assertThat(end(bands, 4)).isCloseTo(150.0, within(1e-9));
    assertThat(plot.getRenderer(1)).isInstanceOf(PnlByHoldingChart.BandRenderer.class);
  }

  @Test
  void bandPnlCompoundsTheBandsEndsWithTheExchangeRateMove() {
    HoldingImpact goog = mixed().impacts().stream()
        .filter(i -> i.holding().label().equals("GOOG")).findFirst().orElseThrow();
    HoldingImpact asml = mixed().impacts().get(0);

    // 4,000 × ((0.90)(0.98) - 1) = 4,000 × (0.882 - 1) = -472; 4,000 × ((1.02)(0.98) - 1) = -1.60
    assertThat(PnlByHoldingChart.bandPnl(goog)).containsExactly(-472.0, -1.60);
    assertThat(PnlByHoldingChart.bandPnl(asml)).containsExactly(Double.NaN, Double.NaN);
  }

  @Test
  void theValueAxisReachesTheBandsEnds() {
    // one estimate: 1,000 × -0.05 = -50, band 1,000 × -0.40 = -400 to 1,000 × +0.30 = +300;
    // the bar alone would give an axis of about -57.5..+7.5
    ScenarioResult r = Results.withEstimates("p", Results.scenario(), List.of(),
        List.of(new Estimated("WIDE", 1_000, -0.05, -0.40, 0.30, Method.CONDITIONAL)));
    JFreeChart chart = PnlByHoldingChart.create(r, Locale.US);
    ChartRenderer.png(chart);

    ValueAxis axis = plot(chart).getRangeAxis();
    assertThat(axis.getLowerBound()).isLessThanOrEqualTo(-400.0);
    assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(300.0);
  }

  @Test
  void estimatedBarsAreATintOfTheSignColourWithASolidOutline() {
    BarRenderer r = (BarRenderer) plot(PnlByHoldingChart.create(mixed(), Locale.US)).getRenderer();

    // ASML, reported loss: solid vermillion, no outline
    assertThat(r.getItemPaint(0, 0)).isEqualTo(ChartTheme.LOSS);
    assertThat(r.getItemOutlineStroke(0, 0)).isNull();
    // GOOG, estimated loss: 35% of vermillion (213, 94, 0) on white:
    // 213 × 0.35 + 255 × 0.65 = 240.3, 94 × 0.35 + 165.75 = 198.65, 0 + 165.75 → (240, 199, 166)
    assertThat(r.getItemPaint(0, 1)).isEqualTo(new Color(240, 199, 166));
    assertThat(r.getItemOutlinePaint(0, 1)).isEqualTo(ChartTheme.LOSS);
    assertThat(r.getItemOutlineStroke(0, 1)).isNotNull();
    assertThat(r.isDrawBarOutline()).as("on, though the theme turns outlines off").isTrue();
    // IFX, estimated without a band, still looks estimated
    assertThat(r.getItemOutlineStroke(0, 3)).isNotNull();
    // SHRT, estimated gain: (0, 158, 115) → 165.75, 55.3 + 165.75 = 221.05, 40.25 + 165.75 = 206
    assertThat(r.getItemPaint(0, 4)).isEqualTo(new Color(166, 221, 206));
    assertThat(r.getItemOutlinePaint(0, 4)).isEqualTo(ChartTheme.GAIN);
  }

  @Test
  void theLegendExplainsBothLooksWhenBothAreShown() {
    JFreeChart chart = PnlByHoldingChart.create(mixed(), Locale.US);
    LegendItemCollection items = plot(chart).getLegendItems();

    assertThat(chart.getLegend()).isNotNull();
    assertThat(items.getItemCount()).isEqualTo(2);
    assertThat(items.get(0).getLabel()).isEqualTo("Reported move");
    assertThat(items.get(0).isShapeOutlineVisible()).isFalse();
    assertThat(items.get(1).getLabel()).isEqualTo("Estimated move (90% band)");
    assertThat(items.get(1).isShapeOutlineVisible()).isTrue();
    assertThat(items.get(1).isLineVisible()).as("a whisker for the band").isTrue();
    // the swatches look like the loss bars: solid vermillion for reported, and for estimated the
    // tint worked out above, (240, 199, 166), with a vermillion outline
    assertThat(items.get(0).getFillPaint()).isEqualTo(ChartTheme.LOSS);
    assertThat(items.get(1).getFillPaint()).isEqualTo(new Color(240, 199, 166));
    assertThat(items.get(1).getOutlinePaint()).isEqualTo(ChartTheme.LOSS);
  }

  @Test
  void withGainsOnlyTheLegendSwatchesAreGreen() {
    // SHRT, a short of -1,000 the beta model moves -5%: -1,000 × -0.05 = +50; LONG 2,000 reported
    // +1% = +20: gains only
    ScenarioResult r = Results.withEstimates("p", Results.scenario(),
        List.of(new Line("LONG", "", "", 2_000, 0.01)),
        List.of(new Estimated("SHRT", -1_000, -0.05, Double.NaN, Double.NaN, Method.BETA)));
    LegendItemCollection items = plot(PnlByHoldingChart.create(r, Locale.US)).getLegendItems();

    assertThat(values(plot(PnlByHoldingChart.create(r, Locale.US)).getDataset())).allMatch(v -> v > 0);
    // (0, 158, 115) tinted: 166, 221, 206, as above
    assertThat(items.get(0).getFillPaint()).isEqualTo(ChartTheme.GAIN);
    assertThat(items.get(1).getFillPaint()).isEqualTo(new Color(166, 221, 206));
    assertThat(items.get(1).getOutlinePaint()).isEqualTo(ChartTheme.GAIN);
  }

  @Test
  void onlyReportedMovesGetNoLegendAndNoBands() {
    JFreeChart chart = PnlByHoldingChart.create(Results.small(), Locale.US);

    assertThat(chart.getLegend()).isNull();
    assertThat(plot(chart).getDataset(1)).isNull();
    assertThat(PnlByHoldingChart.bars(Results.small())).noneMatch(PnlByHoldingChart.Bar::estimated);
  }

  @Test
  void onlyBandlessEstimatesGetAnEstimatedLegendWithoutBandAndNoBands() {
    // IFX 1,000 × -0.03 = -30 and INFN 500 × -0.04 = -20, both by the sector model, no band
    ScenarioResult r = Results.withEstimates("p", Results.scenario(), List.of(), List.of(
        new Estimated("IFX", 1_000, -0.03, Double.NaN, Double.NaN, Method.SECTOR_AVERAGE),
        new Estimated("INFN", 500, -0.04, Double.NaN, Double.NaN, Method.SECTOR_AVERAGE)));
    JFreeChart chart = PnlByHoldingChart.create(r, Locale.US);
    LegendItemCollection items = plot(chart).getLegendItems();

    assertThat(values(plot(chart).getDataset())).containsExactly(-30.0, -20.0);
    assertThat(plot(chart).getDataset(1)).as("no band to draw").isNull();
    assertThat(items.getItemCount()).as("no reported move shown").isEqualTo(1);
    assertThat(items.get(0).getLabel()).isEqualTo("Estimated move");
    assertThat(items.get(0).isLineVisible()).isFalse();
  }

  @Test
  void theOthersBarHasNoBandAndIsMarkedEstimatedWhenItHoldsAnEstimate() {
    // 25 reported holdings Ri of 1,000 × i moving -1%: -10 × i, so -10..-250;
    // BIG estimated: 100,000 × -0.01 = -1,000 (band -2%..0%: -2,000 to 0), the largest;
    // SMALL estimated: 100 × -0.01 = -1 (band -3%..+1%), the smallest.
    // The 25 largest are BIG and R2..R25; "others (2)" sums R1 -10 and SMALL -1 = -11.
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      lines.add(new Line("R" + i, "", "", 1_000.0 * i, -0.01));
    }
    ScenarioResult r = Results.withEstimates("p", Results.scenario(), lines, List.of(
        new Estimated("BIG", 100_000, -0.01, -0.02, 0.0, Method.CONDITIONAL),
        new Estimated("SMALL", 100, -0.01, -0.03, 0.01, Method.CONDITIONAL)));
    JFreeChart chart = PnlByHoldingChart.create(r, Locale.US);
    IntervalCategoryDataset bands = (IntervalCategoryDataset) plot(chart).getDataset(1);
    List<PnlByHoldingChart.Bar> bars = PnlByHoldingChart.bars(r);

    PnlByHoldingChart.Bar others = bars.get(bars.size() - 1);
    assertThat(others.label()).isEqualTo("others (2)");
    assertThat(others.pnl()).isCloseTo(-11.0, within(1e-9));
    assertThat(others.estimated()).as("SMALL is in it").isTrue();
    assertThat(others.hasBand()).isFalse();
    assertThat(start(bands, 25)).isNull();
    // BIG heads the chart with its band: 100,000 × -0.02 = -2,000 to 100,000 × 0 = 0
    assertThat(Plots.column(bands, 0)).isEqualTo("BIG");
    assertThat(start(bands, 0)).isCloseTo(-2_000.0, within(1e-9));
    assertThat(end(bands, 0)).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void theChartWithEstimatesRendersTheTintAndTheLegend() throws Exception {
    JFreeChart chart = PnlByHoldingChart.create(mixed(), Locale.US);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartRenderer.png(chart)));
    String svg = ChartRenderer.svg(chart);

    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(800);
    // the estimated losses' tint (240, 199, 166), worked out above, fills some pixels
    int tint = new Color(240, 199, 166).getRGB();
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) == tint) {
          count++;
        }
      }
    }
    assertThat(count).isGreaterThan(100);
    assertThat(svg).contains("Reported move", "Estimated move (90% band)", "GOOG", "-276");
  }
}
