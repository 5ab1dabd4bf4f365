package io.shockfolio.chart;

import static io.shockfolio.chart.Plots.column;
import static io.shockfolio.chart.Plots.columns;
import static io.shockfolio.chart.Plots.plot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.chart.Results.Line;
import io.shockfolio.domain.ScenarioResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
    assertThat(r).isInstanceOf(SignedBarRenderer.class);
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
}
