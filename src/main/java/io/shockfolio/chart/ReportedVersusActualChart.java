package io.shockfolio.chart;

import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Timing;
import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Dimension2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Each reported move beside the actual close-to-close move of the event date, in percent: one point
 * per reported name, labelled with it, on axes of the same range with a dashed diagonal where the
 * two agree. Points whose actual move differs from the reported one by more than the threshold are
 * vermillion triangles, the others blue circles.
 */
public final class ReportedVersusActualChart {

  /** The series keys: points within the threshold, flagged points, the diagonal. */
  public static final String AGREE = "within the threshold";

  public static final String FLAGGED = "differs by more than the threshold";

  public static final String DIAGONAL = "actual = reported";

  /** Point labels longer than this are cut. */
  static final int MAX_LABEL = 40;

  private ReportedVersusActualChart() {}

  /** One point, in percent, with its label. */
  record Point(String label, double reportedPct, double actualPct, boolean flagged) implements java.io.Serializable {}

  /**
   * The chart for {@code result}'s reported and actual moves, with numbers in {@code locale}'s format.
   *
   * @throws IllegalArgumentException when the result compares no move
   */
  public static JFreeChart create(ScenarioResult result, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    List<Point> points = points(result);
    if (points.isEmpty()) {
      throw new IllegalArgumentException("Expected reported moves beside actual ones, but the result of "
          + result.scenario().name() + " has none");
    }
    ChartTheme theme = ChartTheme.of(locale);

    List<Point> agree = points.stream().filter(p -> !p.flagged()).toList();
    List<Point> flagged = points.stream().filter(Point::flagged).toList();
    XYSeriesCollection dataset = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    for (List<Point> group : List.of(agree, flagged)) {
      if (group.isEmpty()) {
        continue;
      }
      boolean isFlagged = group == flagged;
      XYSeries s = new XYSeries(isFlagged ? FLAGGED : AGREE, false, true);
      group.forEach(p -> s.add(p.reportedPct(), p.actualPct()));
      int i = dataset.getSeriesCount();
      dataset.addSeries(s);
      renderer.setSeriesPaint(i, isFlagged ? ChartTheme.LOSS : ChartTheme.BEFORE);
      renderer.setSeriesShape(i, isFlagged ? triangle(7) : new Ellipse2D.Double(-5, -5, 10, 10));
    }
    Range range = range(points);
    NumberAxis x = axis("Reported move (%)", range, locale);
    NumberAxis y = axis("Actual close-to-close move on " + result.scenario().date() + " (%)", range, locale);

    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    XYSeriesCollection diagonal = new XYSeriesCollection();
    XYSeries d = new XYSeries(DIAGONAL, false, true);
    d.add(range.getLowerBound(), range.getLowerBound());
    d.add(range.getUpperBound(), range.getUpperBound());
    diagonal.addSeries(d);
    plot.setDataset(1, diagonal);
    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
    line.setSeriesPaint(0, ChartTheme.NEUTRAL);
    line.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {8f, 6f}, 0f));
    plot.setRenderer(1, line);
    plot.addDomainMarker(new ValueMarker(0, ChartTheme.AXIS_LINE, ChartTheme.GRIDLINE_STROKE), Layer.BACKGROUND);
    plot.addRangeMarker(new ValueMarker(0, ChartTheme.AXIS_LINE, ChartTheme.GRIDLINE_STROKE), Layer.BACKGROUND);
    plot.addAnnotation(new PointLabels(points));

    JFreeChart chart = new JFreeChart(null, ChartTheme.TITLE_FONT, plot, true);
    ChartText.titled(chart, result, locale);
    long n = flagged.size();
    chart.addSubtitle(new TextTitle(points.size() + (points.size() == 1 ? " reported move" : " reported moves")
        + " beside the actual close-to-close move; " + n + " flagged"));
    chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    return theme.apply(chart);
  }

  /** The points in the result's order, moves in percent, each labelled with its target (and timing when not a close). */
  static List<Point> points(ScenarioResult result) {
    List<Point> out = new ArrayList<>();
    List<Analysis.ReportedVersusActual> rows = result.analysis().reportedVersusActual();
    List<String> raw = rows.stream().map(r -> r.measured() == Timing.CLOSE
        ? r.target() : r.target() + " (" + r.measured().label() + ")").toList();
    List<String> labels = ChartText.uniqueLabels(raw, MAX_LABEL);
    for (int i = 0; i < rows.size(); i++) {
      Analysis.ReportedVersusActual r = rows.get(i);
      out.add(new Point(labels.get(i), r.reported() * 100, r.actual() * 100, r.flagged()));
    }
    return out;
  }

  /** The smallest span of the axes, in percentage points, so that close points are not blown up to fill the plot. */
  static final double MIN_SPAN = 2;

  /**
   * The one range of both axes, fitted to the moves: from the smallest to the largest move (reported
   * or actual), widened to {@value #MIN_SPAN} percentage points around its middle when shorter, and to
   * zero when zero lies within half that span of the moves; then 6% of room each side.
   */
  static Range range(List<Point> points) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Point p : points) {
      lo = Math.min(lo, Math.min(p.reportedPct(), p.actualPct()));
      hi = Math.max(hi, Math.max(p.reportedPct(), p.actualPct()));
    }
    double span = Math.max(hi - lo, MIN_SPAN);
    if (Math.min(Math.abs(lo), Math.abs(hi)) <= span / 2 || lo <= 0 && hi >= 0) {
      lo = Math.min(lo, 0);
      hi = Math.max(hi, 0);
    }
    if (hi - lo < MIN_SPAN) {
      double mid = (lo + hi) / 2;
      lo = mid - MIN_SPAN / 2;
      hi = mid + MIN_SPAN / 2;
    }
    double pad = 0.06 * (hi - lo);
    return new Range(lo - pad, hi + pad);
  }

  private static NumberAxis axis(String label, Range range, Locale locale) {
    NumberAxis a = new NumberAxis(label);
    a.setAutoRangeIncludesZero(false);
    a.setRange(range, true, false);
    double step = ChartTheme.tickStep(range.getLength(), 10);
    NumberFormat f = SeverityCurveChart.percentFormat(locale, step);
    a.setNumberFormatOverride(f);
    a.setTickUnit(new NumberTickUnit(step, f), false, true);
    return a;
  }

  private static Shape triangle(double r) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(0, -r);
    p.lineTo(r, r * 0.8);
    p.lineTo(-r, r * 0.8);
    p.closePath();
    return p;
  }

  /**
   * Labels every point with its target, placed when drawn where it overlaps neither another label nor
   * a point: beside the point if there is room, else above, below or further out with a thin leader line.
   */
  static final class PointLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    /** Half the size of the square around a point that labels keep clear of, in pixels. */
    static final double POINT_RADIUS = 6;

    /** What crossing a line costs a label, in square pixels of overlap: less than covering a neighbour's text. */
    static final double LINE_COST = 40;

    /**
     * What a label next to its point (without a leader line) costs when it is as near another point:
     * more than crossing a line, since the reader would take it for the other point's.
     */
    static final double AMBIGUOUS_COST = 100;

    /** By how many pixels a label must be nearer its own point than any other to be read as its. */
    static final double CLEARLY_NEARER = 1;

    private final List<Point> points;

    PointLabels(List<Point> points) {
      this.points = List.copyOf(points);
    }

    /** The labels, in the points' order. */
    List<String> labels() {
      return points.stream().map(Point::label).toList();
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
        int rendererIndex, PlotRenderingInfo info) {
      g2.setFont(ChartTheme.ITEM_LABEL_FONT);
      FontMetrics fm = g2.getFontMetrics();
      List<Point2D> anchors = new ArrayList<>();
      List<Dimension2D> sizes = new ArrayList<>();
      for (Point p : points) {
        anchors.add(new Point2D.Double(
            domainAxis.valueToJava2D(p.reportedPct(), dataArea, plot.getDomainAxisEdge()),
            rangeAxis.valueToJava2D(p.actualPct(), dataArea, plot.getRangeAxisEdge())));
        Dimension d = new Dimension(fm.stringWidth(p.label()), fm.getAscent() + fm.getDescent());
        sizes.add(d);
      }
      // the diagonal y = x, which labels keep clear of when they can
      Range r = domainAxis.getRange();
      Line2D diagonal = new Line2D.Double(
          domainAxis.valueToJava2D(r.getLowerBound(), dataArea, plot.getDomainAxisEdge()),
          rangeAxis.valueToJava2D(r.getLowerBound(), dataArea, plot.getRangeAxisEdge()),
          domainAxis.valueToJava2D(r.getUpperBound(), dataArea, plot.getDomainAxisEdge()),
          rangeAxis.valueToJava2D(r.getUpperBound(), dataArea, plot.getRangeAxisEdge()));
      List<Rectangle2D> boxes = place(anchors, sizes, dataArea, POINT_RADIUS, List.of(diagonal));
      for (int i = 0; i < points.size(); i++) {
        Rectangle2D box = boxes.get(i);
        Point2D at = anchors.get(i);
        if (needsLeader(box, i, anchors, POINT_RADIUS)) {
          g2.setPaint(ChartTheme.AXIS_LINE);
          g2.setStroke(new BasicStroke(0.8f));
          Point2D end = nearest(box, at);
          g2.draw(new Line2D.Double(at.getX(), at.getY(), end.getX(), end.getY()));
        }
        g2.setPaint(ChartTheme.TEXT);
        g2.drawString(points.get(i).label(), (float) box.getX(), (float) (box.getY() + fm.getAscent()));
      }
    }

    /**
     * Whether the label in {@code box} of anchor {@code i} needs a leader line to its point: when it
     * is far from its point (beyond the nearest ring of spots), or when it is not clearly nearer its
     * own point than every other one (see {@link #ambiguous}).
     */
    static boolean needsLeader(Rectangle2D box, int i, List<Point2D> anchors, double radius) {
      Point2D at = anchors.get(i);
      return box.getCenterX() - at.getX() > box.getWidth() / 2 + 2 * radius + 4
          || at.getX() - box.getCenterX() > box.getWidth() / 2 + 2 * radius + 4
          || Math.abs(box.getCenterY() - at.getY()) > box.getHeight() / 2 + 2 * radius + 4
          || ambiguous(box, i, anchors);
    }

    /**
     * Whether a reader could take the label in {@code box} for another point's: some other anchor is
     * not at least {@value #CLEARLY_NEARER} pixel farther from the box than anchor {@code i}.
     */
    static boolean ambiguous(Rectangle2D box, int i, List<Point2D> anchors) {
      double own = nearest(box, anchors.get(i)).distance(anchors.get(i));
      for (int j = 0; j < anchors.size(); j++) {
        if (j != i && nearest(box, anchors.get(j)).distance(anchors.get(j)) < own + CLEARLY_NEARER) {
          return true;
        }
      }
      return false;
    }

    /** The point of {@code box} nearest {@code p} ({@code p} itself when inside). */
    static Point2D nearest(Rectangle2D box, Point2D p) {
      return new Point2D.Double(Math.max(box.getMinX(), Math.min(p.getX(), box.getMaxX())),
          Math.max(box.getMinY(), Math.min(p.getY(), box.getMaxY())));
    }

    /**
     * Boxes of the given sizes, one per anchor, each placed at the first of a few spots around its
     * anchor (right, left, the four diagonals, above, below; then the same further out, with a leader
     * line) that lies inside {@code area}, overlaps neither an earlier box nor any anchor's square of
     * half-side {@code radius}, crosses none of {@code lines} and, next to its anchor, is nearer it than
     * any other anchor. A box may cross a line rather than move further out, but not lie nearer
     * another anchor; where every spot costs something, the spot that costs least.
     */
    static List<Rectangle2D> place(List<Point2D> anchors, List<? extends Dimension2D> sizes, Rectangle2D area,
        double radius, List<Line2D> lines) {
      List<Rectangle2D> obstacles = new ArrayList<>();
      for (Point2D a : anchors) {
        obstacles.add(new Rectangle2D.Double(a.getX() - radius, a.getY() - radius, 2 * radius, 2 * radius));
      }
      List<Rectangle2D> placed = new ArrayList<>();
      for (int i = 0; i < anchors.size(); i++) {
        Point2D a = anchors.get(i);
        double w = sizes.get(i).getWidth();
        double h = sizes.get(i).getHeight();
        Rectangle2D best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        boolean bestClear = false;
        boolean near = true;
        for (double gap : new double[] {radius + 3, radius + 18, radius + 34}) {
          double d = gap * 0.75;
          double[][] spots = {
            {a.getX() + gap, a.getY() - h / 2}, {a.getX() - gap - w, a.getY() - h / 2},
            {a.getX() + d, a.getY() - d - h}, {a.getX() + d, a.getY() + d},
            {a.getX() - d - w, a.getY() - d - h}, {a.getX() - d - w, a.getY() + d},
            {a.getX() - w / 2, a.getY() - gap - h}, {a.getX() - w / 2, a.getY() + gap}};
          for (double[] s : spots) {
            Rectangle2D r = new Rectangle2D.Double(s[0], s[1], w, h);
            double covered = overlap(r, obstacles) + overlap(r, placed) + outside(r, area);
            // less than a pixel's area is rounding, not overlap
            double cost = covered < 0.5 ? 0 : covered;
            // further out, a leader line joins the label to its point
            boolean mistaken = near && ambiguous(r, i, anchors);
            boolean clear = cost == 0 && !mistaken;
            cost += mistaken ? AMBIGUOUS_COST : 0;
            for (Line2D l : lines) {
              cost += r.intersectsLine(l) ? LINE_COST : 0;
            }
            if (cost < bestCost) {
              best = r;
              bestCost = cost;
              bestClear = clear;
            }
            if (cost == 0) {
              break;
            }
          }
          if (bestClear) {
            break;
          }
          near = false;
        }
        placed.add(best);
      }
      return placed;
    }

    private static double overlap(Rectangle2D r, List<Rectangle2D> others) {
      double sum = 0;
      for (Rectangle2D o : others) {
        Rectangle2D x = r.createIntersection(o);
        if (x.getWidth() > 0 && x.getHeight() > 0) {
          sum += x.getWidth() * x.getHeight();
        }
      }
      return sum;
    }

    private static double outside(Rectangle2D r, Rectangle2D area) {
      Rectangle2D in = r.createIntersection(area);
      double inside = in.getWidth() > 0 && in.getHeight() > 0 ? in.getWidth() * in.getHeight() : 0;
      // leaving the plot is worse than covering a neighbour
      return 4 * (r.getWidth() * r.getHeight() - inside);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PointLabels l && l.points.equals(points);
    }

    @Override
    public int hashCode() {
      return points.hashCode();
    }
  }
}
