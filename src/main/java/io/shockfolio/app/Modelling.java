package io.shockfolio.app;

import io.shockfolio.domain.InputException;
import io.shockfolio.model.Shrinkage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to estimate what the news did not name, and what to add to the result.
 *
 * @param model {@code none}, {@code sector}, {@code beta} or {@code conditional}; empty for the
 *     default: {@code conditional} when the price history covers a reported name, else {@code sector}
 * @param histories price-history files or folders
 * @param asOf the last date of history to use; empty for the last trading day before the event
 * @param window the number of daily returns to estimate on
 * @param shrinkage the covariance shrinkage: {@code none}, {@code ledoit-wolf} or {@code diagonal}
 * @param dateFormat a date pattern for history files whose dates are ambiguous, e.g. {@code dd/MM/yyyy}
 * @param paths Monte Carlo paths for the P&amp;L distribution; 0 for none
 * @param seed the Monte Carlo seed
 * @param studentT degrees of freedom for fat-tailed Monte Carlo; empty for normal
 * @param targetLoss the loss (a fraction of the value) to reverse-stress for; empty for none
 * @param flagAbove reported-versus-actual differences above this (a fraction) are flagged
 * @param severityCurve whether to work out the P&amp;L as the reported moves are scaled from 0 to 2×
 */
public record Modelling(Optional<String> model, List<Path> histories, Optional<LocalDate> asOf, int window,
    String shrinkage, Optional<String> dateFormat, int paths, long seed, Optional<Integer> studentT,
    Optional<Double> targetLoss, double flagAbove, boolean severityCurve) {

  /** Two years of daily returns. */
  public static final int DEFAULT_WINDOW = 504;

  public Modelling {
    Objects.requireNonNull(model, "model");
    histories = List.copyOf(histories);
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(shrinkage, "shrinkage");
    Objects.requireNonNull(dateFormat, "dateFormat");
    Objects.requireNonNull(studentT, "studentT");
    Objects.requireNonNull(targetLoss, "targetLoss");
    checkWindow(window);
    if (paths != 0 && (paths < 100 || paths > 10_000_000)) {
      throw InputException.ofUsage("--paths: found " + paths + ", expected 0 or from 100 to 10,000,000");
    }
    if (studentT.isPresent() && studentT.get() <= 2) {
      throw InputException.ofUsage("--student-t: found " + studentT.get() + ", expected more than 2 degrees of freedom");
    }
    if (targetLoss.isPresent() && !(targetLoss.get() > 0 && targetLoss.get() < 1)) {
      throw InputException.ofUsage("--target-loss: found " + targetLoss.get() + ", expected a loss between 0% and 100%");
    }
  }

  /** @throws InputException when the window is too short to estimate on */
  static void checkWindow(int window) {
    if (window < 20) {
      throw InputException.ofUsage("--window: found " + window + ", expected at least 20 daily returns");
    }
  }

  /** The covariance shrinkage a word names: {@code none}, {@code ledoit-wolf} or {@code diagonal}. */
  static Shrinkage shrinkage(String word) {
    try {
      return Shrinkage.parse(word);
    } catch (IllegalArgumentException e) {
      throw InputException.ofUsage("--shrinkage: found '" + word + "', expected none, ledoit-wolf or diagonal");
    }
  }

  /** No history: the {@code sector} model, no distribution, no reverse stress. */
  public static Modelling defaults() {
    return new Modelling(Optional.empty(), List.of(), Optional.empty(), DEFAULT_WINDOW, "none", Optional.empty(), 0,
        1L, Optional.empty(), Optional.empty(), 0.02, false);
  }

  /** The same settings, with or without the severity curve. */
  public Modelling withSeverityCurve(boolean wanted) {
    return new Modelling(model, histories, asOf, window, shrinkage, dateFormat, paths, seed, studentT, targetLoss,
        flagAbove, wanted);
  }
}
