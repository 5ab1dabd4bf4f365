package io.shockfolio.chart;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.Objects;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

/**
 * Round tick steps (1, 2, 2.5 or 5 × 10^k, at least 0.01) no finer than a smallest step, for an
 * axis that picks its step when drawn: it takes the finest of these whose labels do not run into
 * each other, so the smallest step caps the number of ticks and the drawn size can only thin them.
 */
final class RoundTickUnits implements TickUnitSource, Serializable {
  private static final long serialVersionUID = 1L;

  private final double smallest;
  private final NumberFormat format;
  private final boolean whole;

  /**
   * @param smallest the finest step, itself round
   * @param format the tick labels' format
   */
  RoundTickUnits(double smallest, NumberFormat format) {
    this(smallest, format, false);
  }

  /**
   * @param smallest the finest step, itself round
   * @param format the tick labels' format
   * @param whole whether only whole steps may be taken (1, 2, 5, 10, 20, 25 …), for counts
   */
  RoundTickUnits(double smallest, NumberFormat format, boolean whole) {
    if (!(smallest > 0) || !Double.isFinite(smallest)) {
      throw new IllegalArgumentException("Expected a positive step, but found " + smallest);
    }
    this.smallest = smallest;
    this.format = Objects.requireNonNull(format, "format");
    this.whole = whole;
  }

  /** The finest step. */
  double smallest() {
    return smallest;
  }

  @Override
  public TickUnit getCeilingTickUnit(double size) {
    double step = size <= smallest || !Double.isFinite(size) ? smallest : ChartTheme.tickStep(size, 1);
    step = Math.max(step, smallest);
    while (whole && step != Math.rint(step)) {
      step = ChartTheme.tickStep(step * (1 + 1e-9), 1);
    }
    return new NumberTickUnit(step, format);
  }

  @Override
  public TickUnit getCeilingTickUnit(TickUnit unit) {
    return getCeilingTickUnit(unit.getSize());
  }

  @Override
  public TickUnit getLargerTickUnit(TickUnit unit) {
    // the next round step above the unit's: just above it, rounded up
    return getCeilingTickUnit(ChartTheme.tickStep(unit.getSize() * (1 + 1e-9), 1));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RoundTickUnits r && r.smallest == smallest && r.format.equals(format) && r.whole == whole;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(smallest);
  }
}
