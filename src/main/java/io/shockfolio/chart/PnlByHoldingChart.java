package io.shockfolio.chart;

import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.Money;
import io.shockfolio.domain.ScenarioResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;

/**
 * A horizontal bar chart of each holding's P&amp;L in the base currency, the largest loss at the top
 * and the largest gain at the bottom. Losses are vermillion, gains bluish green, and each bar is
 * labelled with its signed amount. Beyond {@value #MAX_BARS} holdings the chart shows the
 * {@value #MAX_BARS} largest moves (by magnitude) and one last bar, {@code others (N)}, for the rest.
 * Holdings the scenario did not move get no bar; a subtitle counts them.
 *
 * <p>A move the news reported is drawn as a solid bar. A move a model estimated is drawn in a light
 * tint of the same colour with a solid outline, and its 90% band, when the model gives one, as a
 * whisker with end caps: the P&amp;L at each end of the band. A legend explains the two looks when
 * an estimated move is shown.
 */
public final class PnlByHoldingChart {

  /** The most holdings shown as bars of their own. */
  public static final int MAX_BARS = 25;

  /** The key of the dataset's one series. */
  public static final String SERIES = "P&L";

  /** The key of the band dataset's one series. */
  public static final String BAND_SERIES = "90% band";

  /** The legend's words for a move the news reported. */
  public static final String REPORTED_LABEL = "Reported move";

  /** The legend's words for a move a model estimated, when some estimate has a band. */
  public static final String ESTIMATED_LABEL = "Estimated move (90% band)";

  /** The legend's words for a move a model estimated, when no estimate shown has a band. */
  public static final String ESTIMATED_NO_BAND_LABEL = "Estimated move";

  /** How much of the sign colour an estimated bar's fill keeps; the rest is white. */
  static final float ESTIMATED_TINT = 0.35f;

  static final Stroke ESTIMATED_OUTLINE = new BasicStroke(1.5f);

  static final Stroke BAND_STROKE = new BasicStroke(1.5f);

  /** The whisker's colour. */
  static final Color BAND_COLOR = ChartTheme.TEXT;

  private PnlByHoldingChart() {}

  /**
   * One bar: its category label, P&amp;L in the base currency, whether a model estimated the move
   * (for {@code others}: whether any of its holdings' moves was estimated) and, for an estimate
   * with a band, the P&amp;L at the band's ends ({@code bandLow ≤ bandHigh}; both {@code NaN}
   * when there is no band).
   */
  record Bar(String label, double pnl, boolean estimated, double bandLow, double bandHigh) {

    /** A reported bar, without a band. */
    Bar(String label, double pnl) {
      this(label, pnl, false, Double.NaN, Double.NaN);
    }

    boolean hasBand() {
      return !Double.isNaN(bandLow) && !Double.isNaN(bandHigh);
    }
  }

  /** The chart for {@code result}, with numbers in {@code locale}'s format. */
  public static JFreeChart create(ScenarioResult result, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    ChartTheme theme = ChartTheme.of(locale);

    List<Bar> bars = bars(result);
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    double min = 0;
    double max = 0;
    double maxAbs = 0;
    boolean anyEstimated = false;
    boolean anyBand = false;
    boolean anyReported = false;
    boolean anyLoss = false;
    for (Bar b : bars) {
      dataset.addValue(b.pnl(), SERIES, b.label());
      min = Math.min(min, b.pnl());
      max = Math.max(max, b.pnl());
      maxAbs = Math.max(maxAbs, Math.abs(b.pnl()));
      anyEstimated |= b.estimated();
      anyReported |= !b.estimated();
      anyLoss |= b.pnl() < 0;
      if (b.hasBand()) {
        anyBand = true;
        min = Math.min(min, b.bandLow());
        max = Math.max(max, b.bandHigh());
      }
    }

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

    HoldingBarRenderer renderer = new HoldingBarRenderer(bars);
    renderer.setMaximumBarWidth(0.07);
    renderer.setItemMargin(0);
    ChartTheme.labelBeyondBarEnds(renderer, new SignedLabelGenerator(locale, maxAbs), 5);

    CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartTheme.valueAxisBelowWithZeroLine(plot);
    if (anyBand) {
      plot.setDataset(1, bands(bars));
      plot.setRenderer(1, new BandRenderer());
      // the whiskers over the bars
      plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }

    plot.setNoDataMessage("No holding moved in this scenario");
    JFreeChart chart = new JFreeChart(null, ChartTheme.TITLE_FONT, plot, anyEstimated);
    if (anyEstimated) {
      plot.setFixedLegendItems(legendItems(anyReported, anyBand, anyLoss ? ChartTheme.LOSS : ChartTheme.GAIN));
      LegendTitle legend = chart.getLegend();
      legend.setPosition(RectangleEdge.TOP);
    }
    ChartText.titled(chart, result, locale);
    int still = result.impacts().size() - movedCount(result);
    if (still > 0) {
      chart.addSubtitle(new TextTitle(still + (still == 1 ? " holding" : " holdings")
          + " not moved by the scenario, not shown"));
    }
    return theme.apply(chart);
  }

  /**
   * Holdings split into the {@code max} largest by P&amp;L magnitude and the rest, each in portfolio
   * order; ties keep portfolio order.
   */
  record Largest(List<HoldingImpact> shown, List<HoldingImpact> rest) {}

  static Largest largest(List<HoldingImpact> impacts, int max) {
    if (impacts.size() <= max) {
      return new Largest(impacts, List.of());
    }
    // the P&Ls without making the impacts, when the list is a view of a result's columns
    java.util.function.IntToDoubleFunction pnl = impacts instanceof ImpactView v ? v::pnl
        : i -> impacts.get(i).pnl();
    // largest magnitude first, ties in portfolio order: the least of minus the magnitude, picked in
    // one pass, so a million holdings are not sorted to find thirty
    boolean[] top = new boolean[impacts.size()];
    int[] best = io.shockfolio.domain.Ranking.least(impacts.size(), max, i -> -Math.abs(pnl.applyAsDouble(i)),
        i -> true);
    for (int i : best) {
      top[i] = true;
    }
    List<HoldingImpact> shown = new ArrayList<>(max);
    int[] others = new int[impacts.size() - best.length];
    int o = 0;
    for (int i = 0; i < impacts.size(); i++) {
      if (top[i]) {
        shown.add(impacts.get(i));
      } else {
        others[o++] = i;
      }
    }
    List<HoldingImpact> rest = impacts instanceof ImpactView v ? v.select(others)
        : java.util.Arrays.stream(others).mapToObj(impacts::get).toList();
    return new Largest(List.copyOf(shown), rest);
  }

  /** The holdings whose P&amp;L is not zero, in portfolio order, made only when asked for. */
  static List<HoldingImpact> moved(ScenarioResult result) {
    io.shockfolio.domain.Impacts impacts = result.impacts();
    int[] positions = new int[movedCount(result)];
    int k = 0;
    for (int i = 0; i < impacts.size(); i++) {
      if (impacts.pnl(i) != 0) {
        positions[k++] = i;
      }
    }
    return new ImpactView(impacts, positions);
  }

  /** How many holdings have a P&amp;L that is not zero. */
  static int movedCount(ScenarioResult result) {
    io.shockfolio.domain.Impacts impacts = result.impacts();
    int n = 0;
    for (int i = 0; i < impacts.size(); i++) {
      if (impacts.pnl(i) != 0) {
        n++;
      }
    }
    return n;
  }

  /**
   * The bars in chart order, for holdings that moved: every holding when there are at most {@value #MAX_BARS}, else the
   * {@value #MAX_BARS} largest by magnitude and a last {@code others (N)} bar with the rest's sum.
   * Sorted from the largest loss to the largest gain; ties keep portfolio order.
   */
  static List<Bar> bars(ScenarioResult result) {
    Largest split = largest(moved(result), MAX_BARS);
    List<HoldingImpact> rest = split.rest();
    List<HoldingImpact> shown = new ArrayList<>(split.shown());
    shown.sort(Comparator.comparingDouble(HoldingImpact::pnl));

    List<String> raw = new ArrayList<>();
    shown.forEach(i -> raw.add(i.holding().label()));
    if (!rest.isEmpty()) {
      raw.add("others (" + rest.size() + ")");
    }
    List<String> labels = ChartText.uniqueLabels(raw);

    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      HoldingImpact impact = shown.get(i);
      double[] band = bandPnl(impact);
      bars.add(new Bar(labels.get(i), impact.pnl(), impact.isEstimated(), band[0], band[1]));
    }
    if (!rest.isEmpty()) {
      long cents = 0;
      boolean estimated = false;
      if (rest instanceof ImpactView v) {
        for (int k = 0; k < v.size(); k++) {
          cents += Money.toCents(v.pnl(k));
          estimated |= v.isEstimated(k);
        }
      } else {
        for (HoldingImpact i : rest) {
          cents += Money.toCents(i.pnl());
          estimated |= i.isEstimated();
        }
      }
      bars.add(new Bar(labels.get(labels.size() - 1), Money.fromCents(cents), estimated, Double.NaN, Double.NaN));
    }
    return bars;
  }

  /**
   * The P&amp;L at the ends of an estimated move's 90% band, lower first: the value before times
   * the band's end compounded with the exchange-rate move, {@code before × ((1 + end)(1 + fx) - 1)},
   * rounded to the cent. Both {@code NaN} when the move was reported or the estimate has no band.
   */
  static double[] bandPnl(HoldingImpact impact) {
    if (!impact.isEstimated() || !impact.estimate().hasBand()) {
      return new double[] {Double.NaN, Double.NaN};
    }
    Estimate e = impact.estimate();
    double a = Money.times(impact.valueBefore(), Money.compound(e.lower(), impact.fxMove()));
    double b = Money.times(impact.valueBefore(), Money.compound(e.upper(), impact.fxMove()));
    // a short position gains at the band's lower end
    return new double[] {Math.min(a, b), Math.max(a, b)};
  }

  /** The band dataset: one series, the bars' categories in order, no interval where a bar has no band. */
  static DefaultIntervalCategoryDataset bands(List<Bar> bars) {
    int n = bars.size();
    Number[][] starts = new Number[1][n];
    Number[][] ends = new Number[1][n];
    Comparable<?>[] keys = new Comparable<?>[n];
    for (int i = 0; i < n; i++) {
      Bar b = bars.get(i);
      keys[i] = b.label();
      if (b.hasBand()) {
        starts[0][i] = b.bandLow();
        ends[0][i] = b.bandHigh();
      }
    }
    return new DefaultIntervalCategoryDataset(new Comparable<?>[] {BAND_SERIES}, keys, starts, ends);
  }

  /**
   * The legend: the reported look when a reported bar is shown, then the estimated look, both in
   * {@code colour}, the loss colour when a loss is shown (else the gain colour), so the swatches look
   * like the bars: solid for a reported move, a light tint with an outline for an estimated one.
   */
  static LegendItemCollection legendItems(boolean reported, boolean band, Color colour) {
    Shape swatch = new Rectangle2D.Double(-7, -5, 14, 10);
    LegendItemCollection items = new LegendItemCollection();
    if (reported) {
      items.add(new LegendItem(REPORTED_LABEL, null, null, null, true, swatch, true, colour,
          false, colour, ESTIMATED_OUTLINE, false, swatch, BAND_STROKE, BAND_COLOR));
    }
    Path2D.Double whisker = new Path2D.Double();
    whisker.moveTo(-12, 0);
    whisker.lineTo(12, 0);
    whisker.moveTo(-12, -4);
    whisker.lineTo(-12, 4);
    whisker.moveTo(12, -4);
    whisker.lineTo(12, 4);
    items.add(new LegendItem(band ? ESTIMATED_LABEL : ESTIMATED_NO_BAND_LABEL, null, null, null,
        true, swatch, true, tint(colour), true, colour, ESTIMATED_OUTLINE,
        band, whisker, BAND_STROKE, BAND_COLOR));
    return items;
  }

  /** {@code c} mixed with white, keeping {@value #ESTIMATED_TINT} of it. */
  static Color tint(Color c) {
    float k = ESTIMATED_TINT;
    return new Color(
        Math.round(c.getRed() * k + 255 * (1 - k)),
        Math.round(c.getGreen() * k + 255 * (1 - k)),
        Math.round(c.getBlue() * k + 255 * (1 - k)));
  }

  /**
   * Paints each bar by its sign, a reported move solid and an estimated one in a light tint with a
   * solid outline, and puts the label of a bar with a band beyond the band's end.
   */
  static final class HoldingBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;

    private final List<Bar> bars;

    // where the current pass draws, for placing the labels beyond the bands
    private transient Rectangle2D dataArea;
    private transient ValueAxis rangeAxis;
    private transient RectangleEdge rangeEdge;

    HoldingBarRenderer(List<Bar> bars) {
      this.bars = List.copyOf(bars);
    }

    /** Whether the bar in {@code column} shows a move a model estimated. */
    boolean isEstimated(int column) {
      return column >= 0 && column < bars.size() && bars.get(column).estimated();
    }

    private Color signColor(int column) {
      return (Color) ChartTheme.paintFor(column >= 0 && column < bars.size() ? bars.get(column).pnl() : 0);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      Color c = signColor(column);
      return isEstimated(column) ? tint(c) : c;
    }

    @Override
    public Paint getItemOutlinePaint(int row, int column) {
      return signColor(column);
    }

    /** An outline for the estimated bars only. */
    @Override
    public Stroke getItemOutlineStroke(int row, int column) {
      return isEstimated(column) ? ESTIMATED_OUTLINE : null;
    }

    /** Always on: the theme turns bar outlines off, and {@link #getItemOutlineStroke} picks the bars. */
    @Override
    public boolean isDrawBarOutline() {
      return true;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
        CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
        int row, int column, int pass) {
      this.dataArea = dataArea;
      this.rangeAxis = rangeAxis;
      this.rangeEdge = plot.getRangeAxisEdge();
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    }

    @Override
    protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column,
        CategoryPlot plot, CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
      Rectangle2D around = bar;
      if (column < bars.size() && bars.get(column).hasBand() && rangeAxis != null) {
        Bar b = bars.get(column);
        double lo = rangeAxis.valueToJava2D(b.bandLow(), dataArea, rangeEdge);
        double hi = rangeAxis.valueToJava2D(b.bandHigh(), dataArea, rangeEdge);
        around = bar.getBounds2D();
        if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
          around.add(lo, bar.getCenterY());
          around.add(hi, bar.getCenterY());
        } else {
          around.add(bar.getCenterX(), lo);
          around.add(bar.getCenterX(), hi);
        }
      }
      super.drawItemLabel(g2, data, row, column, plot, generator, around, negative);
    }
  }

  /** Draws each interval of an {@link IntervalCategoryDataset} as a whisker with end caps, centred on its category. */
  static final class BandRenderer extends AbstractCategoryItemRenderer {

    private static final long serialVersionUID = 1L;

    /** The caps' length as a fraction of the category's width, and at most in pixels. */
    static final double CAP_FRACTION = 0.3;

    static final double MAX_CAP = 12;

    BandRenderer() {
      setDefaultPaint(BAND_COLOR);
      setDefaultStroke(BAND_STROKE);
      setAutoPopulateSeriesPaint(false);
      setAutoPopulateSeriesStroke(false);
    }

    /** The range the intervals cover, so the axis takes in the bands' ends. */
    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
      return findRangeBounds(dataset, true);
    }

    /** None: the chart's legend is fixed. */
    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
      return null;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
        CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
        int row, int column, int pass) {
      if (!(dataset instanceof IntervalCategoryDataset d)) {
        return;
      }
      Number start = d.getStartValue(row, column);
      Number end = d.getEndValue(row, column);
      if (start == null || end == null) {
        return;
      }
      RectangleEdge domainEdge = plot.getDomainAxisEdge();
      RectangleEdge rangeEdge = plot.getRangeAxisEdge();
      int count = dataset.getColumnCount();
      double middle = domainAxis.getCategoryMiddle(column, count, dataArea, domainEdge);
      double width = domainAxis.getCategoryEnd(column, count, dataArea, domainEdge)
          - domainAxis.getCategoryStart(column, count, dataArea, domainEdge);
      double cap = Math.min(MAX_CAP, width * CAP_FRACTION) / 2;
      double v0 = rangeAxis.valueToJava2D(start.doubleValue(), dataArea, rangeEdge);
      double v1 = rangeAxis.valueToJava2D(end.doubleValue(), dataArea, rangeEdge);
      Path2D.Double whisker = new Path2D.Double();
      if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
        whisker.moveTo(v0, middle);
        whisker.lineTo(v1, middle);
        whisker.moveTo(v0, middle - cap);
        whisker.lineTo(v0, middle + cap);
        whisker.moveTo(v1, middle - cap);
        whisker.lineTo(v1, middle + cap);
      } else {
        whisker.moveTo(middle, v0);
        whisker.lineTo(middle, v1);
        whisker.moveTo(middle - cap, v0);
        whisker.lineTo(middle + cap, v0);
        whisker.moveTo(middle - cap, v1);
        whisker.lineTo(middle + cap, v1);
      }
      g2.setPaint(getItemPaint(row, column));
      g2.setStroke(getItemStroke(row, column));
      g2.draw(whisker);
    }
  }
}
