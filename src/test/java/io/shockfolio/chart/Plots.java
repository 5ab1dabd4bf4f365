package io.shockfolio.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;

/** Reading a category chart back in tests: its plot and its category labels. */
final class Plots {

  private Plots() {}

  static CategoryPlot plot(JFreeChart chart) {
    return (CategoryPlot) chart.getPlot();
  }

  static String column(CategoryDataset ds, int c) {
    return ds.getColumnKey(c).toString();
  }

  static List<String> columns(CategoryDataset ds) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < ds.getColumnCount(); c++) {
      out.add(column(ds, c));
    }
    return out;
  }
}
