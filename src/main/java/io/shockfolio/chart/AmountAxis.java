package io.shockfolio.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;

/**
 * A number axis fitted when drawn to the size it is drawn at: it keeps a number of pixels free at
 * its ends, beyond the smallest and the largest value, for labels written there (amounts beyond bar
 * ends, the totals after bars, rows of line labels over a histogram), and leaves out the tick labels
 * that would reach beyond the ends of the plot, where they would be cut or run into the chart's edge.
 */
class AmountAxis extends NumberAxis {
  private static final long serialVersionUID = 1L;

  /** How far a tick label may reach beyond an end of the plot, in pixels: about the chart's padding. */
  static final double OVERHANG = 12;

  /** The share of the axis the values keep however much room is asked for beyond them. */
  static final double MIN_DATA_SHARE = 0.3;

  private double dataMin = Double.NaN;
  private double reservedBelow;
  private double dataMax = Double.NaN;
  private double reserved;
  private int maxTicks;

  AmountAxis(String label) {
    super(label);
  }

  /**
   * Keeps {@code pixels} free beyond {@code dataMax} at the upper end of the axis: when drawn, the
   * upper bound is raised (never lowered) until {@code dataMax} lies that far from the end, while the
   * values keep at least {@value #MIN_DATA_SHARE} of the axis.
   */
  void reserveBeyond(double dataMax, double pixels) {
    this.dataMax = dataMax;
    this.reserved = pixels;
  }

  /**
   * Keeps {@code pixels} free beyond {@code dataMin} at the lower end of the axis, as {@link
   * #reserveBeyond} does at the upper end.
   */
  void reserveBelow(double dataMin, double pixels) {
    this.dataMin = dataMin;
    this.reservedBelow = pixels;
  }

  /**
   * Keeps room beyond the ends of bars for the labels {@code labels} gives the items of {@code
   * dataset}, written in {@code font} {@code inset} pixels beyond the bars' ends: a loss's label
   * beyond the smallest value, a gain's (or zero's) beyond the largest.
   */
  void reserveForLabels(org.jfree.data.category.CategoryDataset dataset,
      org.jfree.chart.labels.CategoryItemLabelGenerator labels, Font font, double inset) {
    double min = 0;
    double max = 0;
    double below = 0;
    double beyond = 0;
    for (int r = 0; r < dataset.getRowCount(); r++) {
      for (int c = 0; c < dataset.getColumnCount(); c++) {
        Number v = dataset.getValue(r, c);
        if (v == null) {
          continue;
        }
        double w = width(labels.generateLabel(dataset, r, c), font) + inset + 2;
        if (v.doubleValue() < 0) {
          min = Math.min(min, v.doubleValue());
          below = Math.max(below, w);
        } else {
          max = Math.max(max, v.doubleValue());
          beyond = Math.max(beyond, w);
        }
      }
    }
    reserveBelow(min, below);
    reserveBeyond(max, beyond);
  }

  /**
   * Caps the ticks at about {@code maxTicks} over the range the axis has when drawn (after the room
   * of {@link #reserveBeyond}); 0 for no cap. The step is taken from the axis's standard tick units.
   */
  void setMaxTicks(int maxTicks) {
    this.maxTicks = maxTicks;
  }

  @Override
  protected void selectAutoTickUnit(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
    super.selectAutoTickUnit(g2, dataArea, edge);
    if (maxTicks > 0) {
      double step = ChartTheme.tickStep(getRange().getLength(), maxTicks);
      if (getTickUnit().getSize() < step) {
        setTickUnit((org.jfree.chart.axis.NumberTickUnit) getStandardTickUnits().getCeilingTickUnit(step),
            false, false);
      }
    }
  }

  /**
   * The range that leaves {@code pixels} of an axis {@code length} pixels long beyond {@code dataMax}:
   * the upper bound U with (dataMax - lower) / (U - lower) = (length - pixels) / length, kept when
   * the range already leaves that much.
   */
  static Range fitted(Range range, double dataMax, double pixels, double length) {
    return fitted(range, Double.NaN, 0, dataMax, pixels, length);
  }

  /**
   * The range, widened where needed, that leaves {@code below} pixels of an axis {@code length}
   * pixels long under {@code dataMin} and {@code beyond} pixels over {@code dataMax}; the values keep
   * at least {@value #MIN_DATA_SHARE} of the axis (the rooms shrink in proportion when they would
   * take more).
   */
  static Range fitted(Range range, double dataMin, double below, double dataMax, double beyond, double length) {
    double a = Double.isFinite(dataMin) && below > 0 ? below : 0;
    double b = Double.isFinite(dataMax) && beyond > 0 ? beyond : 0;
    if (!(length > 0) || a + b == 0) {
      return range;
    }
    double shrink = Math.min(1, (1 - MIN_DATA_SHARE) * length / (a + b));
    double alpha = a * shrink / length;
    double beta = b * shrink / length;
    double lo = range.getLowerBound();
    double hi = range.getUpperBound();
    double m = alpha > 0 ? dataMin : lo;
    double mm = beta > 0 ? dataMax : hi;
    // the least widening that gives both rooms: keep each end, or move it just far enough
    double[][] candidates = {
      {lo, hi},
      {lo, (mm - beta * lo) / (1 - beta)},
      {(m - alpha * hi) / (1 - alpha), hi},
      {m - alpha * (mm - m) / (1 - alpha - beta), mm + beta * (mm - m) / (1 - alpha - beta)}};
    for (double[] c : candidates) {
      double span = c[1] - c[0];
      double slack = 1e-9 * Math.max(1, Math.abs(span));
      if (c[0] <= lo + slack && c[1] >= hi - slack && span > 0
          && m - c[0] >= alpha * span - slack && c[1] - mm >= beta * span - slack) {
        lo = Math.min(lo, c[0]);
        hi = Math.max(hi, c[1]);
        break;
      }
    }
    return lo == range.getLowerBound() && hi == range.getUpperBound() ? range : new Range(lo, hi);
  }

  /** The width of {@code text} in {@code font}, measured as it would be drawn. */
  static double width(String text, Font font) {
    java.awt.image.BufferedImage scratch = new java.awt.image.BufferedImage(1, 1,
        java.awt.image.BufferedImage.TYPE_INT_ARGB);
    Graphics2D g2 = scratch.createGraphics();
    try {
      g2.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
          java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS,
          java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      FontMetrics fm = g2.getFontMetrics(font);
      return fm.getStringBounds(text, g2).getWidth();
    } finally {
      g2.dispose();
    }
  }

  @Override
  public AxisState draw(Graphics2D g2, double cursor, Rectangle2D plotArea, Rectangle2D dataArea,
      RectangleEdge edge, PlotRenderingInfo plotState) {
    if (reserved > 0 || reservedBelow > 0) {
      double length = RectangleEdge.isTopOrBottom(edge) ? dataArea.getWidth() : dataArea.getHeight();
      Range r = fitted(getRange(), dataMin, reservedBelow, dataMax, reserved, length);
      if (!r.equals(getRange())) {
        setRange(r, false, false);
      }
    }
    return super.draw(g2, cursor, plotArea, dataArea, edge, plotState);
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
    List ticks = super.refreshTicksHorizontal(g2, dataArea, edge);
    g2.setFont(getTickLabelFont());
    FontMetrics fm = g2.getFontMetrics();
    List kept = new ArrayList();
    for (Object o : ticks) {
      ValueTick t = (ValueTick) o;
      double x = valueToJava2D(t.getValue(), dataArea, edge);
      double half = fm.getStringBounds(t.getText(), g2).getWidth() / 2;
      if (x - half >= dataArea.getMinX() - OVERHANG && x + half <= dataArea.getMaxX() + OVERHANG) {
        kept.add(t);
      }
    }
    return kept;
  }
}
