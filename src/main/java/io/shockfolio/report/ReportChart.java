package io.shockfolio.report;

import java.util.Objects;

/**
 * A chart to put in a report.
 *
 * <p>A chart belongs to one scenario, named by {@code scenario} (a {@code Scenario.name()} of the
 * results given to the report), and is shown in that scenario's section; a chart with an empty
 * {@code scenario} compares scenarios and is shown in the comparison section (with a single result,
 * in its section). When several results share a scenario name (the same scenario twice), the first
 * chart of a given {@code name} for that scenario goes to the first of those results, the second to
 * the second, and so on.
 *
 * @param scenario the scenario's name, or empty for a chart that compares scenarios
 * @param name a slug, unique within the scenario, e.g. {@code pnl-by-holding}
 * @param caption the chart's title for people
 * @param svg the chart as an SVG document, for HTML; empty when there is none (the chart is then
 *     left out of the HTML report)
 * @param pngFile the PNG file's path relative to the report, for Markdown; empty when there is none
 *     (the chart is then left out of the Markdown report)
 */
public record ReportChart(String scenario, String name, String caption, String svg, String pngFile) {

  public ReportChart {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(svg, "svg");
    Objects.requireNonNull(pngFile, "pngFile");
  }

  /** A chart that compares the scenarios of a report. */
  public static ReportChart comparison(String name, String caption, String svg, String pngFile) {
    return new ReportChart("", name, caption, svg, pngFile);
  }

  /** Whether the chart compares scenarios rather than belonging to one. */
  public boolean isComparison() {
    return scenario.isEmpty();
  }
}
