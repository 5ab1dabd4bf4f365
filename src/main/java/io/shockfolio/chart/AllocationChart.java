package io.shockfolio.chart;

import io.shockfolio.domain.Breakdown;
import io.shockfolio.domain.Money;
import io.shockfolio.domain.ScenarioResult;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.CategorySeriesLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The portfolio's allocation by sector before and after the scenario: two horizontal bars,
 * "Before" and "After", each stacked from its sectors' values in the base currency, largest sector
 * first, in the theme's category colours. The bars are in absolute values, so the After bar is
 * shorter by the loss (longer by a gain) and the shift between sectors shows as well; the shares
 * are written on each segment of at least {@value #MIN_LABEL_SHARE_PERCENT}% of its bar, and the
 * legend gives every sector's share before and after ({@code Semiconductors 32.5% → 29.8%}). Each
 * bar ends in its total.
 *
 * <p>Beyond {@value #MAX_SEGMENTS} sectors the chart shows the {@code MAX_SEGMENTS - 1} largest (by
 * value before) and gathers the rest in {@code Other sectors (N)}, drawn grey. Short positions are
 * netted within their sector (the result's breakdown already does so); a sector whose net value
 * before is not positive, or whose value after is negative, cannot be a segment of a bar and is
 * left out of both bars and named in a note under the title, with its values, so the bars add up
 * the other sectors.
 */
public final class AllocationChart {

  public static final String BEFORE = "Before";
  public static final String AFTER = "After";

  /** The most segments in a bar, the last gathering the smaller sectors when there are more. */
  public static final int MAX_SEGMENTS = 7;

  /** A segment is labelled with its share when it is at least this many percent of its bar. */
  public static final int MIN_LABEL_SHARE_PERCENT = 4;

  /** The most left-out sectors the note names. */
  static final int NOTE_SECTORS = 3;

  /** Sector names are cut beyond this many characters. */
  public static final int LABEL_LENGTH = 30;

  /** Pixels kept free after the total written beyond the longer bar. */
  static final double TOTAL_GAP = 12;

  static final Font SEGMENT_LABEL_FONT = new Font(ChartTheme.FONT_FAMILY, Font.PLAIN, 14);

  private AllocationChart() {}

  /**
   * One sector, or the gathered rest, as a segment of both bars.
   *
   * @param label the legend label's name, cut and unique
   * @param before the value before, in the base currency
   * @param after the value after
   * @param sectors how many of the result's sectors the segment stands for
   */
  record Segment(String label, double before, double after, int sectors) {}

  /**
   * What the bars show: the segments, largest first and the gathered rest last, and the sectors
   * left out for a value that is not positive.
   */
  record Allocation(List<Segment> segments, List<Breakdown> leftOut) {

    double totalBefore() {
      return Money.fromCents(segments.stream().mapToLong(s -> Money.toCents(s.before())).sum());
    }

    double totalAfter() {
      return Money.fromCents(segments.stream().mapToLong(s -> Money.toCents(s.after())).sum());
    }
  }

  /** The chart for {@code result}, with numbers in {@code locale}'s format. */
  public static JFreeChart create(ScenarioResult result, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    ChartTheme theme = ChartTheme.of(locale);

    Allocation allocation = allocation(result);
    List<Segment> segments = allocation.segments();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (Segment s : segments) {
      dataset.addValue(s.before(), s.label(), BEFORE);
      dataset.addValue(s.after(), s.label(), AFTER);
    }
    double totalBefore = allocation.totalBefore();
    double totalAfter = allocation.totalAfter();
    double max = Math.max(totalBefore, totalAfter);

    CategoryAxis categoryAxis = new CategoryAxis(null);
    categoryAxis.setCategoryMargin(0.3);
    categoryAxis.setLowerMargin(0.08);
    categoryAxis.setUpperMargin(0.08);

    AmountAxis valueAxis = new AmountAxis("Value (" + result.baseCurrency() + ")");
    valueAxis.setAutoRangeIncludesZero(true);
    valueAxis.setAutoRangeMinimumSize(1);
    valueAxis.setLowerMargin(0);
    valueAxis.setUpperMargin(0.05);
    theme.amountTicks(valueAxis, 0, max, 10);

    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setMaximumBarWidth(0.4);
    boolean gathered = gathered(allocation);
    for (int i = 0; i < segments.size(); i++) {
      Color colour = colour(i, segments.size(), gathered);
      renderer.setSeriesPaint(i, colour);
      renderer.setSeriesItemLabelPaint(i, labelPaint(colour));
    }
    renderer.setDefaultItemLabelGenerator(new ShareLabelGenerator(locale));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
    renderer.setLegendItemLabelGenerator(new LegendLabelGenerator(locale));

    CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setNoDataMessage("No sector with a positive value");
    if (!segments.isEmpty()) {
      List<String> totals = totals(allocation, result.baseCurrency(), theme);
      plot.addAnnotation(total(BEFORE, totalBefore, totals.get(0)));
      plot.addAnnotation(total(AFTER, totalAfter, totals.get(1)));
      // room after the longer bar for the wider total, whatever the size the chart is drawn at
      double room = Math.max(AmountAxis.width(totals.get(0), ChartTheme.AXIS_LABEL_FONT),
          AmountAxis.width(totals.get(1), ChartTheme.AXIS_LABEL_FONT));
      valueAxis.reserveBeyond(max, room + TOTAL_GAP);
    }

    JFreeChart chart = new JFreeChart(null, ChartTheme.TITLE_FONT, plot, true);
    ChartText.titled(chart, result, locale);
    chart.addSubtitle(new TextTitle("Allocation by sector, before and after the scenario"));
    String note = note(allocation.leftOut(), result.baseCurrency(), theme.amountFormat(max));
    if (!note.isEmpty()) {
      chart.addSubtitle(new TextTitle(note));
    }
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    theme.apply(chart);
    // after the theme: larger than its defaults, as there are only two bars
    renderer.setDefaultItemLabelFont(SEGMENT_LABEL_FONT);
    categoryAxis.setTickLabelFont(ChartTheme.AXIS_LABEL_FONT);
    return chart;
  }

  private static boolean gathered(Allocation allocation) {
    List<Segment> s = allocation.segments();
    return !s.isEmpty() && s.get(s.size() - 1).sectors() > 1;
  }

  /** Segment {@code i}'s colour: the theme's category colours, grey for the gathered rest. */
  static Color colour(int i, int count, boolean gathered) {
    if (gathered && i == count - 1) {
      return ChartTheme.NEUTRAL;
    }
    return ChartTheme.categoryColor(i);
  }

  /** Dark text on light segments, white on dark ones. */
  static Paint labelPaint(Color background) {
    double luminance = (0.299 * background.getRed() + 0.587 * background.getGreen()
        + 0.114 * background.getBlue()) / 255;
    return luminance < 0.5 ? Color.WHITE : ChartTheme.TEXT;
  }

  /**
   * The texts written after the bars, as drawn (two spaces first): {@code "  110,061 EUR"} and
   * {@code "  103,224 EUR (-6.21%)"}.
   */
  static List<String> totals(Allocation allocation, String currency, ChartTheme theme) {
    double before = allocation.totalBefore();
    double after = allocation.totalAfter();
    NumberFormat amounts = theme.amountFormat(Math.max(before, after));
    String move = before == 0 ? "" : " (" + theme.signedPercent((after - before) / before) + "%)";
    return List.of("  " + amounts.format(before) + " " + currency,
        "  " + amounts.format(after) + " " + currency + move);
  }

  private static CategoryTextAnnotation total(String bar, double value, String text) {
    CategoryTextAnnotation a = new CategoryTextAnnotation(text, bar, value);
    a.setCategoryAnchor(CategoryAnchor.MIDDLE);
    a.setTextAnchor(TextAnchor.CENTER_LEFT);
    a.setFont(ChartTheme.AXIS_LABEL_FONT);
    a.setPaint(ChartTheme.TEXT);
    return a;
  }

  /**
   * {@code "Not in the bars, for a net value not above zero: Hedges (-1,500 EUR before, -1,365 after)"},
   * naming at most {@value #NOTE_SECTORS} sectors and counting the rest ({@code " and 2 more"}),
   * in the chart's amount format {@code f}, or empty when every sector is in the bars.
   */
  static String note(List<Breakdown> leftOut, String currency, NumberFormat f) {
    if (leftOut.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (Breakdown b : leftOut.subList(0, Math.min(NOTE_SECTORS, leftOut.size()))) {
      parts.add(ChartText.truncate(b.key(), LABEL_LENGTH) + " (" + f.format(b.valueBefore()) + " "
          + currency + " before, " + f.format(b.valueAfter()) + " after)");
    }
    String more = leftOut.size() > NOTE_SECTORS ? " and " + (leftOut.size() - NOTE_SECTORS) + " more" : "";
    return "Not in the bars, for a net value not above zero: " + String.join(", ", parts) + more;
  }

  /**
   * The segments: every sector with a positive value before and a value after not below zero,
   * largest value before first; beyond {@value #MAX_SEGMENTS} of them the
   * {@code MAX_SEGMENTS - 1} largest and {@code Other sectors (N)} with the rest summed to the cent.
   */
  static Allocation allocation(ScenarioResult result) {
    List<Breakdown> positive = new ArrayList<>();
    List<Breakdown> leftOut = new ArrayList<>();
    // the result's breakdown is sorted by value before, largest first
    for (Breakdown b : result.bySector()) {
      if (b.valueBefore() > 0 && b.valueAfter() >= 0) {
        positive.add(b);
      } else {
        leftOut.add(b);
      }
    }
    List<Breakdown> shown = positive;
    List<Breakdown> rest = List.of();
    if (positive.size() > MAX_SEGMENTS) {
      shown = positive.subList(0, MAX_SEGMENTS - 1);
      rest = positive.subList(MAX_SEGMENTS - 1, positive.size());
    }
    List<String> raw = new ArrayList<>();
    shown.forEach(b -> raw.add(b.key()));
    if (!rest.isEmpty()) {
      raw.add("Other sectors (" + rest.size() + ")");
    }
    List<String> labels = ChartText.uniqueLabels(raw, LABEL_LENGTH);
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      Breakdown b = shown.get(i);
      segments.add(new Segment(labels.get(i), b.valueBefore(), b.valueAfter(), 1));
    }
    if (!rest.isEmpty()) {
      long before = 0;
      long after = 0;
      for (Breakdown b : rest) {
        before += Money.toCents(b.valueBefore());
        after += Money.toCents(b.valueAfter());
      }
      segments.add(new Segment(labels.get(labels.size() - 1), Money.fromCents(before),
          Money.fromCents(after), rest.size()));
    }
    return new Allocation(List.copyOf(segments), List.copyOf(leftOut));
  }

  /** {@code value} as a share of its bar's total, a fraction; 0 for an empty bar. */
  static double share(CategoryDataset dataset, int row, int column) {
    Number v = dataset.getValue(row, column);
    double total = 0;
    for (int r = 0; r < dataset.getRowCount(); r++) {
      Number x = dataset.getValue(r, column);
      total += x == null ? 0 : x.doubleValue();
    }
    return v == null || total <= 0 ? 0 : v.doubleValue() / total;
  }

  /** A share with one decimal: {@code 32.5%}. */
  static String percent(double fraction, Locale locale) {
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    f.setMinimumFractionDigits(1);
    f.setMaximumFractionDigits(1);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(java.math.BigDecimal.valueOf(fraction).movePointRight(2).doubleValue()) + "%";
  }

  /**
   * Labels a segment with its share of the bar, {@code 32.5%}, when it is at least
   * {@value #MIN_LABEL_SHARE_PERCENT}% of it, so the label fits; nothing on narrower segments.
   */
  static final class ShareLabelGenerator extends StandardCategoryItemLabelGenerator {

    private static final long serialVersionUID = 1L;

    private final Locale locale;

    ShareLabelGenerator(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      double share = share(dataset, row, column);
      return share * 100 < MIN_LABEL_SHARE_PERCENT ? null : percent(share, locale);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ShareLabelGenerator g && g.locale.equals(locale);
    }

    @Override
    public int hashCode() {
      return locale.hashCode();
    }
  }

  /** Names a sector in the legend with its share before and after: {@code Semiconductors 32.5% → 29.8%}. */
  static final class LegendLabelGenerator implements CategorySeriesLabelGenerator, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final Locale locale;

    LegendLabelGenerator(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int series) {
      int before = dataset.getColumnIndex(BEFORE);
      int after = dataset.getColumnIndex(AFTER);
      return dataset.getRowKey(series) + " " + percent(share(dataset, series, before), locale)
          + " → " + percent(share(dataset, series, after), locale);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof LegendLabelGenerator g && g.locale.equals(locale);
    }

    @Override
    public int hashCode() {
      return locale.hashCode();
    }
  }
}
