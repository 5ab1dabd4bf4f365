package io.shockfolio.chart;

import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.Money;
import io.shockfolio.domain.ScenarioResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.FontMetrics;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;

/**
 * A waterfall from the portfolio's value before the scenario, through each moved holding's P&amp;L,
 * to its value after, drawn as horizontal bars read from top to bottom: a "Before" total (blue),
 * one step per holding floating from the running total (vermillion losses, bluish green gains),
 * the largest loss first, and an "After" total (orange). Beyond {@value #MAX_STEPS} moved holdings
 * the {@value #MAX_STEPS} largest by magnitude get a step of their own and one last step,
 * {@code others (N)}, sums the rest. Dashed lines carry the running total from one bar to the next.
 *
 * <p>The steps are usually small against the totals (a loss of 4,411 on 95,926), so when every
 * running total stands well away from zero the value axis is zoomed to the range of the running
 * totals and its label says that it does not start at 0; the totals are labelled with their
 * amounts and each step with its signed amount.
 */
public final class WaterfallChart {

  /** The most holdings shown as steps of their own. */
  public static final int MAX_STEPS = 20;

  /** The key of the dataset's one series. */
  public static final String SERIES = "Value";

  public static final String BEFORE = "Before";
  public static final String AFTER = "After";

  /**
   * The axis is zoomed when the running totals keep at least this many times their own spread
   * away from zero: then bars from zero would all look the same length.
   */
  static final double ZOOM_FROM = 2.0;

  /** Room beyond the running totals on a zoomed axis, for the step labels, as a fraction of their spread. */
  static final double ZOOM_MARGIN = 0.14;

  /** Room beyond the bars on an axis from zero, as a fraction of the range. */
  static final double MARGIN = 0.12;

  static final Stroke CONNECTOR_STROKE = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
      10f, new float[] {3f, 3f}, 0f);

  private WaterfallChart() {}

  /** What a bar shows. */
  enum Kind { BEFORE, STEP, AFTER }

  /**
   * One bar. A total runs from 0 to the value; a step from the running total before it to the
   * running total after it, so {@code end - start} is its P&amp;L.
   */
  record Step(String label, Kind kind, double start, double end) {

    /** A total's value, or a step's P&amp;L. */
    double amount() {
      return kind == Kind.STEP ? Money.fromCents(Money.toCents(end) - Money.toCents(start)) : end;
    }
  }

  /** The chart for {@code result}, with numbers in {@code locale}'s format. */
  public static JFreeChart create(ScenarioResult result, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    ChartTheme theme = ChartTheme.of(locale);

    List<Step> steps = steps(result);
    int n = steps.size();
    Number[][] starts = new Number[1][n];
    Number[][] ends = new Number[1][n];
    Comparable<?>[] keys = new Comparable<?>[n];
    double maxAbs = 0;
    for (int i = 0; i < n; i++) {
      Step s = steps.get(i);
      keys[i] = s.label();
      starts[0][i] = s.start();
      ends[0][i] = s.end();
      maxAbs = Math.max(maxAbs, Math.abs(s.amount()));
    }
    DefaultIntervalCategoryDataset dataset =
        new DefaultIntervalCategoryDataset(new Comparable<?>[] {SERIES}, keys, starts, ends);

    CategoryAxis categoryAxis = new CategoryAxis(null);
    categoryAxis.setMaximumCategoryLabelLines(1);
    categoryAxis.setMaximumCategoryLabelWidthRatio(0.3f);
    categoryAxis.setCategoryMargin(0.25);
    categoryAxis.setLowerMargin(0.02);
    categoryAxis.setUpperMargin(0.02);

    double[] range = range(steps);
    boolean zoomed = isZoomed(steps);
    NumberAxis valueAxis = new NumberAxis("Value (" + result.baseCurrency() + ")"
        + (zoomed ? ", axis does not start at 0" : ""));
    valueAxis.setAutoRange(false);
    valueAxis.setRange(range[0], range[1]);
    double step = ChartTheme.tickStep(range[1] - range[0], 10);
    NumberFormat tickFormat = format(locale, step == Math.rint(step) ? 0 : 2);
    valueAxis.setNumberFormatOverride(tickFormat);
    valueAxis.setTickUnit(new NumberTickUnit(step, tickFormat), false, true);

    WaterfallRenderer renderer = new WaterfallRenderer(steps);
    renderer.setMaximumBarWidth(0.07);
    renderer.setDefaultItemLabelGenerator(new StepLabelGenerator(locale, maxAbs, steps));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setItemLabelInsets(new RectangleInsets(5, 5, 5, 5));

    CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    if (!zoomed) {
      plot.setRangeZeroBaselineVisible(true);
      plot.setRangeZeroBaselinePaint(ChartTheme.ZERO_LINE);
      plot.setRangeZeroBaselineStroke(ChartTheme.ZERO_LINE_STROKE);
    }
    plot.setNoDataMessage("No holdings");

    JFreeChart chart = new JFreeChart(null, ChartTheme.TITLE_FONT, plot, false);
    ChartText.titled(chart, result, locale);
    int still = result.impacts().size() - PnlByHoldingChart.movedCount(result);
    if (still > 0) {
      chart.addSubtitle(new TextTitle(still + (still == 1 ? " holding" : " holdings")
          + " not moved by the scenario, not shown"));
    }
    return theme.apply(chart);
  }

  /**
   * The bars in order: "Before", the moved holdings' steps from the largest loss to the largest
   * gain (ties in portfolio order), then {@code others (N)} when more than {@value #MAX_STEPS}
   * holdings moved, and "After". Running totals are kept in cents, so the last step ends exactly at
   * the result's value after.
   */
  static List<Step> steps(ScenarioResult result) {
    PnlByHoldingChart.Largest split = PnlByHoldingChart.largest(PnlByHoldingChart.moved(result), MAX_STEPS);
    List<HoldingImpact> rest = split.rest();
    List<HoldingImpact> shown = new ArrayList<>(split.shown());
    shown.sort(Comparator.comparingDouble(HoldingImpact::pnl));

    List<String> raw = new ArrayList<>();
    raw.add(BEFORE);
    shown.forEach(i -> raw.add(i.holding().label()));
    if (!rest.isEmpty()) {
      raw.add("others (" + rest.size() + ")");
    }
    raw.add(AFTER);
    List<String> labels = ChartText.uniqueLabels(raw);

    List<Step> steps = new ArrayList<>();
    long running = Money.toCents(result.valueBefore());
    steps.add(new Step(labels.get(0), Kind.BEFORE, 0, Money.fromCents(running)));
    for (int i = 0; i < shown.size(); i++) {
      long next = running + Money.toCents(shown.get(i).pnl());
      steps.add(new Step(labels.get(i + 1), Kind.STEP, Money.fromCents(running), Money.fromCents(next)));
      running = next;
    }
    if (!rest.isEmpty()) {
      long sum = 0;
      if (rest instanceof ImpactView v) {
        for (int k = 0; k < v.size(); k++) {
          sum += Money.toCents(v.pnl(k));
        }
      } else {
        for (HoldingImpact i : rest) {
          sum += Money.toCents(i.pnl());
        }
      }
      long next = running + sum;
      steps.add(new Step(labels.get(labels.size() - 2), Kind.STEP, Money.fromCents(running), Money.fromCents(next)));
      running = next;
    }
    steps.add(new Step(labels.get(labels.size() - 1), Kind.AFTER, 0, Money.fromCents(running)));
    return steps;
  }

  /** The lowest and highest running total: the totals' values and every step's ends. */
  static double[] extent(List<Step> steps) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Step s : steps) {
      lo = Math.min(lo, s.end());
      hi = Math.max(hi, s.end());
      if (s.kind() == Kind.STEP) {
        lo = Math.min(lo, s.start());
        hi = Math.max(hi, s.start());
      }
    }
    return steps.isEmpty() ? new double[] {0, 0} : new double[] {lo, hi};
  }

  /**
   * Whether the axis leaves zero out: when every running total is on one side of zero and at least
   * {@value #ZOOM_FROM} times their spread away from it.
   */
  static boolean isZoomed(List<Step> steps) {
    double[] e = extent(steps);
    double spread = e[1] - e[0];
    double nearZero = e[0] > 0 ? e[0] : e[1] < 0 ? -e[1] : 0;
    return nearZero > 0 && nearZero >= ZOOM_FROM * spread;
  }

  /**
   * The value axis' range: zoomed, a margin of {@value #ZOOM_MARGIN} of the running totals'
   * spread beyond them on each side; else from zero (or below it) with a margin of
   * {@value #MARGIN} of the range.
   */
  static double[] range(List<Step> steps) {
    double[] e = extent(steps);
    if (isZoomed(steps)) {
      double spread = e[1] - e[0];
      double pad = spread > 0 ? spread * ZOOM_MARGIN : Math.abs(e[0]) * 0.01;
      return new double[] {e[0] - pad, e[1] + pad};
    }
    double lo = Math.min(0, e[0]);
    double hi = Math.max(0, e[1]);
    double pad = hi > lo ? (hi - lo) * MARGIN : 1;
    return new double[] {lo < 0 ? lo - pad : 0, hi > 0 || lo == 0 ? hi + pad : 0};
  }

  private static NumberFormat format(Locale locale, int decimals) {
    return ChartTheme.of(locale).decimalFormat(decimals);
  }

  /**
   * Labels a total with its amount ({@code 95,926}) and a step with its signed P&amp;L
   * ({@code -4,411}), with decimals set by the chart's largest amount.
   */
  static final class StepLabelGenerator extends StandardCategoryItemLabelGenerator {

    private static final long serialVersionUID = 1L;

    private final Locale locale;
    private final double maxAbs;
    private final List<Step> steps;

    StepLabelGenerator(Locale locale, double maxAbs, List<Step> steps) {
      this.locale = Objects.requireNonNull(locale, "locale");
      this.maxAbs = maxAbs;
      this.steps = List.copyOf(steps);
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      if (column < 0 || column >= steps.size()) {
        return null;
      }
      Step s = steps.get(column);
      ChartTheme theme = ChartTheme.of(locale);
      NumberFormat f = theme.amountFormat(maxAbs);
      return s.kind() == Kind.STEP ? theme.signed(s.amount(), f) : f.format(s.amount());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StepLabelGenerator g && g.locale.equals(locale) && g.maxAbs == maxAbs
          && g.steps.equals(steps);
    }

    @Override
    public int hashCode() {
      return Objects.hash(locale, maxAbs, steps);
    }
  }

  /**
   * Paints the totals in {@link ChartTheme#BEFORE} and {@link ChartTheme#AFTER} and the steps by
   * sign, puts a step's label beyond its far end (left of a loss, right of a gain) and a total's
   * inside its end, and draws a dashed connector from each bar's end to the next bar.
   */
  static final class WaterfallRenderer extends IntervalBarRenderer {

    private static final long serialVersionUID = 1L;

    private final List<Step> steps;

    // while a label is drawn: where it goes, worked out from the room there is
    private transient Placement placement = Placement.NATURAL;

    /** Where a label goes, against where it would go with room to spare. */
    enum Placement { NATURAL, FLIPPED }

    WaterfallRenderer(List<Step> steps) {
      this.steps = List.copyOf(steps);
    }

    private Step step(int column) {
      return column >= 0 && column < steps.size() ? steps.get(column) : null;
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      Step s = step(column);
      if (s == null) {
        return super.getItemPaint(row, column);
      }
      return switch (s.kind()) {
        case BEFORE -> ChartTheme.BEFORE;
        case AFTER -> ChartTheme.AFTER;
        case STEP -> ChartTheme.paintFor(s.amount());
      };
    }

    /** White inside the blue "Before" bar, the theme's dark text elsewhere. */
    @Override
    public Paint getItemLabelPaint(int row, int column) {
      Step s = step(column);
      return s != null && s.kind() == Kind.BEFORE && placement == Placement.NATURAL
          ? Color.WHITE : super.getItemLabelPaint(row, column);
    }

    /**
     * The one label position this renderer uses (the interval renderer draws every label as
     * "positive"). A step's label goes beyond its far end, left of a loss and right of a gain, or
     * beyond its near end when the plot has no room on the far side; a total's inside the end of
     * its value, or just beyond it when it does not fit in the bar.
     */
    @Override
    public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
      Step s = step(column);
      if (s == null) {
        return super.getPositiveItemLabelPosition(row, column);
      }
      boolean horizontal = getPlot() == null || getPlot().getOrientation() == PlotOrientation.HORIZONTAL;
      return position(s, horizontal, placement);
    }

    static ItemLabelPosition position(Step s, boolean horizontal, Placement placement) {
      boolean down = s.amount() < 0;
      boolean flipped = placement == Placement.FLIPPED;
      if (s.kind() != Kind.STEP) {
        if (flipped) {
          // beyond the value's end
          return outside(horizontal, down);
        }
        if (horizontal) {
          return down
              ? new ItemLabelPosition(ItemLabelAnchor.INSIDE9, TextAnchor.CENTER_LEFT)
              : new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT);
        }
        return down
            ? new ItemLabelPosition(ItemLabelAnchor.INSIDE6, TextAnchor.BOTTOM_CENTER)
            : new ItemLabelPosition(ItemLabelAnchor.INSIDE12, TextAnchor.TOP_CENTER);
      }
      return outside(horizontal, flipped != down);
    }

    /** Beyond the bar's low end ({@code low}) or its high end. */
    private static ItemLabelPosition outside(boolean horizontal, boolean low) {
      if (horizontal) {
        return low
            ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
            : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
      }
      return low
          ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER)
          : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);
    }

    /**
     * Works out where the label has room before drawing it: a total's bar runs from zero, which a
     * zoomed axis leaves out, so only its visible part counts; a step's label needs room between
     * the bar and the plot's edge.
     */
    @Override
    protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column,
        CategoryPlot plot, CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
      Step s = step(column);
      Rectangle clip = g2.getClipBounds();
      placement = Placement.NATURAL;
      if (s != null && clip != null) {
        String label = generator.generateLabel(data, row, column);
        FontMetrics metrics = g2.getFontMetrics(getItemLabelFont(row, column));
        boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
        double need = (horizontal ? (label == null ? 0 : metrics.stringWidth(label)) : metrics.getHeight())
            + 2 * getItemLabelAnchorOffset() + 2;
        double room;
        if (s.kind() != Kind.STEP) {
          Rectangle2D visible = bar.createIntersection(clip);
          room = horizontal ? visible.getWidth() : visible.getHeight();
        } else if (horizontal) {
          room = s.amount() < 0 ? bar.getMinX() - clip.getMinX() : clip.getMaxX() - bar.getMaxX();
        } else {
          room = s.amount() < 0 ? clip.getMaxY() - bar.getMaxY() : bar.getMinY() - clip.getMinY();
        }
        if (room < need) {
          placement = Placement.FLIPPED;
        }
      }
      try {
        super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
      } finally {
        placement = Placement.NATURAL;
      }
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea,
        CategoryPlot plot, CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
        int row, int column, int pass) {
      super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
      if (!(dataset instanceof IntervalCategoryDataset d) || column + 1 >= dataset.getColumnCount()) {
        return;
      }
      Number end = d.getEndValue(row, column);
      if (end == null) {
        return;
      }
      // from this bar's far side to the next bar's near side, at the running total
      PlotOrientation orientation = plot.getOrientation();
      int visibleRow = state.getVisibleSeriesIndex(row);
      if (visibleRow < 0) {
        return;
      }
      double from = calculateBarW0(plot, orientation, dataArea, domainAxis, state, visibleRow, column)
          + state.getBarWidth();
      double to = calculateBarW0(plot, orientation, dataArea, domainAxis, state, visibleRow, column + 1);
      double at = rangeAxis.valueToJava2D(end.doubleValue(), dataArea, plot.getRangeAxisEdge());
      Line2D line = orientation == PlotOrientation.HORIZONTAL
          ? new Line2D.Double(at, from, at, to)
          : new Line2D.Double(from, at, to, at);
      g2.setPaint(ChartTheme.SECONDARY_TEXT);
      g2.setStroke(CONNECTOR_STROKE);
      g2.draw(line);
    }
  }
}
