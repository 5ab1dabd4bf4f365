package io.shockfolio.cli;

import io.shockfolio.app.Modelling;
import io.shockfolio.app.OutputFiles;
import io.shockfolio.app.Reports;
import io.shockfolio.app.RunScenarios;
import io.shockfolio.app.SaveCharts;
import io.shockfolio.app.SaveReport;
import io.shockfolio.chart.ChartKind;
import io.shockfolio.domain.ScenarioResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code shockfolio run}: one portfolio against one or more scenarios. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Applies scenarios to a portfolio and prints the impact; saves charts.",
        "Without --portfolio: the bundled sample portfolio. Without --scenario: deepseek-2025-01-27."})
final class RunCommand implements Callable<Integer> {

  /** What the table, CSV or JSON is written as. */
  enum OutputFormat { table, csv, json }

  /** The models that estimate what the news did not name; {@code none} applies the scenario as written. */
  enum ModelChoice { none, sector, beta, conditional }

  /** Scaling a reported move more than tenfold is a typo, not a scenario. */
  static final double MAX_SEVERITY = 10;

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  EstimationOptions estimation = new EstimationOptions();

  @Option(names = {"-p", "--portfolio"}, paramLabel = "FILE",
      description = "Portfolio CSV: a broker export, an ETF holdings file or your own list.")
  Path portfolio;

  @Option(names = {"-s", "--scenario"}, paramLabel = "NAME|FILE",
      description = "Bundled scenario name (see 'shockfolio scenarios') or scenario file. Repeatable.")
  List<String> scenarios = new ArrayList<>();

  @Option(names = "--base", paramLabel = "CUR",
      description = "Currency of the totals, e.g. EUR. Default: the file's own base, or its one currency.")
  String base;

  @Option(names = "--fx", paramLabel = "PAIR=RATE", split = ",",
      description = "Exchange rate, e.g. USD/EUR=0.96 (one USD is 0.96 EUR). Repeatable.")
  List<String> fx = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "X", defaultValue = "1",
      description = "Scale every move: 0.5 halves them, 2 doubles them. Default: ${DEFAULT-VALUE}.")
  double severity;

  @Option(names = "--model", paramLabel = "MODEL",
      description = "How holdings the news did not name move: ${COMPLETION-CANDIDATES}. Default: conditional"
          + " when --history covers a reported name, else sector.")
  ModelChoice model;

  @Option(names = "--history", paramLabel = "PATH",
      description = "Daily price history: a CSV file (one ticker, or Date plus a column per ticker) or a folder"
          + " of per-ticker CSVs. Repeatable.")
  List<Path> histories = new ArrayList<>();

  @Option(names = "--asof", paramLabel = "DATE",
      description = "Last date of history to use (YYYY-MM-DD). Default: the last trading day before the event.")
  java.time.LocalDate asOf;




  @Option(names = "--paths", paramLabel = "N", defaultValue = "0",
      description = "Monte Carlo paths for the P&L distribution (e.g. 100000); 0 for the analytic one only.")
  int paths;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Monte Carlo seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--student-t", paramLabel = "DOF",
      description = "Fat tails: Monte Carlo with Student-t returns of this many degrees of freedom (> 2).")
  Integer studentT;

  @Option(names = "--target-loss", paramLabel = "LOSS",
      description = "Reverse stress: the scale of the scenario at which the portfolio loses this much, e.g. 10%%.")
  String targetLoss;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--charts", paramLabel = "NAMES|all|none", split = ",",
      description = "Charts to draw: all, none, or names from: ${COMPLETION-CANDIDATES}. Default:"
          + " pnl-by-holding, waterfall, by-sector; with several scenarios also comparison and heatmap.",
      completionCandidates = ChartNames.class)
  List<String> charts;

  @Option(names = "--chart-format", paramLabel = "png,svg", split = ",", defaultValue = "png,svg",
      description = "Image formats to save the charts in. Default: ${DEFAULT-VALUE}.")
  List<String> chartFormats;

  @Option(names = "--size", paramLabel = "WxH", defaultValue = "1200x800",
      description = "Chart size, e.g. 1600x1000. Default: ${DEFAULT-VALUE}.")
  String size;

  @Option(names = "--chart-scale", paramLabel = "X", defaultValue = "1",
      description = "Draw PNGs X times finer, e.g. 2 for print. Default: ${DEFAULT-VALUE}.")
  double chartScale;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "charts",
      description = "Folder for charts. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Also write a report: FILE.html (one self-contained page, charts inline) or FILE.md"
          + " (Markdown, with the PNGs beside it).")
  Path report;

  @Option(names = "--columns", paramLabel = "COLUMN=HEADER", split = ",",
      description = "Name columns the guess gets wrong, e.g. symbol=Ticker,quantity=Shares. Columns: "
          + "symbol, isin, name, quantity, price, value, weight, currency, sector, country, assetclass.")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(names = "--total", paramLabel = "AMOUNT",
      description = "Portfolio value, for files that give only weights.")
  Double total;

  @Option(names = "--currency", paramLabel = "CUR",
      description = "Currency of holdings whose file names none (default USD, with a note).")
  String currency;

  @Option(names = "--skip-bad-rows",
      description = "Skip rows that cannot be read, and list them, instead of stopping.")
  boolean skipBadRows;

  @picocli.CommandLine.Mixin
  LimitsOptions inputLimits = new LimitsOptions();

  @Override
  public Integer call() {
    inputLimits.apply();
    PrintWriter stdout = spec.commandLine().getOut();
    Set<SaveCharts.Format> formats = chartFormats();
    int scenarioCount = Math.max(1, scenarios.size());
    Set<ChartKind> kinds = chartKinds(scenarioCount);
    SaveCharts.Options chartOptions = chartOptions(kinds, formats);
    if (!kinds.isEmpty()) {
      SaveCharts.warmUpInBackground();
      CommonOptions.checkFolder(spec.commandLine(), "--out", out);
    }
    // the files this run writes, none of which may replace a file it reads
    try (OutputFiles files = protectingInputs()) {
      if (report != null) {
        checkReport();
        files.check(report);
      }
      return run(stdout, kinds, chartOptions, files);
    }
  }

  private Integer run(PrintWriter stdout, Set<ChartKind> kinds, SaveCharts.Options chartOptions, OutputFiles files) {
    if (portfolio != null && portfolio.toString().isBlank()) {
      throw new ParameterException(spec.commandLine(), "--portfolio: expected a file name, but found an empty one");
    }
    if (base != null) {
      CommonOptions.checkCurrency(spec.commandLine(), "--base", base.trim().toUpperCase(Locale.ROOT));
    }
    if (!(severity >= 0 && severity <= MAX_SEVERITY)) {
      throw new ParameterException(spec.commandLine(),
          "--severity: found " + severity + ", expected a factor from 0 to " + (int) MAX_SEVERITY);
    }
    RunScenarios.Request request = new RunScenarios.Request(
        Optional.ofNullable(portfolio), scenarios, Optional.ofNullable(base), CommonOptions.rates(spec.commandLine(), fx), severity, reading(),
        modelling().withSeverityCurve(!kinds.isEmpty() && ChartKind.needsSeverityCurve(kinds)));
    List<ScenarioResult> results = new RunScenarios().run(request);

    Locale locale = Locale.getDefault(Locale.Category.FORMAT);
    switch (format) {
      case csv -> Reports.csv(results, stdout);
      case json -> Reports.json(results, stdout);
      default -> {
        for (ScenarioResult r : results) {
          stdout.print(Reports.table(r, locale));
          stdout.println();
        }
      }
    }
    SaveCharts.Saved saved = SaveCharts.save(results, out, chartOptions, locale, files);
    // a Markdown report beside the charts writes the same PNGs again: list each file once
    java.util.Set<Path> written = new java.util.LinkedHashSet<>(saved.files());
    if (report != null) {
      written.addAll(SaveReport.write(report, results, saved.charts(), chartOptions, locale, files));
    }
    files.commit();
    PrintWriter where = format == OutputFormat.table ? stdout : spec.commandLine().getErr();
    if (!written.isEmpty()) {
      where.println(report == null ? "Charts saved:" : "Charts and report saved:");
      for (Path p : written) {
        where.println("  " + p);
      }
    }
    for (String note : saved.notes()) {
      where.println("Note: " + note);
    }
    stdout.flush();
    return Main.OK;
  }

  /**
   * The chart names for {@code --charts} help and completion. Picocli creates this when it builds
   * the command line; the names are listed only when help or completion asks, because listing them
   * loads every chart class and JFreeChart with them, which a run without charts does not need.
   */
  static final class ChartNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(ChartKind.values()).map(ChartKind::slug).iterator();
    }
  }

  private Set<ChartKind> chartKinds(int scenarioCount) {
    if (charts == null || charts.isEmpty()) {
      return ChartKind.defaults(scenarioCount);
    }
    // no chart: leave the chart classes unloaded
    if (charts.size() == 1 && charts.get(0).trim().toLowerCase(Locale.ROOT).equals("none")) {
      return Set.of();
    }
    Set<ChartKind> set = EnumSet.noneOf(ChartKind.class);
    for (String c : charts) {
      String name = c.trim().toLowerCase(Locale.ROOT);
      switch (name) {
        case "all" -> set.addAll(EnumSet.allOf(ChartKind.class));
        case "none" -> {
          if (charts.size() > 1) {
            throw new ParameterException(spec.commandLine(), "--charts: 'none' cannot be combined with chart names");
          }
        }
        default -> set.add(ChartKind.ofSlug(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
            "--charts: found '" + c.trim() + "', expected all, none or chart names: " + ChartKind.names()
                + (name.equals("png") || name.equals("svg") ? "; image formats go in --chart-format" : ""))));
      }
    }
    return set;
  }

  private SaveCharts.Options chartOptions(Set<ChartKind> kinds, Set<SaveCharts.Format> formats) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d{1,5})\\s*[xX×]\\s*(\\d{1,5})\\s*")
        .matcher(size);
    if (!m.matches()) {
      throw new ParameterException(spec.commandLine(), "--size: found '" + size
          + "', expected WIDTHxHEIGHT in pixels, such as 1600x1000");
    }
    return new SaveCharts.Options(kinds, formats, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        chartScale);
  }

  /** Output files that refuse to replace the portfolio, a scenario file or a price history file of this run. */
  private OutputFiles protectingInputs() {
    OutputFiles files = new OutputFiles();
    if (portfolio != null) {
      files.protect(portfolio, "the portfolio given with --portfolio");
    }
    for (String s : scenarios) {
      try {
        files.protect(Path.of(s), "a scenario file given with --scenario");
      } catch (java.nio.file.InvalidPathException e) {
        // a name that is no path is a bundled scenario's, or no scenario at all: the run says so
      }
    }
    for (Path h : histories) {
      files.protect(h, "price history given with --history");
    }
    return files;
  }

  /** Fails before anything is computed when the report could not be written where asked. */
  private void checkReport() {
    String name = report.getFileName() == null ? "" : report.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!SaveReport.isReportName(name)) {
      throw new ParameterException(spec.commandLine(), "--report: found '" + report
          + "', expected a file name ending in .html or .md");
    }
    if (java.nio.file.Files.isDirectory(report)) {
      throw new ParameterException(spec.commandLine(), "--report: " + report + " is a folder; expected a file name"
          + " such as charts/report.html");
    }
    Path parent = report.toAbsolutePath().getParent();
    CommonOptions.checkFolder(spec.commandLine(), "--report", parent);
  }

  private Set<SaveCharts.Format> chartFormats() {
    Set<SaveCharts.Format> set = EnumSet.noneOf(SaveCharts.Format.class);
    for (String c : chartFormats) {
      switch (c.trim().toLowerCase(Locale.ROOT)) {
        case "png" -> set.add(SaveCharts.Format.PNG);
        case "svg" -> set.add(SaveCharts.Format.SVG);
        default -> throw new ParameterException(spec.commandLine(),
            "--chart-format: found '" + c.trim() + "', expected png, svg or both (png,svg)");
      }
    }
    return set;
  }

  private Modelling modelling() {
    Optional<Double> loss = Optional.empty();
    if (targetLoss != null) {
      try {
        loss = Optional.of(Reports.parseMove(targetLoss));
      } catch (NumberFormatException e) {
        throw new ParameterException(spec.commandLine(), "--target-loss: found '" + targetLoss
            + "', expected a loss such as 10% or 0.10");
      }
      if (!(loss.get() > 0 && loss.get() < 1)) {
        throw new ParameterException(spec.commandLine(), "--target-loss: found '" + targetLoss
            + "', expected a loss between 0% and 100%, such as 10% (without % it is a fraction: 0.10 is 10%)");
      }
    }
    return new Modelling(Optional.ofNullable(model).map(Enum::name), histories, Optional.ofNullable(asOf), estimation.window,
        estimation.shrinkage, Optional.ofNullable(estimation.dateFormat), paths, seed, Optional.ofNullable(studentT), loss, 0.02, false);
  }

  private RunScenarios.Reading reading() {
    columns.forEach((key, header) -> {
      if (header.isBlank()) {
        throw new ParameterException(spec.commandLine(), "--columns: " + key + "= names no header; expected"
            + " COLUMN=HEADER such as quantity=Shares");
      }
    });
    return new RunScenarios.Reading(columns, Optional.ofNullable(total), Optional.ofNullable(currency), skipBadRows);
  }

}
