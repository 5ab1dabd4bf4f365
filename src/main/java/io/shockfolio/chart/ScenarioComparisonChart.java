package io.shockfolio.chart;

import io.shockfolio.domain.Breakdown;
import io.shockfolio.domain.Money;
import io.shockfolio.domain.ScenarioResult;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategorySeriesLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Several scenarios side by side on one portfolio: a horizontal grouped bar chart of each sector's
 * P&amp;L in the base currency, one bar per scenario, the sector with the largest loss in any
 * scenario at the top, as in {@link BreakdownChart}. Each scenario has its own colour; the legend gives its total P&amp;L and percentage, so the
 * totals, which would dwarf the sectors, need no bar. Up to {@value #LABEL_BARS_UP_TO} scenarios
 * the bars are labelled with their signed amounts, when drawn at least {@value #MIN_LABELLED_BAR}
 * pixels thick (else the labels would run into each other).
 *
 * <p>Sectors that no scenario moves get no bars (a subtitle counts them). Beyond
 * {@value #MAX_SECTORS} moved sectors the chart keeps the {@value #MAX_SECTORS} with the largest
 * P&amp;L in any scenario and sums the rest into a last {@code others (N)} group.
 */
public final class ScenarioComparisonChart {

  /** The most sectors shown as groups of their own. */
  public static final int MAX_SECTORS = 10;

  /** Bars carry their amount when there are at most this many scenarios. */
  public static final int LABEL_BARS_UP_TO = 4;

  /** Bars thinner than this, in pixels, are not labelled: their labels would overlap. */
  static final double MIN_LABELLED_BAR = 11;

  /** Sector names are cut beyond this many characters. */
  static final int SECTOR_LABEL_LENGTH = 30;

  private ScenarioComparisonChart() {}

  /**
   * One group of bars: its category label and its P&amp;L in each scenario, in the order of the
   * results.
   */
  record Group(String label, List<Double> pnl) {}

  /**
   * The chart comparing {@code results}, with numbers in {@code locale}'s format.
   *
   * @throws IllegalArgumentException when there is no result
   */
  public static JFreeChart create(List<ScenarioResult> results, Locale locale) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(locale, "locale");
    if (results.isEmpty()) {
      throw new IllegalArgumentException("Expected at least one scenario result, but found none");
    }
    ChartTheme theme = ChartTheme.of(locale);

    List<String> series = seriesNames(results);
    List<Group> groups = groups(results);
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    double min = 0;
    double max = 0;
    for (Group g : groups) {
      for (int s = 0; s < series.size(); s++) {
        double v = g.pnl().get(s);
        dataset.addValue(v, series.get(s), g.label());
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    double maxAbs = Math.max(-min, max);
    boolean labelled = results.size() <= LABEL_BARS_UP_TO;

    CategoryAxis categoryAxis = new CategoryAxis(null);
    categoryAxis.setMaximumCategoryLabelLines(1);
    categoryAxis.setMaximumCategoryLabelWidthRatio(0.3f);
    categoryAxis.setCategoryMargin(groups.size() > 1 ? (results.size() > 2 ? 0.2 : 0.3) : 0);
    categoryAxis.setLowerMargin(0.02);
    categoryAxis.setUpperMargin(0.02);

    NumberAxis valueAxis = new NumberAxis("P&L (" + results.get(0).baseCurrency() + ")");
    valueAxis.setAutoRangeIncludesZero(true);
    valueAxis.setAutoRangeMinimumSize(1);
    // room at both ends for the labels drawn beyond the longest bars
    double labelRoom = labelled ? 0.16 : 0.05;
    valueAxis.setLowerMargin(labelRoom);
    valueAxis.setUpperMargin(labelRoom);
    theme.amountTicks(valueAxis, min, max, 12);

    BarRenderer renderer = new ComparisonBarRenderer();
    for (int s = 0; s < series.size(); s++) {
      renderer.setSeriesPaint(s, ChartTheme.categoryColor(s));
    }
    renderer.setItemMargin(0.02);
    renderer.setMaximumBarWidth(0.06);
    renderer.setLegendItemLabelGenerator(new SeriesLabels(legendLabels(results, locale)));
    if (labelled) {
      ChartTheme.labelBeyondBarEnds(renderer, new SignedLabelGenerator(locale, maxAbs), 4);
    }

    CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartTheme.valueAxisBelowWithZeroLine(plot);
    plot.setNoDataMessage(results.size() == 1
        ? "No sector moved in this scenario" : "No sector moved in any of the scenarios");

    JFreeChart chart = new JFreeChart(null, ChartTheme.TITLE_FONT, plot, true);
    ChartText.titled(chart, results, locale);
    int still = sectorsNotMoved(results);
    if (still > 0) {
      chart.addSubtitle(new TextTitle(still + (still == 1 ? " sector" : " sectors")
          + " not moved by " + (results.size() == 1 ? "the scenario" : "any scenario")
          + ", not shown"));
    }
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.TOP);
    return theme.apply(chart);
  }

  /**
   * Each result's scenario name, followed by {@code " ×2"} when its moves were scaled; a name
   * that would appear twice gets its 1-based position appended ({@code " #2"}).
   */
  static List<String> seriesNames(List<ScenarioResult> results) {
    List<String> raw = new ArrayList<>();
    for (ScenarioResult r : results) {
      double severity = r.scenario().severity();
      String name = r.scenario().name();
      raw.add(severity == 1.0 ? name : name + " ×" + ChartTheme.of(Locale.ROOT).plain(severity));
    }
    int longest = raw.stream().mapToInt(s -> s.codePointCount(0, s.length())).max().orElse(1);
    return ChartText.uniqueLabels(raw, longest + 4);
  }

  /**
   * The legend's words for each result: {@code "deepseek-2025-01-27: -4,411 EUR (-4.60%)"}, the
   * scenario's total P&amp;L and its share of the portfolio.
   */
  static List<String> legendLabels(List<ScenarioResult> results, Locale locale) {
    ChartTheme theme = ChartTheme.of(locale);
    List<String> names = seriesNames(results);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      ScenarioResult r = results.get(i);
      out.add(names.get(i) + ": " + theme.signedAmount(r.pnl()) + " " + r.baseCurrency()
          + " (" + theme.signedPercent(r.pnlPct()) + "%)");
    }
    return out;
  }

  /** Every sector of any result, largest value before first; ties keep the order first seen. */
  static List<String> sectors(List<ScenarioResult> results) {
    Map<String, Double> before = new LinkedHashMap<>();
    for (ScenarioResult r : results) {
      for (Breakdown b : r.bySector()) {
        before.putIfAbsent(b.key(), b.valueBefore());
      }
    }
    List<String> keys = new ArrayList<>(before.keySet());
    keys.sort(Comparator.comparingDouble((String k) -> before.get(k)).reversed());
    return keys;
  }

  /** Each sector's P&amp;L in each result (0 where a result lacks the sector), in {@link #sectors} order. */
  private static Map<String, long[]> pnlCents(List<ScenarioResult> results) {
    Map<String, long[]> out = new LinkedHashMap<>();
    for (String s : sectors(results)) {
      out.put(s, new long[results.size()]);
    }
    for (int i = 0; i < results.size(); i++) {
      for (Breakdown b : results.get(i).bySector()) {
        out.get(b.key())[i] = Money.toCents(b.pnl());
      }
    }
    return out;
  }

  private static boolean moved(long[] cents) {
    for (long c : cents) {
      if (c != 0) {
        return true;
      }
    }
    return false;
  }

  private static long largest(long[] cents) {
    long m = 0;
    for (long c : cents) {
      m = Math.max(m, Math.abs(c));
    }
    return m;
  }

  /** The lowest P&amp;L across the scenarios: the largest loss, or the smallest gain. */
  private static long worst(long[] cents) {
    long m = Long.MAX_VALUE;
    for (long c : cents) {
      m = Math.min(m, c);
    }
    return m;
  }

  /** How many sectors no result moves. */
  static int sectorsNotMoved(List<ScenarioResult> results) {
    return (int) pnlCents(results).values().stream().filter(c -> !moved(c)).count();
  }

  /**
   * The groups in chart order (top to bottom): sectors some scenario moves, by their worst P&amp;L
   * across the scenarios, the largest loss first (ties: the larger value before first). Beyond
   * {@value #MAX_SECTORS} of them, the {@value #MAX_SECTORS} with the largest P&amp;L in magnitude in
   * any scenario keep their group and a last {@code others (N)} group sums the rest, scenario by
   * scenario.
   */
  static List<Group> groups(List<ScenarioResult> results) {
    Map<String, long[]> all = pnlCents(results);
    List<String> moved = all.keySet().stream().filter(k -> moved(all.get(k))).toList();
    List<String> shown;
    List<String> rest;
    if (moved.size() <= MAX_SECTORS) {
      shown = moved;
      rest = List.of();
    } else {
      List<String> bySize = new ArrayList<>(moved);
      // largest magnitude first; ties keep value order (the sort is stable)
      bySize.sort(Comparator.comparingLong((String k) -> largest(all.get(k))).reversed());
      List<String> top = bySize.subList(0, MAX_SECTORS);
      shown = moved.stream().filter(top::contains).toList();
      rest = moved.stream().filter(k -> !top.contains(k)).toList();
    }
    // the largest loss first; stable, so ties keep the value order
    shown = new ArrayList<>(shown);
    shown.sort(Comparator.comparingLong((String k) -> worst(all.get(k))));
    List<String> raw = new ArrayList<>(shown);
    if (!rest.isEmpty()) {
      raw.add("others (" + rest.size() + ")");
    }
    List<String> labels = ChartText.uniqueLabels(raw, SECTOR_LABEL_LENGTH);
    List<Group> out = new ArrayList<>();
    for (int g = 0; g < shown.size(); g++) {
      out.add(new Group(labels.get(g), amounts(all.get(shown.get(g)))));
    }
    if (!rest.isEmpty()) {
      long[] sum = new long[results.size()];
      for (String k : rest) {
        long[] c = all.get(k);
        for (int i = 0; i < sum.length; i++) {
          sum[i] += c[i];
        }
      }
      out.add(new Group(labels.get(labels.size() - 1), amounts(sum)));
    }
    return out;
  }

  private static List<Double> amounts(long[] cents) {
    List<Double> out = new ArrayList<>(cents.length);
    for (long c : cents) {
      out.add(Money.fromCents(c));
    }
    return out;
  }

  /** Grouped bars whose labels show only when the bars are drawn thick enough to part them. */
  static final class ComparisonBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;

    // the thickness of the bars in the current drawing
    private transient double barWidth = Double.NaN;

    @Override
    public void drawItem(java.awt.Graphics2D g2, org.jfree.chart.renderer.category.CategoryItemRendererState state,
        java.awt.geom.Rectangle2D dataArea, CategoryPlot plot, CategoryAxis domainAxis,
        org.jfree.chart.axis.ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
      barWidth = state.getBarWidth();
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    }

    /** As set, and only while the bars drawn are at least {@value #MIN_LABELLED_BAR} pixels thick. */
    @Override
    public boolean isItemLabelVisible(int row, int column) {
      return super.isItemLabelVisible(row, column) && !(barWidth < MIN_LABELLED_BAR);
    }
  }

  /** The legend's label of each series, by position. */
  static final class SeriesLabels implements CategorySeriesLabelGenerator, Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> labels;

    SeriesLabels(List<String> labels) {
      this.labels = List.copyOf(labels);
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int series) {
      return series < labels.size() ? labels.get(series) : dataset.getRowKey(series).toString();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof SeriesLabels s && s.labels.equals(labels);
    }

    @Override
    public int hashCode() {
      return labels.hashCode();
    }
  }
}
