package io.shockfolio.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How well a model predicted a real event: the event-day moves of the names the scenario did not
 * report, predicted from the moves it did, beside what the closes did.
 *
 * @param scenario the scenario's name
 * @param event the event date
 * @param asOf the last date of history used
 * @param window the number of daily returns estimated on
 * @param shrinkage the covariance shrinkage
 * @param rows one per predicted name, by ticker
 * @param model the conditional model's accuracy
 * @param zero the no-move baseline's accuracy
 * @param beta the beta-to-basket baseline's accuracy
 * @param notes what the user should know (reported moves without history, the model's inputs)
 */
public record BacktestResult(String scenario, LocalDate event, LocalDate asOf, int window, String shrinkage,
    List<Row> rows, Accuracy model, Accuracy zero, Accuracy beta, List<String> notes) {

  public BacktestResult {
    Objects.requireNonNull(scenario, "scenario");
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
  }

  /**
   * One name's prediction and outcome, as simple returns.
   *
   * @param ticker the name
   * @param predicted the conditional model's expected move
   * @param lower the lower end of its 90% band
   * @param upper the upper end of its 90% band
   * @param beta the beta-to-basket baseline's prediction
   * @param actual the close-to-close move of the event date
   */
  public record Row(String ticker, double predicted, double lower, double upper, double beta, double actual) {}

  /**
   * Accuracy over the names.
   *
   * @param meanAbsoluteError mean |predicted − actual| in percentage points
   * @param correlation Pearson correlation of predicted and actual moves ({@code NaN} for constant predictions)
   * @param bandCoverage the share of actual moves inside the 90% band ({@code NaN} without bands)
   */
  public record Accuracy(double meanAbsoluteError, double correlation, double bandCoverage) {}
}
