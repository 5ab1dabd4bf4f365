package io.shockfolio.chart;

import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.ScenarioResult;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The portfolio's P&amp;L as every reported move is scaled from 0 to 2× (×1 is the news as
 * reported): a line in the base currency on the left axis, the same as a share of the value before
 * on the right axis. The point the result was run at is marked and labelled; when a reverse stress
 * was asked for, a dashed line marks the target loss and a point the scale that reaches it.
 */
public final class SeverityCurveChart {

  /** The keys of the dataset's series, in order. */
  public static final String CURVE = "P&L";

  public static final String AS_RUN = "as run";

  public static final String TARGET = "target loss";

  /**
   * The target point is drawn when its scale is at most this many times the curve's last scale;
   * further out it would squash the curve, and a subtitle gives it instead.
   */
  static final double TARGET_SHOWN_UP_TO = 2.0;

  static final Stroke CURVE_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

  static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
      new float[] {8f, 6f}, 0f);

  private SeverityCurveChart() {}

  /**
   * The chart for {@code result}'s severity curve, with numbers in {@code locale}'s format.
   *
   * @throws IllegalArgumentException when the result has no severity curve
   */
  public static JFreeChart create(ScenarioResult result, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    List<Analysis.SeverityPoint> curve = result.analysis().severityCurve();
    if (curve.isEmpty()) {
      throw new IllegalArgumentException("Expected a severity curve, but the result of "
          + result.scenario().name() + " has none");
    }
    ChartTheme theme = ChartTheme.of(locale);
    Analysis.SeverityPoint asRun = asRun(result);
    Optional<Analysis.SeverityPoint> target = target(result);
    boolean targetShown = target.isPresent() && targetShown(result);

    XYSeries line = new XYSeries(CURVE, false, true);
    curve.forEach(p -> line.add(p.scale(), p.pnl()));
    XYSeries run = new XYSeries(AS_RUN, false, true);
    run.add(asRun.scale(), asRun.pnl());
    XYSeriesCollection dataset = new XYSeriesCollection();
    dataset.addSeries(line);
    dataset.addSeries(run);
    if (targetShown) {
      XYSeries t = new XYSeries(TARGET, false, true);
      t.add(target.get().scale(), target.get().pnl());
      dataset.addSeries(t);
    }

    double yMin = 0;
    double yMax = 0;
    double xMax = Math.max(curve.get(curve.size() - 1).scale(), asRun.scale());
    for (Analysis.SeverityPoint p : curve) {
      yMin = Math.min(yMin, p.pnl());
      yMax = Math.max(yMax, p.pnl());
    }
    yMin = Math.min(yMin, asRun.pnl());
    yMax = Math.max(yMax, asRun.pnl());
    if (targetShown) {
      yMin = Math.min(yMin, target.get().pnl());
      yMax = Math.max(yMax, target.get().pnl());
      xMax = Math.max(xMax, target.get().scale());
    }
    double maxAbs = Math.max(-yMin, yMax);
    NumberFormat amounts = theme.amountFormat(maxAbs);

    NumberAxis x = new NumberAxis("Scale of the reported moves (×1 = as reported)");
    if (!(xMax > 0)) {
      xMax = 1;
    }
    x.setRange(-0.03 * xMax, xMax * 1.06);
    double xStep = ChartTheme.tickStep(xMax, 10);
    NumberFormat times = timesFormat(locale);
    x.setNumberFormatOverride(times);
    x.setTickUnit(new NumberTickUnit(xStep, times), false, true);

    NumberAxis y = new NumberAxis("P&L (" + result.baseCurrency() + ")");
    Range yRange = paddedRange(yMin, yMax);
    y.setLowerMargin(0);
    y.setUpperMargin(0);
    y.setRange(yRange, true, false);
    theme.amountTicks(y, yRange.getLowerBound(), yRange.getUpperBound(), 10);

    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    renderer.setSeriesPaint(0, ChartTheme.BEFORE);
    renderer.setSeriesStroke(0, CURVE_STROKE);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    renderer.setSeriesLinesVisible(0, true);
    renderer.setSeriesShapesVisible(0, true);
    renderer.setSeriesPaint(1, ChartTheme.paintFor(asRun.pnl()));
    renderer.setSeriesShape(1, diamond(9));
    renderer.setSeriesLinesVisible(1, false);
    renderer.setSeriesShapesVisible(1, true);
    renderer.setSeriesPaint(2, ChartTheme.LOSS);
    renderer.setSeriesShape(2, new Rectangle2D.Double(-7, -7, 14, 14));
    renderer.setSeriesLinesVisible(2, false);
    renderer.setSeriesShapesVisible(2, true);
    renderer.setUseOutlinePaint(true);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    renderer.setDrawOutlines(true);

    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    // the marked points over the curve's own dots
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    plot.addRangeMarker(new ValueMarker(0, ChartTheme.ZERO_LINE, ChartTheme.ZERO_LINE_STROKE), Layer.BACKGROUND);

    double before = Math.abs(result.valueBefore());
    if (before > 0) {
      NumberAxis pct = new NumberAxis("P&L (% of value before)");
      Range pctRange = new Range(yRange.getLowerBound() / before * 100, yRange.getUpperBound() / before * 100);
      pct.setRange(pctRange, true, false);
      double step = ChartTheme.tickStep(pctRange.getLength(), 10);
      NumberFormat f = percentFormat(locale, step);
      pct.setNumberFormatOverride(f);
      pct.setTickUnit(new NumberTickUnit(step, f), false, true);
      plot.setRangeAxis(1, pct);
      plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
    }

    // a falling curve leaves room below-left and above-right of a point, a rising one above-left
    // and below-right; near the left edge, labels go right. When the target point is near the
    // as-run point, the one further left (and higher) is labelled above-right and the other
    // below-left, so the curve runs between the two labels.
    boolean falling = asRun.pnl() <= 0;
    boolean nearLeft = asRun.scale() < 0.35 * xMax;
    Side runSide = falling ? (nearLeft ? Side.NE : Side.SW) : (nearLeft ? Side.SE : Side.NW);
    Side targetSide = Side.SW;
    if (targetShown && falling) {
      double ts = target.get().scale();
      boolean crowded = Math.abs(ts - asRun.scale()) < 0.3 * xMax;
      if (crowded && ts >= asRun.scale()) {
        runSide = Side.NE;
      } else if (crowded) {
        targetSide = Side.NE;
      }
    }
    plot.addAnnotation(pointer(asRunLabel(result, theme, amounts), asRun.scale(), asRun.pnl(), runSide,
        ChartTheme.TEXT));
    if (target.isPresent()) {
      Analysis.SeverityPoint t = target.get();
      ValueMarker targetLine = new ValueMarker(t.pnl(), ChartTheme.LOSS, DASHED);
      targetLine.setLabel(targetLineLabel(result, theme, amounts));
      targetLine.setLabelFont(ChartTheme.ITEM_LABEL_FONT);
      targetLine.setLabelPaint(ChartTheme.LOSS);
      targetLine.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      targetLine.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
      targetLine.setLabelOffset(new RectangleInsets(3, 8, 3, 8));
      targetLine.setLabelBackgroundColor(new Color(255, 255, 255, 0));
      if (yRange.contains(t.pnl())) {
        plot.addRangeMarker(targetLine, Layer.BACKGROUND);
      }
      if (targetShown) {
        plot.addAnnotation(pointer(targetLabel(result, theme), t.scale(), t.pnl(), targetSide, ChartTheme.LOSS));
      }
    }

    JFreeChart chart = new JFreeChart(null, ChartTheme.TITLE_FONT, plot, false);
    ChartText.titled(chart, result, locale);
    chart.addSubtitle(new TextTitle("P&L as every reported move is scaled; each point a full run of the model"));
    if (target.isPresent() && !targetShown) {
      chart.addSubtitle(new TextTitle(targetLabel(result, theme) + ", beyond the chart"));
    }
    return theme.apply(chart);
  }

  /** The point the result was run at: its scale (the scenario's severity), P&amp;L and P&amp;L share. */
  static Analysis.SeverityPoint asRun(ScenarioResult result) {
    return new Analysis.SeverityPoint(result.scenario().severity(), result.pnl(), result.pnlPct());
  }

  /**
   * The reverse stress as a point: its scale and the target loss in the base currency ({@code
   * -targetLoss × |value before|}) and as a share ({@code -targetLoss}); empty without a reverse stress.
   */
  static Optional<Analysis.SeverityPoint> target(ScenarioResult result) {
    double before = Math.abs(result.valueBefore());
    return result.analysis().reverseStress()
        .map(r -> new Analysis.SeverityPoint(r.scale(), -r.targetLoss() * before, -r.targetLoss()));
  }

  /** Whether the target point lies close enough to the curve to be drawn (see {@link #TARGET_SHOWN_UP_TO}). */
  static boolean targetShown(ScenarioResult result) {
    List<Analysis.SeverityPoint> curve = result.analysis().severityCurve();
    double end = Math.max(curve.isEmpty() ? 0 : curve.get(curve.size() - 1).scale(), result.scenario().severity());
    return target(result).map(t -> Double.isFinite(t.scale()) && t.scale() <= TARGET_SHOWN_UP_TO * end)
        .orElse(false);
  }

  /** {@code "as reported: -4,411 EUR (-4.60%)"}; {@code "as run at ×1.5: …"} for a scaled scenario. */
  static String asRunLabel(ScenarioResult result, ChartTheme theme, NumberFormat amounts) {
    double severity = result.scenario().severity();
    String head = severity == 1.0 ? "as reported" : "as run at ×" + theme.plain(severity);
    return head + ": " + theme.signed(result.pnl(), amounts) + " " + result.baseCurrency()
        + " (" + theme.signedPercent(result.pnlPct()) + "%)";
  }

  /** {@code "10% loss at ×2.17"}. */
  static String targetLabel(ScenarioResult result, ChartTheme theme) {
    Analysis.ReverseStress r = result.analysis().reverseStress().orElseThrow();
    return theme.plain(r.targetLoss() * 100) + "% loss at ×" + theme.plain(r.scale());
  }

  /** {@code "target loss 10%: -9,593 EUR"}. */
  static String targetLineLabel(ScenarioResult result, ChartTheme theme, NumberFormat amounts) {
    Analysis.ReverseStress r = result.analysis().reverseStress().orElseThrow();
    return "target loss " + theme.plain(r.targetLoss() * 100) + "%: "
        + theme.signed(-r.targetLoss() * Math.abs(result.valueBefore()), amounts) + " " + result.baseCurrency();
  }

  /** The data's range with room below for labels and above for the zero line. */
  static Range paddedRange(double min, double max) {
    double span = max - min;
    if (!(span > 0)) {
      span = Math.max(1, Math.abs(min));
    }
    return new Range(min - 0.14 * span, max + 0.08 * span);
  }

  /** Where a label sits from its point, with the angle of its arrow and the corner of the text at the arrow's end. */
  enum Side {
    // angles are clockwise from east in screen space
    SW(0.75 * Math.PI, TextAnchor.TOP_RIGHT),
    NW(1.25 * Math.PI, TextAnchor.BOTTOM_RIGHT),
    NE(1.75 * Math.PI, TextAnchor.BOTTOM_LEFT),
    SE(0.25 * Math.PI, TextAnchor.TOP_LEFT);

    final double angle;
    final TextAnchor anchor;

    Side(double angle, TextAnchor anchor) {
      this.angle = angle;
      this.anchor = anchor;
    }

    /** The side across the point left to right: SW and SE, NW and NE. */
    Side mirroredX() {
      return switch (this) {
        case SW -> SE;
        case SE -> SW;
        case NW -> NE;
        case NE -> NW;
      };
    }

    /** The side across the point top to bottom: SW and NW, SE and NE. */
    Side mirroredY() {
      return switch (this) {
        case SW -> NW;
        case NW -> SW;
        case SE -> NE;
        case NE -> SE;
      };
    }

    /**
     * Where a label {@code w × h} pixels lies on this side of the point ({@code px}, {@code py}): its
     * corner {@value #LABEL_DISTANCE} pixels away along the arrow, the text on the far side of it.
     */
    Rectangle2D box(double px, double py, double w, double h) {
      double ax = px + Math.cos(angle) * LABEL_DISTANCE;
      double ay = py + Math.sin(angle) * LABEL_DISTANCE;
      boolean left = this == SW || this == NW;
      boolean above = this == NW || this == NE;
      return new Rectangle2D.Double(left ? ax - w : ax, above ? ay - h : ay, w, h);
    }
  }

  /** Pixels from a point to the corner of its label at the arrow's end: the arrow's base radius plus the label offset. */
  static final double LABEL_DISTANCE = 44;

  /**
   * The side of its point a label {@code w × h} pixels goes, the point at ({@code px}, {@code py}):
   * {@code preferred} when the label lies inside {@code area} there, else the first of its mirror
   * images where it does: the opposite side first (across a rising or falling curve, as the
   * preferred side is), then left for right, then up for down; {@code preferred} when none fits.
   */
  static Side fitting(Side preferred, double px, double py, double w, double h, Rectangle2D area) {
    for (Side s : List.of(preferred, preferred.mirroredX().mirroredY(), preferred.mirroredX(), preferred.mirroredY())) {
      if (area.contains(s.box(px, py, w, h))) {
        return s;
      }
    }
    return preferred;
  }

  /** A label with an arrow to ({@code x}, {@code y}), on {@code side} of it, or on a mirrored side if it would leave the plot there. */
  private static XYPointerAnnotation pointer(String text, double x, double y, Side side, Paint paint) {
    return new FittingPointer(text, x, y, side, paint);
  }

  /** A pointer that, when drawn, moves its label to the mirrored side of its point if its own side runs out of the plot. */
  static final class FittingPointer extends XYPointerAnnotation {
    private static final long serialVersionUID = 1L;

    private final Side side;

    FittingPointer(String text, double x, double y, Side side, Paint paint) {
      super(text, x, y, side.angle);
      this.side = side;
      style(this, side, paint);
    }

    /** The side the label is meant for. */
    Side side() {
      return side;
    }

    @Override
    public void draw(java.awt.Graphics2D g2, XYPlot plot, Rectangle2D dataArea,
        org.jfree.chart.axis.ValueAxis domainAxis, org.jfree.chart.axis.ValueAxis rangeAxis, int rendererIndex,
        org.jfree.chart.plot.PlotRenderingInfo info) {
      double px = domainAxis.valueToJava2D(getX(), dataArea, plot.getDomainAxisEdge());
      double py = rangeAxis.valueToJava2D(getY(), dataArea, plot.getRangeAxisEdge());
      java.awt.FontMetrics fm = g2.getFontMetrics(getFont());
      double w = fm.getStringBounds(getText(), g2).getWidth();
      double h = fm.getAscent() + fm.getDescent();
      Side fit = fitting(side, px, py, w, h, dataArea);
      if (fit == side) {
        super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
      } else {
        XYPointerAnnotation mirrored = new XYPointerAnnotation(getText(), getX(), getY(), fit.angle);
        style(mirrored, fit, getPaint());
        mirrored.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info);
      }
    }
  }

  private static void style(XYPointerAnnotation a, Side side, Paint paint) {
    a.setFont(ChartTheme.ITEM_LABEL_FONT.deriveFont(java.awt.Font.BOLD, 13f));
    a.setPaint(paint);
    a.setArrowPaint(paint);
    a.setTipRadius(10);
    a.setBaseRadius(LABEL_DISTANCE - 4);
    a.setLabelOffset(4);
    a.setArrowLength(7);
    a.setArrowWidth(4);
    a.setTextAnchor(side.anchor);
    a.setBackgroundPaint(new Color(255, 255, 255, 220));
  }

  private static Shape diamond(double r) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(0, -r);
    p.lineTo(r, 0);
    p.lineTo(0, r);
    p.lineTo(-r, 0);
    p.closePath();
    return p;
  }

  /** Scales as {@code ×0.5}, {@code ×2}, in the locale's digits. */
  static NumberFormat timesFormat(Locale locale) {
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
    f.setPositivePrefix("×");
    f.setNegativePrefix("-×");
    return new NoNegativeZero(f);
  }

  /**
   * Percentages as {@code -5%}, {@code 2.5%}, with as many decimals as {@code step} has (tick labels
   * of a percentage axis), in the locale's digits.
   */
  static NumberFormat percentFormat(Locale locale, double step) {
    int decimals = Math.max(0, BigDecimal.valueOf(step).stripTrailingZeros().scale());
    DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    f.setRoundingMode(RoundingMode.HALF_UP);
    f.setPositiveSuffix("%");
    f.setNegativeSuffix("%");
    return new NoNegativeZero(f);
  }

  /**
   * A format that writes values rounding to zero without a minus sign: tick values computed as
   * multiples of a step can come out as {@code -1e-16}.
   */
  static final class NoNegativeZero extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final DecimalFormat inner;

    NoNegativeZero(DecimalFormat inner) {
      this.inner = inner;
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
      double unit = Math.pow(10, -inner.getMaximumFractionDigits()) / 2;
      return inner.format(Math.abs(number) < unit ? 0.0 : number, to, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
      return inner.format(number, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
      return inner.parse(source, pos);
    }
  }
}
