package io.shockfolio.app;

import io.shockfolio.chart.ChartRenderer;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.io.AtomicFiles;
import io.shockfolio.report.HtmlReport;
import io.shockfolio.report.MarkdownReport;
import io.shockfolio.report.ReportChart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the report of a run: {@code .html} as one self-contained page with the charts inline as
 * SVG, {@code .md} as Markdown with the charts as PNG files beside it. Every file is written whole
 * through a temporary file.
 */
public final class SaveReport {

  private SaveReport() {}

  /** Whether {@code fileName} ends in an extension a report can be written as: {@code .html}, {@code .htm} or {@code .md}. */
  public static boolean isReportName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".md");
  }

  /**
   * Writes the report of {@code results} with {@code charts} to {@code file}; returns the files
   * written (the PNGs of a Markdown report, then the report).
   *
   * @throws InputException when the file name has no report extension or the file cannot be written
   */
  public static List<Path> write(Path file, List<ScenarioResult> results, List<SaveCharts.Drawn> charts,
      SaveCharts.Options options, Locale locale) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    if (!isReportName(name)) {
      throw InputException.ofUsage("--report: found '" + file + "', expected a file name ending in .html or .md");
    }
    boolean markdown = name.toLowerCase(Locale.ROOT).endsWith(".md");
    Path folder = file.toAbsolutePath().getParent();
    List<Path> written = new ArrayList<>();
    List<ReportChart> shown = new ArrayList<>();
    try {
      for (SaveCharts.Drawn d : charts) {
        String scenario = d.result().map(r -> r.scenario().name()).orElse("");
        String png = d.stem() + ".png";
        if (markdown) {
          Path p = folder.resolve(png);
          AtomicFiles.write(p, ChartRenderer.png(d.chart(), options.width(), options.height(), options.scale()));
          written.add(file.resolveSibling(png));
          shown.add(new ReportChart(scenario, d.kind().slug(), d.kind().caption(), "", png));
        } else {
          shown.add(new ReportChart(scenario, d.kind().slug(), d.kind().caption(),
              ChartRenderer.svg(d.chart(), options.width(), options.height()), png));
        }
      }
      String text = markdown ? MarkdownReport.render(results, shown, locale) : HtmlReport.render(results, shown, locale);
      AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
      written.add(file);
    } catch (IOException e) {
      throw SaveCharts.cannotWrite(file, e);
    }
    return written;
  }
}
