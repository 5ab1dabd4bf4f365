package io.shockfolio.chart;

import io.shockfolio.domain.ScenarioResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/**
 * Renders every chart kind at the smallest size the command line accepts, 800×500, with realistic
 * results (amounts in thousands, and the same holdings scaled to billions), for people to look at.
 * Not a test: run by hand with the folder as argument (default {@code /tmp/small-preview}) and
 * optionally the size, e.g. {@code 1200x800}.
 */
public final class SmallSizePreview {

  private SmallSizePreview() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/small-preview");
    String[] size = (args.length > 1 ? args[1] : "800x500").split("x");
    int w = Integer.parseInt(size[0]);
    int h = Integer.parseInt(size[1]);
    Files.createDirectories(dir);
    ScenarioResult thousands = AnalysisPreview.withAnalysis(ChartPreview.realistic(), 2.17, 0.10);
    ScenarioResult world = AnalysisPreview.withAnalysis(WorldResults.realistic(), 2.17, 0.10);
    for (ChartKind kind : ChartKind.values()) {
      if (kind.comparesScenarios()) {
        List<ScenarioResult> four = List.of(ScenarioSets.reported(), ScenarioSets.full(),
            ScenarioSets.headline(), ScenarioSets.doubled());
        write(dir, kind.slug(), kind.create(four, Locale.US), w, h);
        write(dir, kind.slug() + "-de", kind.create(four, Locale.GERMANY), w, h);
        continue;
      }
      ScenarioResult r = kind == ChartKind.BY_COUNTRY || kind == ChartKind.BY_CURRENCY ? world : thousands;
      if (kind.unavailable(r).isEmpty()) {
        write(dir, kind.slug(), kind.create(r, Locale.US), w, h);
        write(dir, kind.slug() + "-de", kind.create(r, Locale.GERMANY), w, h);
      }
    }
    write(dir, "pnl-by-holding-many", PnlByHoldingChart.create(ChartPreview.many(), Locale.US), w, h);
  }

  private static void write(Path dir, String name, JFreeChart chart, int w, int h) throws IOException {
    Files.write(dir.resolve(name + ".png"), ChartRenderer.png(chart, w, h, 1));
  }
}
