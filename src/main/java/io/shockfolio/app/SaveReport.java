package io.shockfolio.app;

import io.shockfolio.chart.ChartRenderer;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.report.HtmlReport;
import io.shockfolio.report.MarkdownReport;
import io.shockfolio.report.ReportChart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the report of a run: {@code .html} as one self-contained page with the charts inline as
 * SVG, {@code .md} as Markdown with the charts as PNG files beside it. Every file is written whole
 * through a temporary file, and none is put in place before all are written ({@link OutputFiles}).
 */
public final class SaveReport {

  private SaveReport() {}

  /** Whether {@code fileName} ends in an extension a report can be written as: {@code .html}, {@code .htm} or {@code .md}. */
  public static boolean isReportName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".md");
  }

  /**
   * Writes the report of {@code results} with {@code charts} to {@code file}, whole or not at all;
   * returns the files written (the PNGs of a Markdown report, then the report).
   *
   * @throws InputException when the file name has no report extension, or a file would replace an
   *     input or cannot be written
   */
  public static List<Path> write(Path file, List<ScenarioResult> results, List<SaveCharts.Drawn> charts,
      SaveCharts.Options options, Locale locale) {
    try (OutputFiles files = new OutputFiles()) {
      List<Path> written = write(file, results, charts, options, locale, files);
      files.commit();
      return written;
    }
  }

  /**
   * Writes the report into {@code files}, which puts it in place when committed; returns the files
   * written (the PNGs of a Markdown report, then the report).
   *
   * @throws InputException when the file name has no report extension, or a file would replace an
   *     input or cannot be written
   */
  public static List<Path> write(Path file, List<ScenarioResult> results, List<SaveCharts.Drawn> charts,
      SaveCharts.Options options, Locale locale, OutputFiles files) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    if (!isReportName(name)) {
      throw InputException.ofUsage("--report: found '" + file + "', expected a file name ending in .html or .md");
    }
    files.check(file);
    boolean markdown = name.toLowerCase(Locale.ROOT).endsWith(".md");
    List<Path> written = new ArrayList<>();
    List<ReportChart> shown = new ArrayList<>();
    for (SaveCharts.Drawn d : charts) {
      String scenario = d.result().map(r -> r.scenario().name()).orElse("");
      String png = d.stem() + ".png";
      if (markdown) {
        Path p = file.resolveSibling(png);
        files.write(p, ChartRenderer.png(d.chart(), options.width(), options.height(), options.scale()));
        written.add(p);
        shown.add(new ReportChart(scenario, d.kind().slug(), d.kind().caption(), "", png));
      } else {
        shown.add(new ReportChart(scenario, d.kind().slug(), d.kind().caption(),
            ChartRenderer.svg(d.chart(), options.width(), options.height()), png));
      }
    }
    String text = markdown ? MarkdownReport.render(results, shown, locale) : HtmlReport.render(results, shown, locale);
    files.write(file, text.getBytes(StandardCharsets.UTF_8));
    written.add(file);
    return written;
  }
}
