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
 * its upper end, beyond the largest value, for labels written there (the totals after bars, rows of
 * line labels over a histogram), and leaves out the tick labels that would reach beyond the ends of
 * the plot, where they would be cut or run into the chart's edge.
 */
class AmountAxis extends NumberAxis {
  private static final long serialVersionUID = 1L;

  /** How far a tick label may reach beyond an end of the plot, in pixels. */
  static final double OVERHANG = 6;

  /** The share of the axis the values keep however much room is asked for beyond them. */
  static final double MIN_DATA_SHARE = 0.3;

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
    if (!(pixels > 0) || !(length > 0) || !Double.isFinite(dataMax) || dataMax <= range.getLowerBound()) {
      return range;
    }
    double share = Math.max(MIN_DATA_SHARE, (length - pixels) / length);
    double upper = range.getLowerBound() + (dataMax - range.getLowerBound()) / share;
    return upper > range.getUpperBound() ? new Range(range.getLowerBound(), upper) : range;
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
    if (reserved > 0) {
      double length = RectangleEdge.isTopOrBottom(edge) ? dataArea.getWidth() : dataArea.getHeight();
      Range r = fitted(getRange(), dataMax, reserved, length);
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
