package io.shockfolio.chart;

import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.Money;
import io.shockfolio.domain.ScenarioResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A horizontal bar chart of each holding's P&amp;L in the base currency, the largest loss at the top
 * and the largest gain at the bottom. Losses are vermillion, gains bluish green, and each bar is
 * labelled with its signed amount. Beyond {@value #MAX_BARS} holdings the chart shows the
 * {@value #MAX_BARS} largest moves (by magnitude) and one last bar, {@code others (N)}, for the rest.
 * Holdings the scenario did not move get no bar; a subtitle counts them.
 */
public final class PnlByHoldingChart {

  /** The most holdings shown as bars of their own. */
  public static final int MAX_BARS = 25;

  /** The key of the dataset's one series. */
  public static final String SERIES = "P&L";

  private PnlByHoldingChart() {}

  /** One bar: its category label and P&amp;L in the base currency. */
  record Bar(String label, double pnl) {}

  /** The chart for {@code result}, with numbers in {@code locale}'s format. */
  public static JFreeChart create(ScenarioResult result, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    ChartTheme theme = ChartTheme.of(locale);

    List<Bar> bars = bars(result);
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    double min = 0;
    double max = 0;
    for (Bar b : bars) {
      dataset.addValue(b.pnl(), SERIES, b.label());
      min = Math.min(min, b.pnl());
      max = Math.max(max, b.pnl());
    }
    double maxAbs = Math.max(-min, max);

    CategoryAxis categoryAxis = new CategoryAxis(null);
    categoryAxis.setMaximumCategoryLabelLines(1);
    categoryAxis.setMaximumCategoryLabelWidthRatio(0.3f);
    categoryAxis.setCategoryMargin(0.25);
    categoryAxis.setLowerMargin(0.02);
    categoryAxis.setUpperMargin(0.02);

    NumberAxis valueAxis = new NumberAxis("P&L (" + result.baseCurrency() + ")");
    valueAxis.setAutoRangeIncludesZero(true);
    valueAxis.setAutoRangeMinimumSize(1);
    // room at both ends for the labels drawn beyond the longest bars
    valueAxis.setLowerMargin(0.15);
    valueAxis.setUpperMargin(0.15);
    theme.amountTicks(valueAxis, min, max, 12);

    SignedBarRenderer renderer = new SignedBarRenderer();
    renderer.setMaximumBarWidth(0.07);
    renderer.setItemMargin(0);
    renderer.setDefaultItemLabelGenerator(new SignedLabelGenerator(locale, maxAbs));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setItemLabelInsets(new RectangleInsets(5, 5, 5, 5));
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setDefaultNegativeItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));

    CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.addRangeMarker(
        new ValueMarker(0, ChartTheme.ZERO_LINE, ChartTheme.ZERO_LINE_STROKE), Layer.FOREGROUND);

    plot.setNoDataMessage("No holding moved in this scenario");
    JFreeChart chart = new JFreeChart(null, ChartTheme.TITLE_FONT, plot, false);
    ChartText.titled(chart, result, locale);
    int still = result.impacts().size() - moved(result).size();
    if (still > 0) {
      chart.addSubtitle(new TextTitle(still + (still == 1 ? " holding" : " holdings")
          + " not moved by the scenario, not shown"));
    }
    return theme.apply(chart);
  }

  /** The holdings whose P&amp;L is not zero, in portfolio order. */
  static List<HoldingImpact> moved(ScenarioResult result) {
    return result.impacts().stream().filter(i -> i.pnl() != 0).toList();
  }

  /**
   * The bars in chart order, for holdings that moved: every holding when there are at most {@value #MAX_BARS}, else the
   * {@value #MAX_BARS} largest by magnitude and a last {@code others (N)} bar with the rest's sum.
   * Sorted from the largest loss to the largest gain; ties keep portfolio order.
   */
  static List<Bar> bars(ScenarioResult result) {
    List<HoldingImpact> impacts = moved(result);
    List<HoldingImpact> shown;
    List<HoldingImpact> rest;
    if (impacts.size() <= MAX_BARS) {
      shown = new ArrayList<>(impacts);
      rest = List.of();
    } else {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < impacts.size(); i++) {
        order.add(i);
      }
      // largest magnitude first; ties keep portfolio order (the sort is stable)
      order.sort(Comparator.comparingDouble((Integer i) -> Math.abs(impacts.get(i).pnl())).reversed());
      List<Integer> top = new ArrayList<>(order.subList(0, MAX_BARS));
      top.sort(Comparator.naturalOrder());
      shown = top.stream().map(impacts::get).toList();
      List<Integer> others = new ArrayList<>(order.subList(MAX_BARS, order.size()));
      others.sort(Comparator.naturalOrder());
      rest = others.stream().map(impacts::get).toList();
    }
    shown = new ArrayList<>(shown);
    shown.sort(Comparator.comparingDouble(HoldingImpact::pnl));

    List<String> raw = new ArrayList<>();
    shown.forEach(i -> raw.add(i.holding().label()));
    if (!rest.isEmpty()) {
      raw.add("others (" + rest.size() + ")");
    }
    List<String> labels = ChartText.uniqueLabels(raw);

    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      bars.add(new Bar(labels.get(i), shown.get(i).pnl()));
    }
    if (!rest.isEmpty()) {
      long cents = 0;
      for (HoldingImpact i : rest) {
        cents += Money.toCents(i.pnl());
      }
      bars.add(new Bar(labels.get(labels.size() - 1), Money.fromCents(cents)));
    }
    return bars;
  }
}
