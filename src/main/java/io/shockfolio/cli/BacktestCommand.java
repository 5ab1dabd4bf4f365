package io.shockfolio.cli;

import io.shockfolio.app.Reports;
import io.shockfolio.app.RunBacktest;
import io.shockfolio.domain.BacktestResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shockfolio backtest}: how well the model predicts a real event from its reported moves. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Estimates on history up to the day before the event, imposes the scenario's reported moves,"
        + " predicts the event-day move of every other name in the history and compares with the closes."
        + " Prints the mean absolute error and correlation, beside two baselines: no move, and beta to the"
        + " reported basket.")
final class BacktestCommand implements Callable<Integer> {

  /** What is written. */
  enum OutputFormat { table, csv }

  @Spec
  CommandSpec spec;

  @picocli.CommandLine.Mixin
  EstimationOptions estimation = new EstimationOptions();

  @Option(names = "--history", paramLabel = "PATH", required = true,
      description = "Daily price history: a CSV file or a folder of per-ticker CSVs. Repeatable.")
  List<Path> histories = new ArrayList<>();

  @Option(names = {"-s", "--scenario"}, paramLabel = "NAME|FILE", required = true,
      description = "The reported moves to impose: a bundled scenario or a scenario file.")
  String scenario;

  @Option(names = "--event", paramLabel = "DATE",
      description = "The event date (YYYY-MM-DD). Default: the scenario's date.")
  LocalDate event;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, or csv (one row per name: symbol, predicted, actual, lower, upper, beta)."
          + " Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @picocli.CommandLine.Mixin
  LimitsOptions inputLimits = new LimitsOptions();

  @Override
  public Integer call() {
    inputLimits.apply();
    BacktestResult result = new RunBacktest().run(new RunBacktest.Request(histories, Optional.ofNullable(event),
        scenario, estimation.window, estimation.shrinkage, Optional.ofNullable(estimation.dateFormat)));
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.csv) {
      Reports.backtestCsv(result, out);
    } else {
      out.print(Reports.backtest(result));
    }
    out.flush();
    return Main.OK;
  }
}
