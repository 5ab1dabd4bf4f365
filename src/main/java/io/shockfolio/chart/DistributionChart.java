package io.shockfolio.chart;

import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.ScenarioResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Dimension2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The portfolio's P&amp;L distribution under the scenario, in the base currency: the simulated paths
 * as a histogram when the Monte Carlo ran, the analytic normal density as a line when the conditional
 * model gave one (scaled to the histogram's counts when both are there), vertical lines at the 95%
 * and 99% VaR and expected shortfall (of the Monte Carlo when it ran, else the analytic ones), and
 * one at the scenario's P&amp;L, on which the distribution is centred. The lines' labels stand in rows
 * above the distribution, each beside or just over its own line, where no other line crosses them.
 */
public final class DistributionChart {

  /** The number of points on the normal density's line. */
  static final int DENSITY_POINTS = 241;

  /** The normal line spans the mean ± this many standard deviations. */
  static final double DENSITY_SPAN = 4.5;

  static final Color BARS = ChartTheme.categoryColor(2);

  static final Stroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
      new float[] {7f, 5f}, 0f);

  static final Stroke SOLID = new BasicStroke(1.8f);

  /** The line at the scenario's P&amp;L. */
  static final Stroke PNL_STROKE = new BasicStroke(2f);

  /** Pixels between the rows of line labels. */
  static final double LABEL_ROW = 19;

  /** Pixels between the top of the plot and the first row of line labels. */
  static final double LABEL_TOP = 4;

  /** Pixels between a line and its label beside it. */
  static final double LABEL_GAP = 5;

  /** Behind the line labels, so that bars under them do not get in the way of reading them. */
  static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 230);

  /** The most ticks on the P&amp;L axis and on the paths axis. */
  static final int MAX_X_TICKS = 10;

  static final int MAX_Y_TICKS = 8;

  private DistributionChart() {}

  /** A vertical line: its label, where, its colour, and whether dashed (expected shortfall). */
  record Mark(String label, double value, Color paint, boolean dashed) {

    /** Dashed for expected shortfall, solid for VaR, thicker for the scenario's P&amp;L. */
    Stroke stroke() {
      return dashed ? DASHED : paint.equals(ChartTheme.LOSS) ? SOLID : PNL_STROKE;
    }
  }

  /**
   * The chart for {@code result}'s P&amp;L distribution, with numbers in {@code locale}'s format.
   *
   * @throws IllegalArgumentException when the result has neither a simulated nor an analytic distribution
   */
  public static JFreeChart create(ScenarioResult result, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    Analysis.Risk risk = risk(result);
    Analysis analysis = result.analysis();
    Optional<Analysis.Histogram> histogram = analysis.simulatedPnl();
    Optional<Analysis.Risk> analytic = analysis.analytic();
    ChartTheme theme = ChartTheme.of(locale);

    XYPlot plot = new XYPlot();
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    int index = 0;
    if (histogram.isPresent()) {
      Analysis.Histogram h = histogram.get();
      plot.setDataset(index, bars(h, theme));
      XYBarRenderer bars = new XYBarRenderer(0.08);
      bars.setBarPainter(new StandardXYBarPainter());
      bars.setShadowVisible(false);
      bars.setDrawBarOutline(false);
      bars.setSeriesPaint(0, BARS);
      plot.setRenderer(index, bars);
      xMin = h.start();
      xMax = h.start() + h.width() * h.counts().size();
      index++;
    }
    if (analytic.isPresent() && analytic.get().standardDeviation() > 0) {
      Analysis.Risk a = analytic.get();
      plot.setDataset(index, density(a, histogram));
      XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
      line.setSeriesPaint(0, ChartTheme.BEFORE);
      line.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      plot.setRenderer(index, line);
      xMin = Math.min(xMin, a.mean() - DENSITY_SPAN * a.standardDeviation());
      xMax = Math.max(xMax, a.mean() + DENSITY_SPAN * a.standardDeviation());
    }

    List<Mark> marks = marks(result, theme);
    for (Mark m : marks) {
      xMin = Math.min(xMin, m.value());
      xMax = Math.max(xMax, m.value());
    }
    if (!(xMax > xMin)) {
      xMin -= 1;
      xMax += 1;
    }
    double pad = 0.04 * (xMax - xMin);
    AmountAxis x = new AmountAxis("P&L (" + result.baseCurrency() + ")");
    x.setLowerMargin(0);
    x.setUpperMargin(0);
    x.setAutoRangeIncludesZero(false);
    x.setRange(new Range(xMin - pad, xMax + pad), true, false);
    // round ticks over the P&L's own span (ChartTheme.amountTicks counts it from zero, which the
    // distribution may lie far from)
    theme.roundTicks(x, xMax - xMin + 2 * pad, MAX_X_TICKS);
    x.setMaxTicks(MAX_X_TICKS);
    plot.setDomainAxis(x);

    AmountAxis y;
    if (histogram.isPresent()) {
      Analysis.Histogram h = histogram.get();
      y = new AmountAxis("Paths per bin of " + theme.plain(h.width()) + " " + result.baseCurrency());
      NumberFormat counts = theme.decimalFormat(0);
      y.setNumberFormatOverride(counts);
      double step = Math.max(1, ChartTheme.tickStep(peak(plot), MAX_Y_TICKS));
      RoundTickUnits units = new RoundTickUnits(step, counts, true);
      y.setStandardTickUnits(units);
      y.setTickUnit((NumberTickUnit) units.getCeilingTickUnit(step), false, false);
      y.setAutoTickUnitSelection(true, false);
      y.setMaxTicks(MAX_Y_TICKS);
    } else {
      y = new AmountAxis("Probability density");
      y.setTickLabelsVisible(false);
      y.setTickMarksVisible(false);
      // without numbers on the axis, gridlines only clutter
      plot.setRangeGridlinesVisible(false);
    }
    y.setAutoRangeIncludesZero(true);
    y.setUpperMargin(0.05);
    // room above the distribution for the rows of line labels, whatever the size drawn at
    y.reserveBeyond(peak(plot), LABEL_TOP + marks.size() * LABEL_ROW + 6);
    plot.setRangeAxis(y);
    plot.configureRangeAxes();
    plot.addAnnotation(new MarkLines(marks));

    JFreeChart chart = new JFreeChart(null, ChartTheme.TITLE_FONT, plot, true);
    ChartText.titled(chart, result, locale);
    chart.addSubtitle(new TextTitle(methodLine(result, theme)));
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    return theme.apply(chart);
  }

  /** The distribution the VaR and ES lines come from: the Monte Carlo when it ran, else the analytic one. */
  static Analysis.Risk risk(ScenarioResult result) {
    Analysis a = result.analysis();
    return a.monteCarlo().or(a::analytic).orElseThrow(() -> new IllegalArgumentException(
        "Expected a P&L distribution, but the result of " + result.scenario().name() + " has none"));
  }

  /** The histogram's bins as bars: centre, lower and upper edge, count. */
  static XYIntervalSeriesCollection bars(Analysis.Histogram h, ChartTheme theme) {
    XYIntervalSeries s = new XYIntervalSeries("simulated P&L, " + theme.plain(h.total()) + " paths", false, true);
    for (int i = 0; i < h.counts().size(); i++) {
      double lo = h.start() + i * h.width();
      double hi = lo + h.width();
      int c = h.counts().get(i);
      s.add(lo + h.width() / 2, lo, hi, c, c, c);
    }
    XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
    ds.addSeries(s);
    return ds;
  }

  /**
   * The normal density N(mean, sd) of {@code analytic} at {@value #DENSITY_POINTS} points over mean ±
   * {@value #DENSITY_SPAN} sd; with a histogram, scaled to its counts (paths × bin width × density),
   * so the areas match.
   */
  static XYSeriesCollection density(Analysis.Risk analytic, Optional<Analysis.Histogram> histogram) {
    double m = analytic.mean();
    double sd = analytic.standardDeviation();
    double scale = histogram.map(h -> h.total() * h.width()).orElse(1.0);
    XYSeries s = new XYSeries("normal density, " + analytic.method(), false, true);
    for (int i = 0; i < DENSITY_POINTS; i++) {
      double x = m - DENSITY_SPAN * sd + 2 * DENSITY_SPAN * sd * i / (DENSITY_POINTS - 1);
      double z = (x - m) / sd;
      s.add(x, scale * Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI)));
    }
    XYSeriesCollection ds = new XYSeriesCollection();
    ds.addSeries(s);
    return ds;
  }

  /** The highest point of the bars and the density line. */
  static double peak(XYPlot plot) {
    double peak = 0;
    for (int d = 0; d < plot.getDatasetCount(); d++) {
      XYDataset ds = plot.getDataset(d);
      if (ds == null) {
        continue;
      }
      for (int i = 0; i < ds.getItemCount(0); i++) {
        peak = Math.max(peak, ds.getYValue(0, i));
      }
    }
    return peak;
  }

  /**
   * The vertical lines, from the left: expected shortfall and VaR at 99%, then at 95% (each at
   * minus the loss, since VaR and ES are losses), and the scenario's P&amp;L, all in the order of
   * their values.
   */
  static List<Mark> marks(ScenarioResult result, ChartTheme theme) {
    Analysis.Risk r = risk(result);
    NumberFormat f = theme.amountFormat(Math.max(maxAbs(r), Math.abs(result.pnl())));
    List<Mark> marks = new ArrayList<>();
    marks.add(new Mark("ES 99%: " + theme.signed(-r.es99(), f), -r.es99(), ChartTheme.LOSS, true));
    marks.add(new Mark("VaR 99%: " + theme.signed(-r.var99(), f), -r.var99(), ChartTheme.LOSS, false));
    marks.add(new Mark("ES 95%: " + theme.signed(-r.es95(), f), -r.es95(), ChartTheme.LOSS, true));
    marks.add(new Mark("VaR 95%: " + theme.signed(-r.var95(), f), -r.var95(), ChartTheme.LOSS, false));
    marks.add(new Mark("scenario's P&L: " + theme.signed(result.pnl(), f), result.pnl(), ChartTheme.TEXT, false));
    marks.sort(Comparator.comparingDouble(Mark::value));
    return marks;
  }

  /** Where a line's label goes, and how high its line reaches. */
  record Placed(Rectangle2D box, double lineTop) {}

  /**
   * Places the labels of lines at {@code xs} (in pixels from the left, in increasing order) in
   * {@code area}: label i in row i from the top, {@value #LABEL_ROW} pixels apart, {@value #LABEL_GAP}
   * pixels right of its line, which reaches the top of the row. A label that would run past the
   * right edge moves left, but not over the line before it; if it then spans its own line, that line
   * stops 2 pixels under it. As every line right of a label stops in a lower row and every line left
   * of it stays left of it, no line crosses a label.
   */
  static List<Placed> layout(List<Double> xs, List<? extends Dimension2D> sizes, Rectangle2D area) {
    List<Placed> out = new ArrayList<>();
    for (int i = 0; i < xs.size(); i++) {
      double x = xs.get(i);
      double w = sizes.get(i).getWidth();
      double h = sizes.get(i).getHeight();
      double top = area.getMinY() + LABEL_TOP + i * LABEL_ROW;
      double left = x + LABEL_GAP;
      if (left + w > area.getMaxX()) {
        double floor = i == 0 ? area.getMinX() : xs.get(i - 1) + LABEL_GAP;
        left = Math.max(area.getMaxX() - w, floor);
      }
      Rectangle2D box = new Rectangle2D.Double(left, top, w, h);
      out.add(new Placed(box, left <= x ? box.getMaxY() + 2 : top));
    }
    return out;
  }

  /** The vertical lines and their labels, laid out when drawn (see {@link #layout}). */
  static final class MarkLines extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    private final List<Mark> marks;

    MarkLines(List<Mark> marks) {
      this.marks = List.copyOf(marks);
    }

    /** The lines, from the left. */
    List<Mark> marks() {
      return marks;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
        int rendererIndex, PlotRenderingInfo info) {
      g2.setFont(ChartTheme.ITEM_LABEL_FONT);
      FontMetrics fm = g2.getFontMetrics();
      List<Double> xs = new ArrayList<>();
      List<Dimension2D> sizes = new ArrayList<>();
      for (Mark m : marks) {
        xs.add(domainAxis.valueToJava2D(m.value(), dataArea, plot.getDomainAxisEdge()));
        sizes.add(new Dimension((int) Math.ceil(fm.getStringBounds(m.label(), g2).getWidth()),
            fm.getAscent() + fm.getDescent()));
      }
      List<Placed> placed = layout(xs, sizes, dataArea);
      for (int i = 0; i < marks.size(); i++) {
        Mark m = marks.get(i);
        Rectangle2D box = placed.get(i).box();
        g2.setPaint(m.paint());
        g2.setStroke(m.stroke());
        g2.draw(new Line2D.Double(xs.get(i), dataArea.getMaxY(), xs.get(i), placed.get(i).lineTop()));
        g2.setPaint(LABEL_BACKGROUND);
        g2.fill(new Rectangle2D.Double(box.getX() - 2, box.getY(), box.getWidth() + 4, box.getHeight()));
        g2.setPaint(m.paint());
        g2.drawString(m.label(), (float) box.getX(), (float) (box.getY() + fm.getAscent()));
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MarkLines l && l.marks.equals(marks);
    }

    @Override
    public int hashCode() {
      return marks.hashCode();
    }
  }

  /** The largest amount the chart writes, which sets the decimals of all (see {@link ChartTheme}). */
  static double maxAbs(Analysis.Risk r) {
    double m = Math.max(Math.abs(r.mean()), r.standardDeviation());
    for (double v : new double[] {r.var95(), r.es95(), r.var99(), r.es99()}) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  /**
   * {@code "Monte Carlo (normal), 100,000 paths · line: analytic (normal) · VaR and ES are losses"}:
   * the distribution the lines come from and what the curve is.
   */
  static String methodLine(ScenarioResult result, ChartTheme theme) {
    Analysis.Risk r = risk(result);
    StringBuilder sb = new StringBuilder("Distribution: ").append(r.method());
    if (r.paths() > 0) {
      sb.append(", ").append(theme.plain(r.paths())).append(" paths");
    }
    Optional<Analysis.Risk> analytic = result.analysis().analytic();
    if (analytic.isPresent() && result.analysis().simulatedPnl().isPresent()) {
      sb.append(" · line: ").append(analytic.get().method());
    }
    double sd = r.standardDeviation();
    sb.append(" · standard deviation ").append(theme.amountFormat(Math.max(maxAbs(r), Math.abs(result.pnl()))).format(sd))
        .append(' ').append(result.baseCurrency());
    return sb.toString();
  }
}
