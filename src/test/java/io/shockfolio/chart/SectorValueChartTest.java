package io.shockfolio.chart;

import static io.shockfolio.chart.Plots.column;
import static io.shockfolio.chart.Plots.columns;
import static io.shockfolio.chart.Plots.plot;
import static org.assertj.core.api.Assertions.assertThat;

import io.shockfolio.chart.Results.Line;
import io.shockfolio.domain.ScenarioResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class SectorValueChartTest {


  private static List<String> rows(CategoryDataset ds) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < ds.getRowCount(); r++) {
      out.add(ds.getRowKey(r).toString());
    }
    return out;
  }

  @Test
  void showsValueBeforeAndAfterPerSectorLargestFirst() {
    // Results.small() by sector:
    // Semiconductors: before 10,000 - 2,000 + 5,000 = 13,000; P&L -1,000 + 340 - 850 = -1,510;
    //   after 13,000 - 1,510 = 11,490
    // Software: SAP 4,000, unmatched, so 4,000 before and after
    CategoryPlot plot = plot(SectorValueChart.create(Results.small(), Locale.US));
    CategoryDataset ds = plot.getDataset();

    assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.VERTICAL);
    assertThat(rows(ds)).containsExactly("Before", "After");
    assertThat(columns(ds)).containsExactly("Semiconductors", "Software");
    assertThat(ds.getValue("Before", "Semiconductors").doubleValue()).isEqualTo(13_000.0);
    assertThat(ds.getValue("After", "Semiconductors").doubleValue()).isEqualTo(11_490.0);
    assertThat(ds.getValue("Before", "Software").doubleValue()).isEqualTo(4_000.0);
    assertThat(ds.getValue("After", "Software").doubleValue()).isEqualTo(4_000.0);
    assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Value (EUR)");
  }

  @Test
  void paintsBeforeBlueAndAfterOrangeAndLabelsTheMove() {
    CategoryPlot plot = plot(SectorValueChart.create(Results.small(), Locale.US));
    CategoryItemRenderer r = plot.getRenderer();
    CategoryDataset ds = plot.getDataset();

    assertThat(r.getItemPaint(0, 0)).isEqualTo(ChartTheme.BEFORE);
    assertThat(r.getItemPaint(1, 0)).isEqualTo(ChartTheme.AFTER);
    assertThat(ChartTheme.BEFORE.getRGB() & 0xFFFFFF).isEqualTo(0x0072B2);
    assertThat(ChartTheme.AFTER.getRGB() & 0xFFFFFF).isEqualTo(0xE69F00);
    assertThat(r.isItemLabelVisible(0, 0)).as("no label on Before").isFalse();
    assertThat(r.isItemLabelVisible(1, 0)).isTrue();
    // -1,510 / 13,000 = -11.615% → -11.62%
    assertThat(r.getItemLabelGenerator(1, 0).generateLabel(ds, 1, 0)).isEqualTo("-11.62%");
    assertThat(r.getItemLabelGenerator(1, 1).generateLabel(ds, 1, 1)).isEqualTo("0.00%");
  }

  @Test
  void hasALegendAndTheSharedTitles() {
    JFreeChart chart = SectorValueChart.create(Results.small(), Locale.US);

    assertThat(chart.getLegend()).isNotNull();
    assertThat(chart.getTitle().getText()).isEqualTo("demo — deepseek-2025-01-27 (2025-01-27)");
    assertThat(((TextTitle) chart.getSubtitle(0)).getText())
        .isEqualTo("Total P&L -1,510 EUR (-8.88%) · the scenario's shocks as written, no estimates");
  }

  @Test
  void keepsSectorNamesUpToFortyCharacters() {
    // "Semiconductor equipment" is 23 characters, one over the holdings' 22, so it is not cut;
    // "Information Technology Hardware and Components" is 46, so cut to its first 39 characters,
    // "Information Technology Hardware and Com", and "…": 40 in all
    ScenarioResult r = Results.build("p", Results.scenario(), List.of(
        new Line("AMAT", "", "Semiconductor equipment", 2_000, -0.05),
        new Line("HPQ", "", "Information Technology Hardware and Components", 1_000, -0.05)));

    CategoryDataset ds = plot(SectorValueChart.create(r, Locale.US)).getDataset();

    // largest first: 2,000 before, then 1,000
    assertThat(columns(ds)).containsExactly(
        "Semiconductor equipment", "Information Technology Hardware and Com…");
    assertThat(SectorValueChart.SECTOR_LABEL_LENGTH).isEqualTo(40);
    assertThat(column(ds, 1)).hasSize(SectorValueChart.SECTOR_LABEL_LENGTH);
  }

  @Test
  void rotatesSectorNamesOnlyWhenThereAreMoreThanSix() {
    assertThat(plot(SectorValueChart.create(sectors(6), Locale.US)).getDomainAxis()
        .getCategoryLabelPositions()).isEqualTo(CategoryLabelPositions.STANDARD);
    assertThat(plot(SectorValueChart.create(sectors(7), Locale.US)).getDomainAxis()
        .getCategoryLabelPositions()).isEqualTo(CategoryLabelPositions.UP_45);
  }

  @Test
  void manySectorsStillRender() {
    JFreeChart chart = SectorValueChart.create(sectors(15), Locale.GERMANY);

    assertThat(plot(chart).getDataset().getColumnCount()).isEqualTo(15);
    assertThat(ChartRendererTest.distinctColours(ChartRenderer.png(chart))).isGreaterThan(3);
  }

  private static ScenarioResult sectors(int n) {
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      lines.add(new Line("S" + i, "", "Sector " + i, 1_000.0 * i, -0.05));
    }
    return Results.build("p", Results.scenario(), lines);
  }
}
