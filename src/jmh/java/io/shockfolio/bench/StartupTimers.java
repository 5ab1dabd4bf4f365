package io.shockfolio.bench;

import io.shockfolio.app.Reports;
import io.shockfolio.app.RunScenarios;
import io.shockfolio.app.SaveCharts;
import io.shockfolio.app.ScenarioCatalog;
import io.shockfolio.chart.ChartKind;
import io.shockfolio.chart.ChartRenderer;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.ChartUtils;

/**
 * Simple timers around the steps of the default run ({@code shockfolio run}: bundled sample, headline
 * scenario, the three default charts as PNG and SVG at 1200×800), in a fresh JVM, so that each step
 * pays the class loading and interpretation it causes. Not a JMH benchmark: start-up is a one-off
 * cost, and a warmed-up figure would hide it. Run it several times and take medians
 * ({@code src/bench/startup.sh} does):
 *
 * <pre>java -cp target/benchmarks.jar io.shockfolio.bench.StartupTimers</pre>
 *
 * <p>Prints a header and one line of milliseconds: the JVM's uptime when {@code main} began, then each
 * step, then the total from {@code main}. The command line (picocli) is not included; the steps call
 * the same use cases as {@code RunCommand}. PNG drawing and encoding are split by doing what
 * {@link ChartRenderer#png} does in two timed halves; nothing is written to disk.
 */
public final class StartupTimers {

  private StartupTimers() {}

  public static void main(String[] args) throws IOException {
    long mainAt = System.nanoTime();
    System.setProperty("java.awt.headless", "true");
    List<String> steps = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    Locale locale = Locale.getDefault(Locale.Category.FORMAT);

    long t = System.nanoTime();
    RunScenarios run = new RunScenarios();
    t = lap("reference list", t, steps, times);
    Portfolio portfolio = run.portfolio(Optional.empty(), RunScenarios.Reading.defaults(), Optional.empty());
    Scenario scenario = ScenarioCatalog.load(ScenarioCatalog.HEADLINE);
    t = lap("read sample and scenario", t, steps, times);
    List<ScenarioResult> results = run.run(portfolio, List.of(scenario), RunScenarios.Settings.defaults());
    t = lap("shocks and sector model", t, steps, times);
    String table = Reports.table(results.get(0), locale);
    t = lap("table", t, steps, times);
    List<SaveCharts.Drawn> drawn = SaveCharts.draw(results, ChartKind.defaults(1), locale, new ArrayList<>());
    t = lap("build 3 charts", t, steps, times);
    List<BufferedImage> images = new ArrayList<>();
    for (SaveCharts.Drawn d : drawn) {
      images.add(ChartRenderer.image(d.chart(), ChartRenderer.DEFAULT_WIDTH, ChartRenderer.DEFAULT_HEIGHT, 1.0));
    }
    t = lap("draw 3 PNG images", t, steps, times);
    long bytes = 0;
    for (BufferedImage image : images) {
      bytes += ChartUtils.encodeAsPNG(image).length;
    }
    t = lap("encode 3 PNG", t, steps, times);
    for (SaveCharts.Drawn d : drawn) {
      bytes += ChartRenderer.svg(d.chart(), ChartRenderer.DEFAULT_WIDTH, ChartRenderer.DEFAULT_HEIGHT).length();
    }
    lap("draw 3 SVG", t, steps, times);

    // the JVM's uptime when main began; asked last, so that the management classes do not count above
    long now = System.nanoTime();
    long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() - (now - mainAt) / 1_000_000;
    StringBuilder header = new StringBuilder("JVM start to main");
    StringBuilder line = new StringBuilder(String.valueOf(jvm));
    for (int i = 0; i < steps.size(); i++) {
      header.append('\t').append(steps.get(i));
      line.append('\t').append(times.get(i));
    }
    header.append("\tmain total");
    line.append('\t').append((now - mainAt) / 1_000_000);
    if (table.isEmpty() || bytes == 0) {
      throw new IllegalStateException("Expected a table and chart bytes");
    }
    System.out.println(header);
    System.out.println(line);
  }

  private static long lap(String step, long since, List<String> steps, List<Long> times) {
    long now = System.nanoTime();
    steps.add(step);
    times.add((now - since) / 1_000_000);
    return now;
  }
}
