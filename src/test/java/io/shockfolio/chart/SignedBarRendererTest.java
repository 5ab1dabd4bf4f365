package io.shockfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/**
 * The P&amp;L chart no longer draws zero bars, but its renderer and label generator still handle a
 * zero; these tests pin that down on their own.
 */
class SignedBarRendererTest {

  private static DefaultCategoryDataset dataset() {
    DefaultCategoryDataset ds = new DefaultCategoryDataset();
    ds.addValue(-1_000, "P&L", "LOSS");
    ds.addValue(0, "P&L", "ZERO");
    ds.addValue(340, "P&L", "GAIN");
    return ds;
  }

  @Test
  void paintsEachBarBySignAndZeroGrey() {
    SignedBarRenderer r = new SignedBarRenderer();
    new CategoryPlot(dataset(), new CategoryAxis(), new NumberAxis(), r);

    assertThat(r.getItemPaint(0, 0)).as("-1,000, a loss").isEqualTo(ChartTheme.LOSS);
    assertThat(r.getItemPaint(0, 1)).as("0, unmoved").isEqualTo(ChartTheme.NEUTRAL);
    assertThat(r.getItemPaint(0, 2)).as("+340, a gain").isEqualTo(ChartTheme.GAIN);
    assertThat(ChartTheme.NEUTRAL.getRGB() & 0xFFFFFF).isEqualTo(0x999999);
  }

  @Test
  void withoutAPlotFallsBackToTheSeriesPaint() {
    SignedBarRenderer r = new SignedBarRenderer();
    r.setSeriesPaint(0, ChartTheme.BEFORE);

    assertThat(r.getItemPaint(0, 0)).isEqualTo(ChartTheme.BEFORE);
  }

  @Test
  void labelsZeroWithoutASign() {
    // the largest amount is 1,000, so whole units: 0 reads "0", neither "+0" nor "-0"
    SignedLabelGenerator g = new SignedLabelGenerator(Locale.US, 1_000);
    DefaultCategoryDataset ds = dataset();

    assertThat(g.generateLabel(ds, 0, 0)).isEqualTo("-1,000");
    assertThat(g.generateLabel(ds, 0, 1)).isEqualTo("0");
    assertThat(g.generateLabel(ds, 0, 2)).isEqualTo("+340");
  }
}
