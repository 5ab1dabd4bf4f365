package io.shockfolio.chart;

import io.shockfolio.domain.Breakdown;
import io.shockfolio.domain.Money;
import io.shockfolio.domain.ScenarioResult;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The result broken down by sector, currency or country: two panels side by side that share the
 * groups, the left one each group's P&amp;L in the base currency, the right one its move, the P&amp;L
 * as a percentage of the group's value before (of its size, so a group of short positions that
 * gains moves up). Bars are vermillion for losses and bluish green for gains, and each is labelled
 * with its signed amount or percentage.
 *
 * <p>Groups are sorted by P&amp;L, the largest loss at the top, since the chart answers "where did
 * the money go"; ties keep the larger group first. Beyond {@value #MAX_GROUPS} groups the chart
 * shows the {@value #MAX_GROUPS} largest by value before (in magnitude) and a last group,
 * {@code others (N)}, with the rest's summed value and P&amp;L, its move being that P&amp;L over the
 * summed value.
 */
public final class BreakdownChart {

  /** What the holdings are grouped by. */
  public enum Dimension {
    SECTOR("sector", "sectors"),
    CURRENCY("currency", "currencies"),
    COUNTRY("country", "countries");

    private final String singular;
    private final String plural;

    Dimension(String singular, String plural) {
      this.singular = singular;
      this.plural = plural;
    }

    /** The dimension in words: {@code sector}. */
    public String singular() {
      return singular;
    }

    /** The plural in words: {@code sectors}. */
    public String plural() {
      return plural;
    }

    List<Breakdown> of(ScenarioResult result) {
      return switch (this) {
        case SECTOR -> result.bySector();
        case CURRENCY -> result.byCurrency();
        case COUNTRY -> result.byCountry();
      };
    }
  }

  /** The most groups shown on their own. */
  public static final int MAX_GROUPS = 15;

  /** Group names are cut beyond this many characters. */
  public static final int LABEL_LENGTH = 30;

  /** The key of the P&amp;L panel's one series. */
  public static final String PNL = "P&L";

  /** The key of the move panel's one series. */
  public static final String MOVE = "Move";

  /** Pixels between a bar's end and its label. */
  static final double LABEL_INSET = 4;

  private BreakdownChart() {}

  /**
   * One group as drawn.
   *
   * @param label the category label, cut and unique
   * @param valueBefore the group's value before, in the base currency
   * @param pnl the group's P&amp;L in the base currency
   * @param holdings how many holdings the group has
   * @param groups how many of the result's groups this one stands for: 1, or more for {@code others}
   */
  record Group(String label, double valueBefore, double pnl, int holdings, int groups) {

    /** The P&amp;L as a fraction of the size of the value before; 0 for a group worth nothing. */
    double move() {
      return valueBefore == 0 ? 0 : pnl / Math.abs(valueBefore);
    }
  }

  /** The chart for {@code result} broken down {@code by}, with numbers in {@code locale}'s format. */
  public static JFreeChart create(ScenarioResult result, Dimension by, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(locale, "locale");
    ChartTheme theme = ChartTheme.of(locale);

    List<Group> groups = groups(result, by);
    DefaultCategoryDataset pnls = new DefaultCategoryDataset();
    DefaultCategoryDataset moves = new DefaultCategoryDataset();
    double minPnl = 0;
    double maxPnl = 0;
    double minMove = 0;
    double maxMove = 0;
    boolean zero = false;
    for (Group g : groups) {
      zero |= g.pnl() == 0;
      pnls.addValue(g.pnl(), PNL, g.label());
      moves.addValue(g.move(), MOVE, g.label());
      minPnl = Math.min(minPnl, g.pnl());
      maxPnl = Math.max(maxPnl, g.pnl());
      minMove = Math.min(minMove, g.move());
      maxMove = Math.max(maxMove, g.move());
    }

    AmountAxis pnlAxis = new AmountAxis("P&L (" + result.baseCurrency() + ")");
    labelRoom(pnlAxis, minPnl, maxPnl, zero, 1);
    theme.amountTicks(pnlAxis, minPnl, maxPnl, 6);
    CategoryItemLabelGenerator pnlLabels = new SignedLabelGenerator(locale, Math.max(-minPnl, maxPnl));
    // and, however narrow the panel is drawn, room for the labels beyond the bars
    pnlAxis.reserveForLabels(pnls, pnlLabels, ChartTheme.ITEM_LABEL_FONT, LABEL_INSET);
    CategoryPlot pnlPlot = panel(pnls, pnlAxis, pnlLabels);

    AmountAxis moveAxis = new AmountAxis("Move (% of value before)");
    labelRoom(moveAxis, minMove, maxMove, zero, 0.01);
    percentTicks(moveAxis, minMove, maxMove, 6, locale);
    CategoryItemLabelGenerator moveLabels = new MoveLabelGenerator(locale);
    moveAxis.reserveForLabels(moves, moveLabels, ChartTheme.ITEM_LABEL_FONT, LABEL_INSET);
    CategoryPlot movePlot = panel(moves, moveAxis, moveLabels);

    CategoryAxis categoryAxis = new CategoryAxis(null);
    categoryAxis.setMaximumCategoryLabelLines(1);
    categoryAxis.setMaximumCategoryLabelWidthRatio(0.25f);
    categoryAxis.setCategoryMargin(0.3);
    categoryAxis.setLowerMargin(0.02);
    categoryAxis.setUpperMargin(0.02);

    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(categoryAxis);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setGap(24);
    plot.add(pnlPlot, 1);
    plot.add(movePlot, 1);
    plot.setNoDataMessage("No holdings");

    JFreeChart chart = new JFreeChart(null, ChartTheme.TITLE_FONT, plot, false);
    ChartText.titled(chart, result, locale);
    chart.addSubtitle(new TextTitle(subtitle(result, by, groups)));
    return theme.apply(chart);
  }

  /** {@code "P&L and move by sector"}, telling how many groups were summed when some were. */
  static String subtitle(ScenarioResult result, Dimension by, List<Group> groups) {
    String s = "P&L and move by " + by.singular();
    int all = by.of(result).size();
    if (all > groups.size()) {
      int summed = groups.get(groups.size() - 1).groups();
      s += " · the " + (groups.size() - 1) + " largest of " + all + " " + by.plural()
          + " by value, the other " + summed + " summed";
    }
    return s;
  }

  /** One panel: horizontal signed bars, labelled beyond their ends, with a line at zero. */
  private static CategoryPlot panel(CategoryDataset dataset, NumberAxis axis,
      CategoryItemLabelGenerator labels) {
    SignedBarRenderer renderer = new SignedBarRenderer();
    renderer.setMaximumBarWidth(0.08);
    renderer.setItemMargin(0);
    ChartTheme.labelBeyondBarEnds(renderer, labels, LABEL_INSET);

    CategoryPlot plot = new CategoryPlot(dataset, null, axis, renderer);
    ChartTheme.valueAxisBelowWithZeroLine(plot);
    return plot;
  }

  /**
   * Room beyond the longest bars for their labels, on the sides where there are bars; a bar of zero
   * is labelled on the right.
   */
  private static void labelRoom(NumberAxis axis, double min, double max, boolean zero, double minimumSpan) {
    axis.setAutoRangeIncludesZero(true);
    axis.setAutoRangeMinimumSize(minimumSpan);
    // else the margins stop at zero, leaving no room for the label of a bar of zero
    axis.setAutoRangeStickyZero(false);
    axis.setLowerMargin(min < 0 ? 0.22 : 0.04);
    axis.setUpperMargin(max > 0 || zero ? 0.22 : 0.04);
  }

  /**
   * Round percentage ticks on an axis of fractions, as {@link ChartTheme#amountTicks} does for
   * amounts: {@code -10%}, {@code -5%}, {@code 0%}, with a decimal only for steps such as 2.5%.
   */
  static void percentTicks(NumberAxis axis, double dataMin, double dataMax, int maxTicks, Locale locale) {
    double span = Math.max(dataMax, 0) - Math.min(dataMin, 0);
    span *= 1 + axis.getLowerMargin() + axis.getUpperMargin();
    double stepPct = ChartTheme.tickStep(span * 100, maxTicks);
    int decimals = stepPct == Math.rint(stepPct) ? 0 : (stepPct * 10 == Math.rint(stepPct * 10) ? 1 : 2);
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    f.setRoundingMode(RoundingMode.HALF_UP);
    NumberFormat percent = new PercentFormat(f);
    axis.setNumberFormatOverride(percent);
    axis.setTickUnit(new NumberTickUnit(stepPct / 100, percent), false, true);
  }

  /**
   * The groups in chart order: the largest loss first, ties by value before; beyond
   * {@value #MAX_GROUPS} groups the {@value #MAX_GROUPS} largest by value before (in magnitude) and
   * a last {@code others (N)} with the rest summed to the cent.
   */
  static List<Group> groups(ScenarioResult result, Dimension by) {
    List<Breakdown> all = by.of(result);
    List<Breakdown> shown = new ArrayList<>(all);
    List<Breakdown> rest = List.of();
    if (all.size() > MAX_GROUPS) {
      // stable: equal sizes keep the result's order, largest value first
      shown.sort(Comparator.comparingDouble((Breakdown b) -> Math.abs(b.valueBefore())).reversed());
      rest = shown.subList(MAX_GROUPS, shown.size());
      shown = new ArrayList<>(shown.subList(0, MAX_GROUPS));
    }
    shown.sort(Comparator.comparingDouble(Breakdown::pnl)
        .thenComparing(Comparator.comparingDouble(Breakdown::valueBefore).reversed()));

    List<String> raw = new ArrayList<>();
    shown.forEach(b -> raw.add(b.key()));
    if (!rest.isEmpty()) {
      raw.add("others (" + rest.size() + ")");
    }
    List<String> labels = ChartText.uniqueLabels(raw, LABEL_LENGTH);

    List<Group> out = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      Breakdown b = shown.get(i);
      out.add(new Group(labels.get(i), b.valueBefore(), b.pnl(), b.holdings(), 1));
    }
    if (!rest.isEmpty()) {
      long value = 0;
      long pnl = 0;
      int holdings = 0;
      for (Breakdown b : rest) {
        value += Money.toCents(b.valueBefore());
        pnl += Money.toCents(b.pnl());
        holdings += b.holdings();
      }
      out.add(new Group(labels.get(labels.size() - 1), Money.fromCents(value), Money.fromCents(pnl),
          holdings, rest.size()));
    }
    return out;
  }

  /** Labels a move bar with its signed percentage, {@code -7.19%}. */
  static final class MoveLabelGenerator extends StandardCategoryItemLabelGenerator {

    private static final long serialVersionUID = 1L;

    private final Locale locale;

    MoveLabelGenerator(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      Number v = dataset.getValue(row, column);
      return v == null ? null : ChartTheme.of(locale).signedPercent(v.doubleValue()) + "%";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MoveLabelGenerator g && g.locale.equals(locale);
    }

    @Override
    public int hashCode() {
      return locale.hashCode();
    }
  }

  /** Formats a fraction as a percentage with the given number format: 0.05 as {@code 5%}. */
  static final class PercentFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    private final NumberFormat number;

    PercentFormat(NumberFormat number) {
      this.number = number;
    }

    @Override
    public StringBuffer format(double value, StringBuffer to, java.text.FieldPosition pos) {
      double pct = java.math.BigDecimal.valueOf(value).movePointRight(2).doubleValue();
      String body = number.format(pct);
      if (body.equals(number.format(0)) || body.equals(number.format(-0.0))) {
        body = number.format(0);
      }
      return to.append(body).append('%');
    }

    @Override
    public StringBuffer format(long value, StringBuffer to, java.text.FieldPosition pos) {
      return format((double) value, to, pos);
    }

    @Override
    public Number parse(String source, java.text.ParsePosition pos) {
      return number.parse(source.replace("%", ""), pos);
    }
  }
}
