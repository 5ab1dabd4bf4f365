package io.shockfolio.cli;

import io.shockfolio.app.Modelling;
import picocli.CommandLine.Option;

/** The options {@code run} and {@code backtest} share for estimating from price history. */
final class EstimationOptions {

  @Option(names = "--window", paramLabel = "DAYS", defaultValue = "" + Modelling.DEFAULT_WINDOW,
      description = "Daily returns to estimate on. Default: ${DEFAULT-VALUE} (two years).")
  int window;

  @Option(names = "--shrinkage", paramLabel = "KIND", defaultValue = "none",
      description = "Covariance shrinkage: none, ledoit-wolf or diagonal. Default: ${DEFAULT-VALUE}.")
  String shrinkage;

  @Option(names = "--date-format", paramLabel = "PATTERN",
      description = "Date pattern of history files whose dates are ambiguous, e.g. dd/MM/yyyy.")
  String dateFormat;
}
