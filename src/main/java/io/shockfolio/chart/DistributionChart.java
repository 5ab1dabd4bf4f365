package io.shockfolio.chart;

import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.ScenarioResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The portfolio's P&amp;L distribution under the scenario, in the base currency: the simulated paths
 * as a histogram when the Monte Carlo ran, the analytic normal density as a line when the conditional
 * model gave one (scaled to the histogram's counts when both are there), vertical lines at the 95%
 * and 99% VaR and expected shortfall (of the Monte Carlo when it ran, else the analytic ones), and
 * one at the mean, the scenario's P&amp;L.
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

  /** Pixels between the rows of marker labels. */
  static final double LABEL_ROW = 22;

  private DistributionChart() {}

  /** A vertical line: where, its label, paint and stroke. */
  record Mark(String label, double value, Paint paint, Stroke stroke, boolean labelRight) {}

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
    NumberAxis x = new NumberAxis("P&L (" + result.baseCurrency() + ")");
    x.setLowerMargin(0);
    x.setUpperMargin(0);
    x.setAutoRangeIncludesZero(false);
    x.setRange(new Range(xMin - pad, xMax + pad), true, false);
    // round ticks over the P&L's own span (ChartTheme.amountTicks counts it from zero, which the
    // distribution may lie far from)
    double step = ChartTheme.tickStep(xMax - xMin + 2 * pad, 10);
    NumberFormat ticks = theme.amountFormat(step == Math.rint(step) ? ChartTheme.WHOLE_UNITS_FROM : 0);
    x.setNumberFormatOverride(ticks);
    x.setTickUnit(new NumberTickUnit(step, ticks), false, true);
    plot.setDomainAxis(x);

    NumberAxis y;
    if (histogram.isPresent()) {
      Analysis.Histogram h = histogram.get();
      y = new NumberAxis("Paths per bin of " + theme.plain(h.width()) + " "
          + result.baseCurrency());
      y.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
    } else {
      y = new NumberAxis("Probability density");
      y.setTickLabelsVisible(false);
      y.setTickMarksVisible(false);
      // without numbers on the axis, gridlines only clutter
      plot.setRangeGridlinesVisible(false);
    }
    y.setAutoRangeIncludesZero(true);
    // room above the tallest bar for the rows of marker labels
    y.setUpperMargin(0.30);
    plot.setRangeAxis(y);
    plot.configureRangeAxes();

    int row = 0;
    for (Mark m : marks) {
      ValueMarker marker = new ValueMarker(m.value(), m.paint(), m.stroke());
      marker.setLabel(m.label());
      marker.setLabelFont(ChartTheme.ITEM_LABEL_FONT);
      marker.setLabelPaint(m.paint() == ChartTheme.LOSS ? ChartTheme.LOSS : ChartTheme.TEXT);
      marker.setLabelBackgroundColor(new Color(255, 255, 255, 230));
      marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      marker.setLabelTextAnchor(m.labelRight() ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
      marker.setLabelOffset(new RectangleInsets(6 + (m.labelRight() ? 0 : row++) * LABEL_ROW, 5, 0, 5));
      plot.addDomainMarker(marker, Layer.FOREGROUND);
    }

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

  /**
   * The vertical lines, from the left: expected shortfall and VaR at 99%, then at 95% (each at
   * minus the loss, since VaR and ES are losses), then the mean.
   */
  static List<Mark> marks(ScenarioResult result, ChartTheme theme) {
    Analysis.Risk r = risk(result);
    NumberFormat f = theme.amountFormat(maxAbs(r));
    List<Mark> marks = new ArrayList<>();
    marks.add(new Mark("ES 99%: " + theme.signed(-r.es99(), f), -r.es99(), ChartTheme.LOSS, DASHED, false));
    marks.add(new Mark("VaR 99%: " + theme.signed(-r.var99(), f), -r.var99(), ChartTheme.LOSS, SOLID, false));
    marks.add(new Mark("ES 95%: " + theme.signed(-r.es95(), f), -r.es95(), ChartTheme.LOSS, DASHED, false));
    marks.add(new Mark("VaR 95%: " + theme.signed(-r.var95(), f), -r.var95(), ChartTheme.LOSS, SOLID, false));
    marks.sort(Comparator.comparingDouble(Mark::value));
    marks.add(new Mark("mean (the scenario's P&L): " + theme.signed(r.mean(), f), r.mean(), ChartTheme.TEXT,
        new BasicStroke(2f), true));
    return marks;
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
    sb.append(" · standard deviation ").append(theme.amountFormat(maxAbs(r)).format(sd))
        .append(' ').append(result.baseCurrency());
    return sb.toString();
  }
}
