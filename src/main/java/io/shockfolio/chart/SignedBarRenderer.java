package io.shockfolio.chart;

import java.awt.Paint;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.CategoryDataset;

/**
 * A bar renderer that paints each bar by the sign of its value: losses in {@link ChartTheme#LOSS},
 * gains in {@link ChartTheme#GAIN}, zero in {@link ChartTheme#NEUTRAL}. One series, so every bar
 * takes the full width of its category.
 */
public final class SignedBarRenderer extends BarRenderer {

  private static final long serialVersionUID = 1L;

  @Override
  public Paint getItemPaint(int row, int column) {
    CategoryPlot plot = getPlot();
    if (plot != null) {
      int index = plot.getIndexOf(this);
      CategoryDataset dataset = index >= 0 ? plot.getDataset(index) : null;
      if (dataset != null && row < dataset.getRowCount() && column < dataset.getColumnCount()) {
        Number v = dataset.getValue(row, column);
        if (v != null) {
          return ChartTheme.paintFor(v.doubleValue());
        }
      }
    }
    return super.getItemPaint(row, column);
  }
}
