package io.shockfolio.app;

import io.shockfolio.domain.BacktestResult;
import io.shockfolio.domain.PriceHistory;
import io.shockfolio.domain.Scenario;
import io.shockfolio.model.Backtest;
import io.shockfolio.model.Shrinkage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The back-test use case: how well the conditional model, fed a scenario's reported moves,
 * predicts the event-day moves of every other name in a price history.
 */
public final class RunBacktest {

  /**
   * What to back-test.
   *
   * @param histories price-history files or folders
   * @param event the event date; empty for the scenario's own date
   * @param scenario a bundled scenario name or a scenario file
   * @param window the number of daily returns before the event to estimate on
   * @param shrinkage {@code none}, {@code ledoit-wolf} or {@code diagonal}
   * @param dateFormat a date pattern for history files whose dates are ambiguous
   */
  public record Request(List<Path> histories, Optional<LocalDate> event, String scenario, int window,
      String shrinkage, Optional<String> dateFormat) {
    public Request {
      histories = List.copyOf(histories);
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(scenario, "scenario");
      Objects.requireNonNull(shrinkage, "shrinkage");
      Objects.requireNonNull(dateFormat, "dateFormat");
    }
  }

  public BacktestResult run(Request request) {
    Shrinkage shrinkage = Modelling.shrinkage(request.shrinkage());
    Modelling.checkWindow(request.window());
    Scenario scenario = ScenarioCatalog.load(request.scenario());
    PriceHistory history = Histories.read(request.histories(), request.dateFormat());
    LocalDate event = request.event().orElse(scenario.date());
    return Backtest.run(history, scenario, event, ScenarioCatalog.REGISTRY, request.window(), shrinkage);
  }
}
