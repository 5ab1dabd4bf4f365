package io.shockfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.junit.jupiter.api.Test;

class ChartThemeTest {

  @Test
  void formatsAmountsWithSignGroupingAndDecimalsByMagnitude() {
    ChartTheme us = ChartTheme.of(Locale.US);

    assertThat(us.signedAmount(-1_326.24)).isEqualTo("-1,326");
    assertThat(us.signedAmount(12_345.5)).isEqualTo("+12,346");
    assertThat(us.signedAmount(85.25)).isEqualTo("+85.25");
    assertThat(us.signedAmount(0)).isEqualTo("0.00");
    assertThat(us.signedAmount(-0.001)).as("rounds to zero, so no sign").isEqualTo("0.00");
    assertThat(ChartTheme.of(Locale.GERMANY).signedAmount(-1_326.24)).isEqualTo("-1.326");
    assertThat(us.signed(-850, us.amountFormat(1_000))).isEqualTo("-850");
  }

  @Test
  void formatsPercentagesWithTwoDecimals() {
    assertThat(ChartTheme.of(Locale.US).signedPercent(-1_510.0 / 17_000)).isEqualTo("-8.88");
    assertThat(ChartTheme.of(Locale.US).signedPercent(0.0322)).isEqualTo("+3.22");
    assertThat(ChartTheme.of(Locale.FRANCE).signedPercent(-0.5)).isEqualTo("-50,00");
  }

  @Test
  void picksRoundTickSteps() {
    // 3,000 in at most 12 steps: 250 is the smallest round step ≥ 3,000 / 12 = 250
    assertThat(ChartTheme.tickStep(3_000, 12)).isEqualTo(250.0);
    // 3,001 / 12 = 250.08, so the next round step
    assertThat(ChartTheme.tickStep(3_001, 12)).isEqualTo(500.0);
    // 0.3 / 10 = 0.03 → 0.05 (0.025 would need a third decimal)
    assertThat(ChartTheme.tickStep(0.3, 10)).isEqualTo(0.05);
    assertThat(ChartTheme.tickStep(0, 10)).isEqualTo(1.0);
  }

  @Test
  void appliesFontsBackgroundAndFlatBars() {
    CategoryPlot plot = new CategoryPlot();
    plot.setRenderer(new BarRenderer());
    plot.setDomainAxis(new org.jfree.chart.axis.CategoryAxis("x"));
    plot.setRangeAxis(new org.jfree.chart.axis.NumberAxis("y"));
    JFreeChart chart = ChartTheme.of(Locale.US).apply(new JFreeChart("Title", plot));

    assertThat(chart.getBackgroundPaint()).isEqualTo(ChartTheme.BACKGROUND);
    assertThat(chart.getTitle().getFont()).isEqualTo(new Font(Font.SANS_SERIF, Font.BOLD, 22));
    assertThat(plot.getRangeAxis().getLabelFont().getSize()).isEqualTo(15);
    assertThat(plot.getRangeAxis().getTickLabelFont().getSize()).isEqualTo(13);
    assertThat(plot.getRangeGridlinePaint()).isEqualTo(ChartTheme.GRIDLINE);
    BarRenderer r = (BarRenderer) plot.getRenderer();
    assertThat(r.getBarPainter()).isInstanceOf(StandardBarPainter.class);
    assertThat(r.getShadowsVisible()).isFalse();
    assertThat(r.getDefaultItemLabelFont().getSize()).isEqualTo(12);
  }
}
