package io.shockfolio.chart;

import io.shockfolio.chart.BreakdownChart.Dimension;
import io.shockfolio.chart.WorldResults.Line;
import io.shockfolio.domain.ScenarioResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/**
 * Renders the breakdown and allocation charts of realistic hand-built results to a folder, for
 * people to look at. Not a test: run by hand with the folder as argument (default
 * {@code /tmp/chart-preview}).
 */
public final class BreakdownPreview {

  private BreakdownPreview() {}

  /** 25 countries, 40 holdings, and more than 7 sectors. */
  static ScenarioResult manyCountries() {
    String[] sectors = {"Semiconductors", "Information Technology", "Banks", "Insurance", "Utilities",
        "Energy", "Health Care", "Consumer Staples", "Real Estate", "Materials"};
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      double move = ((i * 37) % 23 - 14) / 100.0;
      lines.add(new Line("H" + i, "Holding " + i, sectors[i % sectors.length], i % 3 == 0 ? "USD" : "EUR",
          "Country number " + (i % 25 + 1), 1_000.0 * (1 + i % 7), move, false));
    }
    return WorldResults.build("big-portfolio", lines);
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/chart-preview");
    Files.createDirectories(dir);
    ScenarioResult r = WorldResults.realistic();
    for (Dimension d : Dimension.values()) {
      write(dir, "breakdown-" + d.singular(), BreakdownChart.create(r, d, Locale.US));
    }
    write(dir, "breakdown-country-many", BreakdownChart.create(manyCountries(), Dimension.COUNTRY, Locale.GERMANY));
    write(dir, "breakdown-sector-small", BreakdownChart.create(Results.small(), Dimension.SECTOR, Locale.US));
    write(dir, "allocation", AllocationChart.create(r, Locale.US));
    write(dir, "allocation-many", AllocationChart.create(manyCountries(), Locale.GERMANY));
    write(dir, "allocation-small", AllocationChart.create(Results.small(), Locale.US));
    List<Line> shorts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      shorts.add(new Line("L" + i, "Long " + i, "Sector with a rather long name " + i, "EUR", "Germany",
          10_000.0 - 1_500 * i, -0.05 * i, false));
    }
    shorts.add(new Line("SQQQ", "ProShares UltraPro Short QQQ", "Hedges", "USD", "United States", -3_000, -0.09, false));
    write(dir, "allocation-short", AllocationChart.create(WorldResults.build("hedged", shorts), Locale.US));
    write(dir, "allocation-preview", AllocationChart.create(ChartPreview.realistic(), Locale.US));
  }

  private static void write(Path dir, String name, JFreeChart chart) throws IOException {
    Files.write(dir.resolve(name + ".png"), ChartRenderer.png(chart));
    Files.writeString(dir.resolve(name + ".svg"), ChartRenderer.svg(chart), StandardCharsets.UTF_8);
  }
}
