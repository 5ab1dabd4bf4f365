package io.shockfolio.chart;

import io.shockfolio.domain.Breakdown;
import io.shockfolio.domain.ScenarioResult;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A grouped vertical bar chart of each sector's value before and after the scenario, in the base
 * currency, largest sector first. Each "After" bar is labelled with the sector's move in percent.
 */
public final class SectorValueChart {

  public static final String BEFORE = "Before";
  public static final String AFTER = "After";

  /** From this many sectors on, the sector names are drawn at 45°. */
  public static final int ROTATE_LABELS_ABOVE = 6;

  /** Sector names are cut beyond this many characters; they may wrap onto two lines. */
  public static final int SECTOR_LABEL_LENGTH = 40;

  /** From this many sectors on, the move labels above the bars are drawn upright. */
  public static final int VERTICAL_ITEM_LABELS_ABOVE = 10;

  /** The widest a bar gets, as a fraction of the axis. */
  static final double MAX_BAR_WIDTH = 0.07;

  /** The gap between a sector's two bars, as a fraction of the axis. */
  static final double ITEM_GAP = 0.005;

  private SectorValueChart() {}

  /** The chart for {@code result}, with numbers in {@code locale}'s format. */
  public static JFreeChart create(ScenarioResult result, Locale locale) {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(locale, "locale");
    ChartTheme theme = ChartTheme.of(locale);

    List<Breakdown> sectors = result.bySector();
    List<String> labels = ChartText.uniqueLabels(sectors.stream().map(Breakdown::key).toList(), SECTOR_LABEL_LENGTH);
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    double min = 0;
    double max = 0;
    for (int i = 0; i < sectors.size(); i++) {
      Breakdown b = sectors.get(i);
      dataset.addValue(b.valueBefore(), BEFORE, labels.get(i));
      dataset.addValue(b.valueAfter(), AFTER, labels.get(i));
      min = Math.min(min, Math.min(b.valueBefore(), b.valueAfter()));
      max = Math.max(max, Math.max(b.valueBefore(), b.valueAfter()));
    }
    int n = sectors.size();

    CategoryAxis categoryAxis = new CategoryAxis(null);
    categoryAxis.setMaximumCategoryLabelLines(2);
    if (n > ROTATE_LABELS_ABOVE) {
      categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }

    NumberAxis valueAxis = new NumberAxis("Value (" + result.baseCurrency() + ")");
    valueAxis.setAutoRangeIncludesZero(true);
    valueAxis.setAutoRangeMinimumSize(1);
    // room for the move labels beyond the bars' ends, more when they stand upright
    double labelRoom = n > VERTICAL_ITEM_LABELS_ABOVE ? 0.14 : 0.08;
    valueAxis.setUpperMargin(labelRoom);
    valueAxis.setLowerMargin(min < 0 ? labelRoom : 0);
    theme.amountTicks(valueAxis, min, max, 10);

    BarRenderer renderer = new BarRenderer();
    renderer.setSeriesPaint(0, ChartTheme.BEFORE);
    renderer.setSeriesPaint(1, ChartTheme.AFTER);
    layOut(categoryAxis, renderer, n);
    renderer.setSeriesItemLabelGenerator(1, new MoveLabelGenerator(locale));
    renderer.setSeriesItemLabelsVisible(1, true);
    renderer.setItemLabelInsets(new RectangleInsets(4, 4, 4, 4));
    if (n > VERTICAL_ITEM_LABELS_ABOVE) {
      // side by side, the labels of narrow bars would run into each other
      double up = -Math.PI / 2;
      renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(
          ItemLabelAnchor.OUTSIDE12, TextAnchor.CENTER_LEFT, TextAnchor.CENTER_LEFT, up));
      renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(
          ItemLabelAnchor.OUTSIDE6, TextAnchor.CENTER_RIGHT, TextAnchor.CENTER_RIGHT, up));
    } else {
      renderer.setDefaultPositiveItemLabelPosition(
          new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
      renderer.setDefaultNegativeItemLabelPosition(
          new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
    }

    CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setNoDataMessage("No holdings");
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(ChartTheme.ZERO_LINE);
    plot.setRangeZeroBaselineStroke(ChartTheme.ZERO_LINE_STROKE);

    JFreeChart chart = new JFreeChart(null, ChartTheme.TITLE_FONT, plot, true);
    ChartText.titled(chart, result, locale);
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.TOP);
    return theme.apply(chart);
  }

  /**
   * Spaces the sectors evenly, with a small fixed gap between a sector's two bars. With many sectors
   * the bars take what room there is; with few, each bar is held to {@link #MAX_BAR_WIDTH} of the
   * axis and the sectors are spread out.
   */
  static void layOut(CategoryAxis axis, BarRenderer renderer, int n) {
    // JFreeChart's margins are fractions of the whole axis, shared out among the gaps
    double itemMargin = Math.min(0.1, Math.max(1, n) * ITEM_GAP);
    double edge = 0.03;
    double margin = 0.25;
    double naturalBar = (1 - 2 * edge - margin - itemMargin) / (2.0 * Math.max(1, n));
    if (n > 0 && naturalBar > MAX_BAR_WIDTH) {
      double gap = (1 - itemMargin - 2 * n * MAX_BAR_WIDTH) / Math.max(1, n);
      edge = gap / 2;
      margin = gap * (n - 1);
    }
    axis.setLowerMargin(edge);
    axis.setUpperMargin(edge);
    axis.setCategoryMargin(margin);
    renderer.setItemMargin(itemMargin);
  }

  /**
   * Labels an "After" bar with the sector's move, {@code -12.34%}: its P&amp;L over the size of its
   * value before, so a gain reads as positive even for a sector of short positions.
   */
  static final class MoveLabelGenerator extends StandardCategoryItemLabelGenerator {

    private static final long serialVersionUID = 1L;

    private final Locale locale;

    MoveLabelGenerator(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
      Number before = dataset.getValue(BEFORE, dataset.getColumnKey(column));
      Number after = dataset.getValue(row, column);
      if (before == null || after == null || before.doubleValue() == 0) {
        return null;
      }
      double move = (after.doubleValue() - before.doubleValue()) / Math.abs(before.doubleValue());
      return ChartTheme.of(locale).signedPercent(move) + "%";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MoveLabelGenerator g && g.locale.equals(locale);
    }

    @Override
    public int hashCode() {
      return locale.hashCode();
    }
  }
}
